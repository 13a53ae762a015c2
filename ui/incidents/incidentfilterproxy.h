#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace opsdeck::ui {

// Which incidents the Incidents dock lists: by status, severity, service and game day, and,
// while a search runs, only those the full-text search found.
class IncidentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class GameDays { Include, Only, Exclude };

    explicit IncidentFilterProxy(QObject *parent = nullptr);

    void setStatus(const QString &status);     // empty: any; "open": not resolved or closed
    void setSeverity(const QString &severity); // empty: any
    void setService(const QString &service);   // empty: any
    void setGameDays(GameDays gameDays);
    void setSearchResult(std::optional<QSet<QString>> incidentIds); // nullopt: no search

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QString m_severity;
    QString m_service;
    GameDays m_gameDays = GameDays::Include;
    std::optional<QSet<QString>> m_searchResult;
};

} // namespace opsdeck::ui
