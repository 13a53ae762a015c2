#include "incidents/incidenttablemodel.h"

#include "common/duration.h"
#include "common/severitystyle.h"
#include "common/statustexts.h"
#include "incidents/incidentdurations.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <limits>

namespace opsdeck::ui {

IncidentTableModel::IncidentTableModel(IncidentCatalog &catalog, QObject *parent)
    : CatalogTableModel(NewRows::First, parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    follow(catalog);
}

void IncidentTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Elapsed), index(rowCount() - 1, Elapsed),
                           {Qt::DisplayRole, SortRole});
    }
}

void IncidentTableModel::setSeverityBesideKey(bool beside)
{
    if (beside == m_severityBesideKey) {
        return;
    }
    m_severityBesideKey = beside;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Key), index(rowCount() - 1, Key), {Qt::DecorationRole});
    }
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor IncidentTableModel::severityColor(Incident::Severity severity)
{
    const QStringList &standard = SeverityStyle::standardSeverities(); // critical ... info
    return SeverityStyle::color(standard.value(int(severity)));
}

std::optional<qint64> IncidentTableModel::durationMs(const Incident &incident, int column) const
{
    const IncidentDurations durations = IncidentDurations::of(incident);
    switch (column) {
    case Elapsed: {
        const QDateTime resolved =
            incident.statusTimes.value(Incident::statusName(Incident::Status::Resolved));
        const bool over = incident.status >= Incident::Status::Resolved && resolved.isValid();
        // "Now" moves with the view's clock, and never lags behind a just-declared incident.
        const QDateTime now = std::max(m_now, QDateTime::currentDateTimeUtc());
        return std::max<qint64>(0, incident.startedAt().msecsTo(over ? resolved : now));
    }
    case TimeToDetect:
        return durations.toDetectMs;
    case TimeToAcknowledge:
        return durations.toAcknowledgeMs;
    case TimeToMitigate:
        return durations.toMitigateMs;
    case TimeToResolve:
        return durations.toResolveMs;
    default:
        return std::nullopt;
    }
}

QVariant IncidentTableModel::displayData(const Incident &incident, int column) const
{
    switch (column) {
    case Key:
        return incident.key;
    case Title:
        return incident.gameDay ? tr("%1 (game day)").arg(incident.title) : incident.title;
    case Severity:
        return Incident::severityName(incident.severity);
    case Status:
        return incident.falseAlarm
                   ? tr("%1 (false alarm)").arg(StatusTexts::incidentStatus(incident.status))
                   : StatusTexts::incidentStatus(incident.status);
    case Commander:
        return incident.commander;
    case Services:
        return incident.services.join(QStringLiteral(", "));
    default: {
        const std::optional<qint64> ms = durationMs(incident, column);
        return ms ? formatDuration(*ms / 1000) : QStringLiteral("—");
    }
    }
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Incident &incident = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(incident, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Key && m_severityBesideKey) {
            return Incident::severityName(incident.severity);
        }
        return index.column() == Title ? incident.title : QVariant();
    case Qt::DecorationRole:
        return index.column() == Severity || (index.column() == Key && m_severityBesideKey)
                   ? SeverityStyle::dot(
                         SeverityStyle::standardSeverities().value(int(incident.severity)))
                   : QVariant();
    case Qt::FontRole:
        if (incident.status < Incident::Status::Resolved) {
            QFont bold;
            bold.setBold(true);
            return index.column() == Key ? QVariant(bold) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        return incident.status == Incident::Status::Closed
                   ? QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)))
                   : QVariant();
    case IncidentIdRole:
        return incident.id;
    case StatusRole:
        return Incident::statusName(incident.status);
    case EndedAtRole: {
        const QDateTime resolved = incident.statusTimes.value(QStringLiteral("resolved"));
        return resolved.isValid() ? resolved : incident.statusTimes.value(QStringLiteral("closed"));
    }
    case SeverityRole:
        return Incident::severityName(incident.severity);
    case ServicesRole:
        return incident.services;
    case GameDayRole:
        return incident.gameDay;
    case SortRole:
        switch (index.column()) {
        case Key:
            return incident.declaredAt;
        case Severity:
            return int(incident.severity);
        case Status:
            return int(incident.status);
        case Title:
        case Commander:
        case Services:
            return displayData(incident, index.column());
        default: {
            const std::optional<qint64> ms = durationMs(incident, index.column());
            return ms ? QVariant(*ms) : QVariant(std::numeric_limits<qint64>::max());
        }
        }
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeToDetect:
            return tr("Time to detect: from the impact's start (or the first alert) to the "
                      "declaration");
        case TimeToAcknowledge:
            return tr("Time to acknowledge: until the response began (first step past triage)");
        case TimeToMitigate:
            return tr("Time to mitigate: until the incident was mitigated");
        case TimeToResolve:
            return tr("Time to resolve: until the incident was resolved");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Key:
        return tr("Key");
    case Title:
        return tr("Title");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Commander:
        return tr("Commander");
    case Elapsed:
        return tr("Elapsed");
    case TimeToDetect:
        return tr("TTD");
    case TimeToAcknowledge:
        return tr("TTA");
    case TimeToMitigate:
        return tr("TTM");
    case TimeToResolve:
        return tr("TTR");
    case Services:
        return tr("Services");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
