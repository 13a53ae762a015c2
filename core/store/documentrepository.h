#pragma once

#include "store/storechange.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace opsdeck {

class WorkspaceStore;

// Runbooks, post-mortems, assessments, dashboards, deployments and backends: each stored as its
// JSON document plus the columns lists and searches need. T is one of those model types.
template <typename T>
class DocumentRepository {
public:
    explicit DocumentRepository(WorkspaceStore &store)
        : m_store(store)
    {}

    // Inserts or updates; gives a new document an id.
    bool save(T &document, QString *error);
    bool remove(const QString &id, QString *error);
    std::optional<T> get(const QString &id, QString *error = nullptr) const;
    QList<T> list(QString *error = nullptr) const; // by title

    // Every document on `db`, any thread's connection (by title).
    static QList<T> readAll(QSqlDatabase &db, QString *error);
    // The row write alone, inside a transaction someone else holds (import).
    static bool upsert(QSqlDatabase &db, const T &document, QString *error);
    static Aggregate aggregate();
    static QString table();

private:
    WorkspaceStore &m_store;
};

struct Runbook;
struct PostMortem;
struct Assessment;
struct Dashboard;
struct Deployment;
struct BackendDefinition;
struct PostMortemTemplate;

extern template class DocumentRepository<Runbook>;
extern template class DocumentRepository<PostMortem>;
extern template class DocumentRepository<Assessment>;
extern template class DocumentRepository<Dashboard>;
extern template class DocumentRepository<Deployment>;
extern template class DocumentRepository<BackendDefinition>;
extern template class DocumentRepository<PostMortemTemplate>;

using RunbookRepository = DocumentRepository<Runbook>;
using PostMortemRepository = DocumentRepository<PostMortem>;
using AssessmentRepository = DocumentRepository<Assessment>;
using DashboardRepository = DocumentRepository<Dashboard>;
using DeploymentRepository = DocumentRepository<Deployment>;
using BackendRepository = DocumentRepository<BackendDefinition>;
using PostMortemTemplateRepository = DocumentRepository<PostMortemTemplate>;

} // namespace opsdeck
