#include "alarms/silencetablemodel.h"

#include "alarms/alarmservice.h"
#include "alarms/alertfilter.h"
#include "common/duration.h"
#include "common/timedisplay.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace opsdeck::ui {
namespace {

bool sameMatchers(const QList<Silence::Matcher> &a, const QList<Silence::Matcher> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Silence::Matcher &x, const Silence::Matcher &y) {
                          return x.name == y.name && x.value == y.value && x.isRegex == y.isRegex &&
                                 x.isEqual == y.isEqual;
                      });
}

bool sameSilence(const Silence &a, const Silence &b)
{
    return a.id == b.id && a.state == b.state && a.startsAt == b.startsAt && a.endsAt == b.endsAt &&
           a.createdBy == b.createdBy && a.comment == b.comment && a.updatedAt == b.updatedAt &&
           a.sources == b.sources && sameMatchers(a.matchers, b.matchers);
}

} // namespace

SilenceTableModel::SilenceTableModel(AlarmService *alarms, QObject *parent)
    : QAbstractTableModel(parent)
    , m_alarms(alarms)
{
    if (!alarms) {
        return;
    }
    m_rows = alarms->silences();
    for (const Silence &silence : std::as_const(m_rows)) {
        m_covers.append(countCovered(silence));
    }
    connect(alarms, &AlarmService::silencesChanged, this, &SilenceTableModel::applySilences);
    connect(alarms, &AlarmService::backendsChanged, this, &SilenceTableModel::reset);
    connect(alarms, &AlarmService::alertsChanged, this, &SilenceTableModel::recountCovers);
}

const Silence *SilenceTableModel::silenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SilenceTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int SilenceTableModel::coveredCount(int row) const
{
    return row >= 0 && row < m_covers.size() ? m_covers.at(row) : -1;
}

void SilenceTableModel::reset()
{
    beginResetModel();
    m_rows = m_alarms ? m_alarms->silences() : QList<Silence>();
    m_covers.clear();
    for (const Silence &silence : std::as_const(m_rows)) {
        m_covers.append(countCovered(silence));
    }
    endResetModel();
}

void SilenceTableModel::applySilences()
{
    const QList<Silence> &next = m_alarms->silences();
    QHash<QString, qsizetype> nextIndex;
    for (qsizetype i = 0; i < next.size(); ++i) {
        nextIndex.insert(next.at(i).id, i);
    }
    // Removals, as contiguous ranges from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (nextIndex.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !nextIndex.contains(m_rows.at(first - 1).id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        m_covers.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Changes in place.
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Silence &updated = next.at(nextIndex.value(m_rows.at(row).id));
        present.insert(updated.id);
        if (!sameSilence(m_rows.at(row), updated)) {
            m_rows[row] = updated;
            m_covers[row] = countCovered(updated);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // New silences go to the end, in the service's order; the view sorts.
    QList<Silence> added;
    for (const Silence &silence : next) {
        if (!present.contains(silence.id)) {
            added.append(silence);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Silence &silence : std::as_const(added)) {
            m_rows.append(silence);
            m_covers.append(countCovered(silence));
        }
        endInsertRows();
    }
}

void SilenceTableModel::recountCovers()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const int count = countCovered(m_rows.at(row));
        if (count != m_covers.at(row)) {
            m_covers[row] = count;
            Q_EMIT dataChanged(index(row, Covers), index(row, Covers));
        }
    }
}

int SilenceTableModel::countCovered(const Silence &silence) const
{
    if (!m_alarms || silence.state == Silence::State::Expired) {
        return -1;
    }
    if (silence.state == Silence::State::Active) {
        // Alertmanager says which silences silence each alert; the service counts them on its
        // merge worker, so a poll costs the GUI thread a lookup per silence.
        return m_alarms->silencedAlertCount(silence.id);
    }
    // A pending silence silences nothing yet: count what its matchers will cover.
    const QList<LabelMatcher> matchers = matchersOf(silence);
    const QList<Alert> &alerts = m_alarms->snapshot().alerts;
    return int(std::count_if(alerts.cbegin(), alerts.cend(), [&matchers](const Alert &alert) {
        return allMatch(matchers, alert);
    }));
}

QString SilenceTableModel::alertmanagerNames(const Silence &silence) const
{
    const QHash<QString, QString> names =
        m_alarms ? m_alarms->backendNames() : QHash<QString, QString>();
    QStringList result;
    for (const QString &source : silence.sources) {
        result.append(names.value(source, source));
    }
    return result.join(QStringLiteral(", "));
}

QString SilenceTableModel::matchersText(const Silence &silence)
{
    return silenceMatchersText(silence);
}

QString SilenceTableModel::stateText(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return tr("active");
    case Silence::State::Pending:
        return tr("pending");
    case Silence::State::Expired:
        return tr("expired");
    }
    return {};
}

QString SilenceTableModel::timeLeftText(const Silence &silence, const QDateTime &now)
{
    switch (silence.state) {
    case Silence::State::Pending:
        return tr("starts in %1").arg(formatDuration(now.secsTo(silence.startsAt)));
    case Silence::State::Expired:
        return tr("ended %1 ago").arg(formatDuration(silence.endsAt.secsTo(now)));
    case Silence::State::Active:
        break;
    }
    return formatDuration(now.secsTo(silence.endsAt));
}

int SilenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SilenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Silence &silence = m_rows.at(index.row());
    if (role == IdRole) {
        return silence.id;
    }
    if (role == StateRole) {
        return int(silence.state);
    }
    // Any cell may be cut short in a narrow dock: its whole text is the tooltip.
    if (role == Qt::ToolTipRole && index.column() != Covers) {
        return index.column() == Comment ? QVariant(silence.comment) : data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Covers) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case State:
        // Active first, then pending, then expired.
        return sorting ? QVariant(int(silence.state)) : QVariant(stateText(silence.state));
    case Matchers:
        return matchersText(silence);
    case CreatedBy:
        return silence.createdBy;
    case Comment:
        return silence.comment.simplified();
    case TimeLeft:
        if (sorting) {
            return silence.state == Silence::State::Pending ? silence.startsAt : silence.endsAt;
        }
        return timeLeftText(silence, QDateTime::currentDateTimeUtc());
    case EndsAt:
        if (sorting) {
            return silence.endsAt;
        }
        return TimeDisplay::dateTime(silence.endsAt);
    case Alertmanager:
        return alertmanagerNames(silence);
    case Covers: {
        const int count = m_covers.value(index.row(), -1);
        if (sorting) {
            return count;
        }
        return count < 0 ? QString() : QString::number(count);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SilenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case State:
        return tr("State");
    case Matchers:
        return tr("Matchers");
    case CreatedBy:
        return tr("Created by");
    case Comment:
        return tr("Comment");
    case TimeLeft:
        return tr("Time left");
    case EndsAt:
        return tr("Ends at");
    case Alertmanager:
        return tr("Alertmanager");
    case Covers:
        return tr("Covers");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace opsdeck::ui
