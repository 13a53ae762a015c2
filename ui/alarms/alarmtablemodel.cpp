#include "alarms/alarmtablemodel.h"

#include <QDateTime>

namespace opsdeck::ui {
namespace {

// Consecutive indexes as (first, last) ranges, keeping their order.
QList<QPair<int, int>> ranges(const QList<int> &indexes, bool descending)
{
    QList<QPair<int, int>> result;
    for (const int index : indexes) {
        if (!result.isEmpty() &&
            (descending ? result.last().first - 1 == index : result.last().second + 1 == index)) {
            (descending ? result.last().first : result.last().second) = index;
        } else {
            result.append({index, index});
        }
    }
    return result;
}

int severityRank(const QString &severity)
{
    static const QStringList order{QStringLiteral("critical"), QStringLiteral("error"),
                                   QStringLiteral("warning"), QStringLiteral("info")};
    const qsizetype rank = order.indexOf(severity.toLower());
    return rank < 0 ? int(order.size()) : int(rank);
}

} // namespace

AlarmTableModel::AlarmTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlarmTableModel::apply(const AlertSnapshot &next, const AlertDiff &diff)
{
    for (const auto &[first, last] : ranges(diff.removed, true)) {
        beginRemoveRows({}, first, last);
        m_snapshot.alerts.remove(first, last - first + 1);
        endRemoveRows();
    }
    for (const auto &[first, last] : ranges(diff.inserted, false)) {
        beginInsertRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_snapshot.alerts.insert(row, next.alerts.at(row));
        }
        endInsertRows();
    }
    for (const int row : diff.changed) {
        m_snapshot.alerts[row] = next.alerts.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.alerts.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmTableModel::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60) {
        return QStringLiteral("%1s").arg(seconds);
    }
    if (seconds < 3600) {
        return QStringLiteral("%1m").arg(seconds / 60);
    }
    if (seconds < 86400) {
        return QStringLiteral("%1h %2m")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1d %2h")
        .arg(seconds / 86400)
        .arg((seconds % 86400) / 3600, 2, 10, QLatin1Char('0'));
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Alert &alert = m_snapshot.alerts.at(index.row());
    const QString severity = alert.labels.value(QStringLiteral("severity"));
    if (role == FingerprintRole) {
        return alert.fingerprint;
    }
    if (role == SeverityRankRole) {
        return severityRank(severity);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Severity:
        return severity;
    case Name:
        return alert.name();
    case State:
        return Alert::stateNames().at(int(alert.state));
    case Summary:
        return alert.annotations.value(QStringLiteral("summary"));
    case Labels: {
        QStringList pairs;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity")) {
                pairs.append(it.key() + QLatin1Char('=') + it.value());
            }
        }
        return pairs.join(QStringLiteral(", "));
    }
    case Age:
        return alert.startsAt.isValid()
                   ? formatDuration(alert.startsAt.secsTo(QDateTime::currentDateTimeUtc()))
                   : QString();
    case Source:
        return alert.sources.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Severity:
        return tr("Severity");
    case Name:
        return tr("Alert");
    case State:
        return tr("State");
    case Summary:
        return tr("Summary");
    case Labels:
        return tr("Labels");
    case Age:
        return tr("Age");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace opsdeck::ui
