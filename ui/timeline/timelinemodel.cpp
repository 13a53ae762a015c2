#include "timeline/timelinemodel.h"

#include "common/timedisplay.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace opsdeck::ui {
namespace {

bool earlier(const TimelineEvent &a, const TimelineEvent &b)
{
    const qint64 ta = a.time.toMSecsSinceEpoch();
    const qint64 tb = b.time.toMSecsSinceEpoch();
    return ta != tb ? ta < tb : a.id < b.id;
}

QString payloadString(const Json &payload, const char *key)
{
    if (!payload.is_object()) {
        return {};
    }
    const auto found = payload.find(key);
    if (found == payload.end() || !found->is_string()) {
        return {};
    }
    return QString::fromStdString(found->get<std::string>());
}

// A small filled pin head: there is no pin among the project's icons.
const QIcon &pinIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x7a, 0x4f, 0x00), 1.5));
        painter.drawLine(QPointF(8, 8), QPointF(8, 15));
        painter.setBrush(QColor(0xf0, 0xa2, 0x02));
        painter.drawEllipse(QPointF(8, 6), 4.5, 4.5);
        painter.end();
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TimelineModel::timeText(const QDateTime &time, bool utc)
{
    return TimeDisplay::dateTime(time, utc, TimeDisplay::Precision::Seconds);
}

QString TimelineModel::exactTimeText(const QDateTime &time, bool utc)
{
    return TimeDisplay::dateTime(time, utc, TimeDisplay::Precision::Milliseconds);
}

QString TimelineModel::typeLabel(TimelineEvent::Type type)
{
    switch (type) {
    case TimelineEvent::Type::AlertFired:
        return tr("Alert fired");
    case TimelineEvent::Type::AlertResolved:
        return tr("Alert resolved");
    case TimelineEvent::Type::SilenceCreated:
        return tr("Silence created");
    case TimelineEvent::Type::SilenceExpired:
        return tr("Silence expired");
    case TimelineEvent::Type::StatusChanged:
        return tr("Status changed");
    case TimelineEvent::Type::RoleAssigned:
        return tr("Role assigned");
    case TimelineEvent::Type::Note:
        return tr("Note");
    case TimelineEvent::Type::RunbookStep:
        return tr("Runbook step");
    case TimelineEvent::Type::CommandRun:
        return tr("Command run");
    case TimelineEvent::Type::MetricSnapshot:
        return tr("Metric snapshot");
    case TimelineEvent::Type::Custom:
        break;
    }
    return tr("Other");
}

QColor TimelineModel::typeColor(TimelineEvent::Type type)
{
    switch (type) {
    case TimelineEvent::Type::AlertFired:
        return {0xd9, 0x3f, 0x3c};
    case TimelineEvent::Type::AlertResolved:
        return {0x2e, 0x9e, 0x5b};
    case TimelineEvent::Type::SilenceCreated:
        return {0x8e, 0x6c, 0xc9};
    case TimelineEvent::Type::SilenceExpired:
        return {0x9b, 0x8f, 0xb0};
    case TimelineEvent::Type::StatusChanged:
        return {0x2f, 0x7e, 0xd8};
    case TimelineEvent::Type::RoleAssigned:
        return {0x1a, 0x9c, 0xa8};
    case TimelineEvent::Type::Note:
        return {0xe0, 0x9a, 0x1f};
    case TimelineEvent::Type::RunbookStep:
        return {0x5c, 0x6b, 0xc0};
    case TimelineEvent::Type::CommandRun:
        return {0x8d, 0x6e, 0x4f};
    case TimelineEvent::Type::MetricSnapshot:
        return {0x00, 0x96, 0x88};
    case TimelineEvent::Type::Custom:
        break;
    }
    return {0x80, 0x80, 0x80};
}

QString TimelineModel::summary(const TimelineEvent &event)
{
    if (!event.text.isEmpty()) {
        return event.text;
    }
    const Json &payload = event.payload;
    switch (event.type) {
    case TimelineEvent::Type::AlertFired:
    case TimelineEvent::Type::AlertResolved:
        return payloadString(payload, "alertname");
    case TimelineEvent::Type::SilenceCreated:
    case TimelineEvent::Type::SilenceExpired:
        return payloadString(payload, "matchers");
    case TimelineEvent::Type::StatusChanged:
        return payloadString(payload, "from").isEmpty()
                   ? payloadString(payload, "to")
                   : tr("%1 → %2").arg(payloadString(payload, "from"),
                                       payloadString(payload, "to"));
    case TimelineEvent::Type::RoleAssigned:
        return tr("%1: %2").arg(payloadString(payload, "role"), payloadString(payload, "person"));
    case TimelineEvent::Type::RunbookStep:
        return tr("%1 (%2)").arg(payloadString(payload, "stepTitle"),
                                 payloadString(payload, "state"));
    case TimelineEvent::Type::CommandRun:
        return payloadString(payload, "command");
    case TimelineEvent::Type::MetricSnapshot:
        return payloadString(payload, "query");
    case TimelineEvent::Type::Note:
    case TimelineEvent::Type::Custom:
        break;
    }
    return {};
}

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    if (!std::is_sorted(m_events.cbegin(), m_events.cend(), earlier)) { // the store's order
        std::stable_sort(m_events.begin(), m_events.end(), earlier);
    }
    // Room to grow: the first new event must not move ten thousand others.
    m_events.reserve(m_events.size() + m_events.size() / 4 + 64);
    m_rowById.clear();
    m_rowById.reserve(m_events.capacity());
    renumberFrom(0);
    rebuildCorrections();
    endResetModel();
}

