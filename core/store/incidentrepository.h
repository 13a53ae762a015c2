#pragma once

#include "model/incident.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace opsdeck {

class WorkspaceStore;

// Incidents of a workspace. Every write is one short transaction with its change-log entry.
class IncidentRepository {
public:
    explicit IncidentRepository(WorkspaceStore &store);

    // Stores a new incident; gives it an id and the next key of its year when it has none.
    bool create(Incident &incident, QString *error);
    bool update(const Incident &incident, QString *error);
    bool remove(const QString &id, QString *error);

    std::optional<Incident> get(const QString &id, QString *error = nullptr) const;
    std::optional<Incident> findByKey(const QString &key, QString *error = nullptr) const;
    QList<Incident> list(QString *error = nullptr) const; // newest declaration first

    // The row write alone, inside a transaction someone else holds (import).
    static bool upsert(QSqlDatabase &db, const Incident &incident, QString *error);
    // A new incident's row (with the next key of its year when it has none), inside a
    // transaction the caller holds.
    static bool insertNew(QSqlDatabase &db, Incident &incident, QString *error);
    static std::optional<Incident> read(QSqlDatabase &db, const QString &id, QString *error);
    // list() on any connection (a worker's). An unreadable incident is left out and named in
    // `error`; the others are listed.
    static QList<Incident> readAll(QSqlDatabase &db, QString *error);

private:
    WorkspaceStore &m_store;
};

} // namespace opsdeck
