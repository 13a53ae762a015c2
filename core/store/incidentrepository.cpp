#include "store/incidentrepository.h"

#include "store/sql.h"
#include "store/workspacestore.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {} // namespace

bool IncidentRepository::upsert(QSqlDatabase &db, const Incident &incident, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO incidents (id, incident_key, title, severity, status, game_day, declared_at, "
        "updated_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "incident_key = excluded.incident_key, title = excluded.title, severity = "
        "excluded.severity, status = excluded.status, game_day = excluded.game_day, declared_at = "
        "excluded.declared_at, updated_at = excluded.updated_at, document = excluded.document"));
    query.addBindValue(incident.id);
    query.addBindValue(incident.key);
    query.addBindValue(incident.title);
    query.addBindValue(Incident::severityName(incident.severity));
    query.addBindValue(Incident::statusName(incident.status));
    query.addBindValue(incident.gameDay ? 1 : 0);
    query.addBindValue(toIsoUtc(incident.declaredAt));
    query.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(jsonText(incident.toJson()));
    return sql::exec(db, query, error);
}

namespace {

std::optional<Incident> readOne(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    try {
        return Incident::fromJson(Json::parse(query.value(0).toString().toStdString()),
                                  QStringLiteral("incident"));
    } catch (const std::exception &ex) {
        if (error != nullptr) {
            *error = QString::fromUtf8(ex.what());
        }
        return std::nullopt;
    }
}

} // namespace

bool IncidentRepository::insertNew(QSqlDatabase &db, Incident &incident, QString *error)
{
    if (incident.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("IncidentRepository", "an incident needs a title");
        return false;
    }
    if (incident.id.isEmpty()) {
        incident.id = newId();
    }
    if (!incident.declaredAt.isValid()) {
        incident.declaredAt = QDateTime::currentDateTimeUtc();
    }
    if (incident.statusTimes.isEmpty()) {
        incident.statusTimes.insert(Incident::statusName(incident.status), incident.declaredAt);
    }
    if (incident.key.isEmpty()) {
        // The next number of the year, found inside the write lock: no two processes
        // hand out the same key.
        const int year = incident.declaredAt.date().year();
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT MAX(CAST(SUBSTR(incident_key, 10) AS INTEGER)) "
                                    "FROM incidents WHERE incident_key LIKE ?"));
        last.addBindValue(QStringLiteral("INC-%1-%").arg(year));
        if (!sql::exec(db, last, error)) {
            return false;
        }
        const int number = last.next() ? last.value(0).toInt() + 1 : 1;
        incident.key = Incident::makeKey(year, number);
    }
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
    exists.addBindValue(incident.id);
    if (!sql::exec(db, exists, error)) {
        return false;
    }
    if (exists.next()) {
        *error = QCoreApplication::translate("IncidentRepository",
                                             "an incident with id %1 exists already")
                     .arg(incident.id);
        return false;
    }
    return upsert(db, incident, error);
}

std::optional<Incident> IncidentRepository::read(QSqlDatabase &db, const QString &id,
                                                 QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT document FROM incidents WHERE id = ?"));
    query.addBindValue(id);
    return readOne(query, error);
}

IncidentRepository::IncidentRepository(WorkspaceStore &store)
    : m_store(store)
{}

bool IncidentRepository::create(Incident &incident, QString *error)
{
    if (incident.id.isEmpty()) {
        incident.id = newId();
    }
    return m_store.write([&incident](QSqlDatabase &db,
                                     QString *failure) { return insertNew(db, incident, failure); },
                         {{Aggregate::Incident, incident.id, ChangeKind::Created}}, error);
}

bool IncidentRepository::update(const Incident &incident, QString *error)
{
    return m_store.write(
        [&incident](QSqlDatabase &db, QString *failure) { return upsert(db, incident, failure); },
        {{Aggregate::Incident, incident.id, ChangeKind::Updated}}, error);
}

bool IncidentRepository::remove(const QString &id, QString *error)
{
    return m_store.write(
        [&id](QSqlDatabase &db, QString *failure) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM incidents WHERE id = ?"));
            query.addBindValue(id);
            if (!sql::exec(db, query, failure)) {
                if (failure->contains(QLatin1String("FOREIGN KEY"))) {
                    *failure = QCoreApplication::translate(
                        "IncidentRepository",
                        "the incident has post-mortems; delete or detach them first");
                }
                return false;
            }
            return true;
        },
        {{Aggregate::Incident, id, ChangeKind::Deleted}}, error);
}

std::optional<Incident> IncidentRepository::get(const QString &id, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT document FROM incidents WHERE id = ?"));
    query.addBindValue(id);
    return readOne(query, error);
}

std::optional<Incident> IncidentRepository::findByKey(const QString &key, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT document FROM incidents WHERE incident_key = ?"));
    query.addBindValue(key);
    return readOne(query, error);
}

QList<Incident> IncidentRepository::list(QString *error) const
{
    QSqlDatabase db = m_store.database();
    return readAll(db, error);
}

QList<Incident> IncidentRepository::readAll(QSqlDatabase &db, QString *error)
{
    QList<Incident> incidents;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT document FROM incidents ORDER BY declared_at DESC, incident_key DESC"))) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return incidents;
    }
    while (query.next()) {
        try {
            incidents.append(Incident::fromJson(
                Json::parse(query.value(0).toString().toStdString()), QStringLiteral("incident")));
        } catch (const std::exception &ex) {
            if (error != nullptr) {
                *error = QString::fromUtf8(ex.what());
            }
        }
    }
    return incidents;
}

} // namespace opsdeck
