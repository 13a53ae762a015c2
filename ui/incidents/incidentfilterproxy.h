#pragma once

#include <QDateTime>
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

    // How long a resolved or closed incident stays in the "recent" list.
    static constexpr qint64 RecentSeconds = qint64{24} * 60 * 60;

    // Empty: any; "open": not resolved or closed; "recent": open, or ended in the last day.
    void setStatus(const QString &status);
    void setSeverity(const QString &severity); // empty: any
    void setService(const QString &service);   // empty: any
    void setGameDays(GameDays gameDays);
    void setSearchResult(std::optional<QSet<QString>> incidentIds); // nullopt: no search
    // The time "recent" is measured from (the clock's, until set).
    void setNow(const QDateTime &now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QDateTime m_now;
    QString m_severity;
    QString m_service;
    GameDays m_gameDays = GameDays::Include;
    std::optional<QSet<QString>> m_searchResult;
};

} // namespace opsdeck::ui
