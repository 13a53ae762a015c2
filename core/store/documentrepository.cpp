#include "store/documentrepository.h"

#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/postmortem.h"
#include "model/postmortemtemplate.h"
#include "model/runbook.h"
#include "store/sql.h"
#include "store/workspacestore.h"

namespace opsdeck {
namespace {

// What each document type stores besides its JSON.
template <typename T>
struct Columns;

template <>
struct Columns<Runbook> {
    static constexpr const char *table = "runbooks";
    static constexpr Aggregate aggregate = Aggregate::Runbook;
    static QString title(const Runbook &document) { return document.title; }
};

template <>
struct Columns<PostMortem> {
    static constexpr const char *table = "postmortems";
    static constexpr Aggregate aggregate = Aggregate::PostMortem;
    static QString title(const PostMortem &document) { return document.title; }
};

template <>
struct Columns<Assessment> {
    static constexpr const char *table = "assessments";
    static constexpr Aggregate aggregate = Aggregate::Assessment;
    static QString title(const Assessment &document) { return document.title; }
};

template <>
struct Columns<Dashboard> {
    static constexpr const char *table = "dashboards";
    static constexpr Aggregate aggregate = Aggregate::Dashboard;
    static QString title(const Dashboard &document) { return document.title; }
};

template <>
struct Columns<Deployment> {
    static constexpr const char *table = "deployments";
    static constexpr Aggregate aggregate = Aggregate::Deployment;
    static QString title(const Deployment &document) { return document.service; }
};

template <>
struct Columns<BackendDefinition> {
    static constexpr const char *table = "backends";
    static constexpr Aggregate aggregate = Aggregate::Backend;
    static QString title(const BackendDefinition &document) { return document.name; }
};

template <>
struct Columns<PostMortemTemplate> {
    static constexpr const char *table = "postmortem_templates";
    static constexpr Aggregate aggregate = Aggregate::PostMortemTemplate;
    static QString title(const PostMortemTemplate &document) { return document.name; }
};

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

template <typename T>
Aggregate DocumentRepository<T>::aggregate()
{
    return Columns<T>::aggregate;
}

template <typename T>
QString DocumentRepository<T>::table()
{
    return QString::fromLatin1(Columns<T>::table);
}

template <typename T>
bool DocumentRepository<T>::upsert(QSqlDatabase &db, const T &document, QString *error)
{
    // Store only what reads back: a document its own reader would refuse never gets in.
    try {
        T::fromJson(document.toJson(), table());
    } catch (const ModelError &problem) {
        *error = problem.text();
        return false;
    }
    QSqlQuery query(db);
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    const QString json = jsonText(document.toJson());
    if constexpr (std::is_same_v<T, PostMortem>) {
        query.prepare(QStringLiteral(
            "INSERT INTO postmortems (id, title, updated_at, document, incident_id, review_state, "
            "search_text) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = "
            "excluded.title, updated_at = excluded.updated_at, document = excluded.document, "
            "incident_id = excluded.incident_id, review_state = excluded.review_state, "
            "search_text = excluded.search_text"));
        query.addBindValue(document.id);
        query.addBindValue(nonNull(document.title));
        query.addBindValue(now);
        query.addBindValue(json);
        query.addBindValue(document.incidentId.isEmpty() ? QVariant()
                                                         : QVariant(document.incidentId));
        query.addBindValue(PostMortem::reviewStateName(document.reviewState));
        query.addBindValue(document.searchableText());
    } else {
        query.prepare(
            QStringLiteral("INSERT INTO %1 (id, title, updated_at, document) VALUES (?, ?, "
                           "?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                           "updated_at = excluded.updated_at, document = excluded.document")
                .arg(table()));
        query.addBindValue(document.id);
        query.addBindValue(nonNull(Columns<T>::title(document)));
        query.addBindValue(now);
        query.addBindValue(json);
    }
    return sql::exec(db, query, error);
}

template <typename T>
bool DocumentRepository<T>::save(T &document, QString *error)
{
    const bool created = document.id.isEmpty() || !get(document.id).has_value();
    if (document.id.isEmpty()) {
        document.id = newId();
    }
    return m_store.write(
        [&document](QSqlDatabase &db, QString *failure) { return upsert(db, document, failure); },
        {{aggregate(), document.id, created ? ChangeKind::Created : ChangeKind::Updated}}, error);
}

template <typename T>
bool DocumentRepository<T>::remove(const QString &id, QString *error)
{
    return m_store.write(
        [&id](QSqlDatabase &db, QString *failure) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table()));
            query.addBindValue(id);
            return sql::exec(db, query, failure);
        },
        {{aggregate(), id, ChangeKind::Deleted}}, error);
}

template <typename T>
std::optional<T> DocumentRepository<T>::get(const QString &id, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT document FROM %1 WHERE id = ?").arg(table()));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        if (error != nullptr && query.lastError().isValid()) {
            *error = query.lastError().text();
        }
        return std::nullopt;
    }
    try {
        return T::fromJson(Json::parse(query.value(0).toString().toStdString()), table());
    } catch (const std::exception &ex) {
        if (error != nullptr) {
            *error = QString::fromUtf8(ex.what());
        }
        return std::nullopt;
    }
}

template <typename T>
QList<T> DocumentRepository<T>::list(QString *error) const
{
    QSqlDatabase db = m_store.database();
    return readAll(db, error);
}

template <typename T>
QList<T> DocumentRepository<T>::readAll(QSqlDatabase &db, QString *error)
{
    QList<T> documents;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT document FROM %1 ORDER BY title, id").arg(table()))) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return documents;
    }
    while (query.next()) {
        try {
            documents.append(
                T::fromJson(Json::parse(query.value(0).toString().toStdString()), table()));
        } catch (const std::exception &ex) {
            if (error != nullptr) {
                *error = QString::fromUtf8(ex.what());
            }
        }
    }
    return documents;
}

template class DocumentRepository<Runbook>;
template class DocumentRepository<PostMortem>;
template class DocumentRepository<Assessment>;
template class DocumentRepository<Dashboard>;
template class DocumentRepository<Deployment>;
template class DocumentRepository<BackendDefinition>;
template class DocumentRepository<PostMortemTemplate>;

} // namespace opsdeck
