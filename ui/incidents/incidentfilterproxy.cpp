#include "incidents/incidentfilterproxy.h"

#include "incidents/incidenttablemodel.h"

namespace opsdeck::ui {

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void IncidentFilterProxy::setStatus(const QString &status)
{
    m_status = status;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_status == QLatin1String("recent")) {
        invalidateRowsFilter();
    }
}

void IncidentFilterProxy::setSeverity(const QString &severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setService(const QString &service)
{
    m_service = service;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setGameDays(GameDays gameDays)
{
    m_gameDays = gameDays;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setSearchResult(std::optional<QSet<QString>> incidentIds)
{
    m_searchResult = std::move(incidentIds);
    invalidateRowsFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString status = row.data(IncidentTableModel::StatusRole).toString();
    const bool ended = status == QLatin1String("resolved") || status == QLatin1String("closed");
    if (m_status == QLatin1String("open")) {
        if (ended) {
            return false;
        }
    } else if (m_status == QLatin1String("recent")) {
        const QDateTime endedAt = row.data(IncidentTableModel::EndedAtRole).toDateTime();
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        if (ended && (!endedAt.isValid() || endedAt.secsTo(now) > RecentSeconds)) {
            return false;
        }
    } else if (!m_status.isEmpty() && status != m_status) {
        return false;
    }
    if (!m_severity.isEmpty() && row.data(IncidentTableModel::SeverityRole) != m_severity) {
        return false;
    }
    if (!m_service.isEmpty() &&
        !row.data(IncidentTableModel::ServicesRole).toStringList().contains(m_service)) {
        return false;
    }
    const bool gameDay = row.data(IncidentTableModel::GameDayRole).toBool();
    if ((m_gameDays == GameDays::Only && !gameDay) ||
        (m_gameDays == GameDays::Exclude && gameDay)) {
        return false;
    }
    return !m_searchResult ||
           m_searchResult->contains(row.data(IncidentTableModel::IncidentIdRole).toString());
}

} // namespace opsdeck::ui
