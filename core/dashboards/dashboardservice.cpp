#include "dashboards/dashboardservice.h"

#include "store/documentrepository.h"
#include "store/sql.h"
#include "store/workspacestore.h"

#include <QCoreApplication>

namespace opsdeck {
QStringList DashboardVersion::reasonNames()
{
    return {QStringLiteral("created"), QStringLiteral("saved"), QStringLiteral("imported"),
            QStringLiteral("restored")};
}

DashboardService::DashboardService(WorkspaceStore &store)
    : m_store(store)
{}

std::optional<int> DashboardService::save(Dashboard &dashboard, const QString &author,
                                          DashboardVersion::Reason reason, QString *error)
{
    const bool created = dashboard.id.isEmpty() || !DashboardRepository(m_store).get(dashboard.id);
    Dashboard saving = dashboard;
    if (saving.id.isEmpty()) {
        saving.id = newId();
    }
    int number = 0;
    const bool written = m_store.write(
        [&](QSqlDatabase &db, QString *failure) {
            if (!DashboardRepository::upsert(db, saving, failure)) {
                return false;
            }
            QSqlQuery next(db);
            next.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM "
                                        "dashboard_versions WHERE dashboard_id = ?"));
            next.addBindValue(saving.id);
            if (!sql::exec(db, next, failure) || !next.next()) {
                return false;
            }
            number = next.value(0).toInt();
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO dashboard_versions (dashboard_id, number, saved_at, author, reason, "
                "title, document) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(saving.id);
            insert.addBindValue(number);
            insert.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
            insert.addBindValue(author);
            insert.addBindValue(DashboardVersion::reasonNames().at(int(reason)));
            insert.addBindValue(saving.title);
            insert.addBindValue(jsonText(saving.toJson()));
            return sql::exec(db, insert, failure);
        },
        {{Aggregate::Dashboard, saving.id, created ? ChangeKind::Created : ChangeKind::Updated}},
        error);
    if (!written) {
        return std::nullopt;
    }
    dashboard.id = saving.id;
    return number;
}

std::optional<Dashboard> DashboardService::find(const QString &idOrTitle, QString *error) const
{
    QString failure;
    if (auto byId = DashboardRepository(m_store).get(idOrTitle, &failure)) {
        return byId;
    }
    QList<Dashboard> titled;
    for (Dashboard &dashboard : list(&failure)) {
        if (dashboard.title == idOrTitle) {
            titled.append(std::move(dashboard));
        }
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }
    if (titled.size() == 1) {
        return titled.takeFirst();
    }
    *error = titled.isEmpty()
                 ? QCoreApplication::translate("DashboardService",
                                               "no dashboard has the id or title \"%1\"")
                       .arg(idOrTitle)
                 : QCoreApplication::translate("DashboardService",
                                               "%1 dashboards are titled \"%2\"; give the id")
                       .arg(titled.size())
                       .arg(idOrTitle);
    return std::nullopt;
}

QList<Dashboard> DashboardService::list(QString *error) const
{
    return DashboardRepository(m_store).list(error);
}

QList<DashboardVersion> DashboardService::versions(const QString &id, QString *error) const
{
    QList<DashboardVersion> result;
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT number, saved_at, author, reason, title FROM "
                                 "dashboard_versions WHERE dashboard_id = ? ORDER BY number DESC"));
    query.addBindValue(id);
    if (!sql::exec(db, query, error)) {
        return result;
    }
    while (query.next()) {
        DashboardVersion version;
        version.number = query.value(0).toInt();
        version.savedAt = fromIsoUtc(query.value(1).toString()).value_or(QDateTime());
        version.author = query.value(2).toString();
        version.reason = enumFromName<DashboardVersion::Reason>(DashboardVersion::reasonNames(),
                                                                query.value(3).toString())
                             .value_or(DashboardVersion::Reason::Saved);
        version.title = query.value(4).toString();
        result.append(version);
    }
    return result;
}

std::optional<Dashboard> DashboardService::version(const QString &id, int number,
                                                   QString *error) const
{
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT document FROM dashboard_versions WHERE dashboard_id = ? AND number = ?"));
    query.addBindValue(id);
    query.addBindValue(number);
    if (!sql::exec(db, query, error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        *error =
            QCoreApplication::translate("DashboardService", "the dashboard %1 has no version %2")
                .arg(id)
                .arg(number);
        return std::nullopt;
    }
    try {
        return Dashboard::fromJson(Json::parse(query.value(0).toString().toStdString()),
                                   QStringLiteral("dashboard_versions[%1/%2]").arg(id).arg(number));
    } catch (const std::exception &problem) {
        *error = QString::fromUtf8(problem.what());
    }
    return std::nullopt;
}

std::optional<int> DashboardService::restore(const QString &id, int number, const QString &author,
                                             QString *error)
{
    std::optional<Dashboard> old = version(id, number, error);
    if (!old) {
        return std::nullopt;
    }
    return save(*old, author, DashboardVersion::Reason::Restored, error);
}

bool DashboardService::remove(const QString &id, QString *error)
{
    if (!DashboardRepository(m_store).get(id)) {
        *error = QCoreApplication::translate("DashboardService", "no such dashboard");
        return false;
    }
    return DashboardRepository(m_store).remove(id, error);
}

} // namespace opsdeck