void TimelineModel::addEvents(const QList<TimelineEvent> &events)
{
    QList<TimelineEvent> incoming;
    incoming.reserve(events.size());
    for (const TimelineEvent &event : events) {
        if (m_rowById.contains(event.id)) {
            updateEvent(event);
        } else {
            incoming.append(event);
        }
    }
    std::sort(incoming.begin(), incoming.end(), earlier);
    qsizetype next = 0;
    while (next < incoming.size()) {
        // Where the next new event goes, and how many of the following ones go there too.
        const auto position =
            std::upper_bound(m_events.begin(), m_events.end(), incoming.at(next), earlier);
        const int row = int(position - m_events.begin());
        qsizetype end = next + 1;
        while (end < incoming.size() &&
               (row == m_events.size() || earlier(incoming.at(end), m_events.at(row)))) {
            ++end;
        }
        beginInsertRows({}, row, row + int(end - next) - 1);
        m_events.insert(row, end - next, TimelineEvent{});
        std::move(incoming.begin() + next, incoming.begin() + end, m_events.begin() + row);
        renumberFrom(row);
        endInsertRows();
        next = end;
    }
    for (const TimelineEvent &event : events) {
        if (!event.correctsId.isEmpty()) {
            noteCorrection(event, true);
        }
    }
}

void TimelineModel::updateEvent(const TimelineEvent &event)
{
    const int row = rowOf(event.id);
    if (row < 0) {
        return;
    }
    if (m_events.at(row).time != event.time) {
        // Events keep their time; should one move anyway, it moves to its new place.
        beginRemoveRows({}, row, row);
        m_events.removeAt(row);
        m_rowById.remove(event.id);
        renumberFrom(row);
        endRemoveRows();
        addEvents({event});
        return;
    }
    const QString previousCorrects = m_events.at(row).correctsId;
    m_events[row] = event;
    emitRowChanged(row);
    if (previousCorrects != event.correctsId) {
        rebuildCorrections();
        for (const QString &id : {previousCorrects, event.correctsId}) {
            if (const int corrected = rowOf(id); corrected >= 0) {
                emitRowChanged(corrected);
            }
        }
    }
}

QStringList TimelineModel::authors() const
{
    QStringList result;
    for (const TimelineEvent &event : m_events) {
        if (!event.author.isEmpty()) {
            result.append(event.author);
        }
    }
    result.sort(Qt::CaseInsensitive);
    result.removeDuplicates();
    return result;
}

void TimelineModel::setUtc(bool utc)
{
    if (utc == m_utc) {
        return;
    }
    m_utc = utc;
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    if (!m_events.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void TimelineModel::setCompactTypes(bool compact)
{
    if (compact == m_compactTypes) {
        return;
    }
    m_compactTypes = compact;
    if (!m_events.isEmpty()) {
        Q_EMIT dataChanged(index(0, Type), index(rowCount() - 1, Type), {Qt::DisplayRole});
    }
}

void TimelineModel::renumberFrom(int row)
{
    for (int i = row; i < m_events.size(); ++i) {
        m_rowById.insert(m_events.at(i).id, i);
    }
}

void TimelineModel::noteCorrection(const TimelineEvent &correction, bool announce)
{
    QString &current = m_correctedBy[correction.correctsId];
    if (!current.isEmpty() && current != correction.id) {
        const int currentRow = rowOf(current);
        if (currentRow >= 0 && earlier(correction, m_events.at(currentRow))) {
            return; // a later correction already stands
        }
    }
    current = correction.id;
    if (announce) {
        if (const int corrected = rowOf(correction.correctsId); corrected >= 0) {
            emitRowChanged(corrected);
        }
    }
}

void TimelineModel::rebuildCorrections()
{
    m_correctedBy.clear();
    for (const TimelineEvent &event : std::as_const(m_events)) {
        if (!event.correctsId.isEmpty()) {
            noteCorrection(event, false);
        }
    }
}

void TimelineModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::toolTip(const TimelineEvent &event) const
{
    QString text = tr("%1 · %2 · %3")
                       .arg(exactTimeText(event.time, m_utc), typeLabel(event.type), event.author);
    const QString body = summary(event);
    if (!body.isEmpty()) {
        text += QLatin1Char('\n') + body;
    }
    if (const int correction = rowOf(m_correctedBy.value(event.id)); correction >= 0) {
        text += QLatin1Char('\n') + tr("corrected: %1").arg(summary(m_events.at(correction)));
    }
    return text;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return timeText(event.time, m_utc);
        case Type:
            return m_compactTypes ? QVariant() : QVariant(typeLabel(event.type));
        case Author:
            return event.author;
        case Text:
            return summary(event).simplified();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Time && event.pinned) {
            return pinIcon();
        }
        if (index.column() == Type) {
            return typeColor(event.type);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Text && m_correctedBy.contains(event.id)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(event);
    case Qt::AccessibleDescriptionRole:
        if (index.column() == Time && event.pinned) {
            return tr("Pinned");
        }
        return {};
    case EventIdRole:
        return event.id;
    case TypeRole:
        return TimelineEvent::typeName(event.type);
    case PinnedRole:
        return event.pinned;
    case TimeRole:
        return event.time;
    case CorrectedByRole:
        return m_correctedBy.value(event.id);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return m_utc ? tr("Time (UTC)") : tr("Time");
    case Type:
        return tr("Type");
    case Author:
        return tr("Author");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
