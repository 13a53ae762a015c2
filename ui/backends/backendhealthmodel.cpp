#include "backends/backendhealthmodel.h"

#include "alarms/alarmservice.h"
#include "common/duration.h"
#include "common/icons.h"
#include "common/timedisplay.h"

#include <QLocale>

namespace opsdeck::ui {

BackendHealthModel::BackendHealthModel(const AlarmService *alarms, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(alarms)
{
    if (m_monitor != nullptr) {
        connect(m_monitor, &AlarmService::healthChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        // The list of backends was replaced in the settings: a new list, not row edits.
        connect(m_monitor, &AlarmService::backendsChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
}

int BackendHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_monitor == nullptr ? 0 : int(m_monitor->health().size());
}

int BackendHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackendHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BackendHealth &health = m_monitor->health().at(index.row());
    if (role == Qt::DecorationRole && index.column() == State) {
        return Icons::health(health.state);
    }
    if (role == Qt::ToolTipRole && index.column() == Error) {
        return health.error;
    }
    if (role == Qt::ToolTipRole && index.column() == Name) {
        return health.endpoint.url.toDisplayString();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Name:
        return health.endpoint.name;
    case Kind:
        return BackendEndpoint::kindName(health.endpoint.kind);
    case State:
        switch (health.state) {
        case BackendHealth::State::Ok:
            return tr("OK");
        case BackendHealth::State::Degraded:
            return tr("Degraded");
        case BackendHealth::State::Down:
            return health.isStale() ? tr("Down, data %1 old")
                                          .arg(formatDuration(health.lastSuccess.secsTo(
                                              QDateTime::currentDateTimeUtc())))
                                    : tr("Down");
        case BackendHealth::State::Unknown:
            return tr("Not asked yet");
        }
        return {};
    case Version:
        return health.version;
    case Alerts:
        return health.lastSuccess.isValid() ? QVariant(health.alertCount) : QVariant();
    case Latency:
        return health.latencyMs >= 0 ? tr("%1 ms").arg(health.latencyMs) : QString();
    case LastSuccess: {
        if (!health.lastSuccess.isValid()) {
            return QString();
        }
        const QDateTime local = health.lastSuccess.toLocalTime();
        // Today's time alone; an older success with its date.
        return local.date() == QDate::currentDate() ? TimeDisplay::time(health.lastSuccess)
                                                    : TimeDisplay::dateTime(health.lastSuccess);
    }
    case Error:
        return health.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BackendHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case State:
        return tr("State");
    case Version:
        return tr("Version");
    case Alerts:
        return tr("Alerts");
    case Latency:
        return tr("Latency");
    case LastSuccess:
        return tr("Last success");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace opsdeck::ui
