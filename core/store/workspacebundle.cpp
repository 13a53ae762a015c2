#include "store/workspacebundle.h"

#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/incident.h"
#include "model/postmortem.h"
#include "model/postmortemtemplate.h"
#include "model/runbook.h"
#include "model/timelineevent.h"
#include "store/documentrepository.h"
#include "store/incidentrepository.h"
#include "store/scopedconnection.h"
#include "store/sql.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <memory>

namespace opsdeck {
namespace {

bool cancelled(const BundleProgress &progress)
{
    return progress.cancel != nullptr && progress.cancel->load();
}

void report(const BundleProgress &progress, qint64 done, qint64 total)
{
    if (progress.report) {
        progress.report(done, total);
    }
}

// The stored JSON documents of one table, in id order.
bool readDocuments(QSqlDatabase &db, const QString &table, Json &into, qint64 &done, qint64 total,
                   const BundleProgress &progress, QString *error)
{
    into = Json::array();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT document FROM %1 ORDER BY id").arg(table))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        into.push_back(Json::parse(query.value(0).toString().toStdString()));
        if (++done % 1000 == 0) {
            report(progress, done, total);
            if (cancelled(progress)) {
                *error = QCoreApplication::translate("WorkspaceBundle", "cancelled");
                return false;
            }
        }
    }
    return true;
}

const char *const kDocumentTables[] = {"runbooks",    "postmortems", "postmortem_templates",
                                       "assessments", "dashboards",  "deployments",
                                       "backends"};

template <typename T>
QList<T> readAll(const Json &bundle, const char *key)
{
    QList<T> result;
    if (!bundle.contains(key)) {
        return result;
    }
    const Json &array = bundle.at(key);
    if (!array.is_array()) {
        throw ModelError(QString::fromLatin1(key),
                         QCoreApplication::translate("ModelError", "expected an array"));
    }
    result.reserve(qsizetype(array.size()));
    for (std::size_t i = 0; i < array.size(); ++i) {
        result.append(
            T::fromJson(array.at(i), QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i)));
    }
    return result;
}

// Ids of `table` already in the workspace.
QSet<QString> existingIds(QSqlDatabase &db, const QString &table)
{
    QSet<QString> ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id FROM %1").arg(table))) {
        while (query.next()) {
            ids.insert(query.value(0).toString());
        }
    }
    return ids;
}

template <typename T>
void checkNew(const QList<T> &documents, const QSet<QString> &existing, const char *key)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString &id = documents.at(i).id;
        const QString path = QStringLiteral("%1[%2].id").arg(QLatin1String(key)).arg(i);
        if (existing.contains(id)) {
            throw ModelError(
                path, QCoreApplication::translate("ModelError", "%1 is already in the workspace")
                          .arg(id));
        }
        if (seen.contains(id)) {
            throw ModelError(
                path, QCoreApplication::translate("ModelError", "%1 appears twice in the bundle")
                          .arg(id));
        }
        seen.insert(id);
    }
}

template <typename T>
bool writeDocuments(QSqlDatabase &db, const QList<T> &documents, QList<PendingChange> &changes,
                    QString *error)
{
    for (const T &document : documents) {
        if (!DocumentRepository<T>::upsert(db, document, error)) {
            return false;
        }
        changes.append({DocumentRepository<T>::aggregate(), document.id, ChangeKind::Created});
    }
    return true;
}

} // namespace

bool WorkspaceBundle::exportTo(const QString &workspacePath, const QString &bundlePath,
                               QString *error, const BundleProgress &progress)
{
    const WorkspaceInspection inspection = WorkspaceStore::inspect(workspacePath);
    if (inspection.verdict != WorkspaceInspection::Verdict::Workspace) {
        *error = inspection.error.isEmpty()
                     ? QCoreApplication::translate("WorkspaceBundle", "%1 is not a workspace")
                           .arg(workspacePath)
                     : inspection.error;
        return false;
    }
    ScopedConnection connection(workspacePath, true);
    QSqlDatabase &db = connection.db();
    if (!db.isOpen()) {
        *error = connection.error();
        return false;
    }
    // One read transaction: the bundle is a consistent snapshot while others keep writing.
    if (!sql::run(db, QStringLiteral("BEGIN"), error)) {
        return false;
    }
    qint64 total = 0;
    {
        QSqlQuery count(db);
        QStringList parts{QStringLiteral("(SELECT COUNT(*) FROM incidents)"),
                          QStringLiteral("(SELECT COUNT(*) FROM timeline_events)")};
        for (const char *table : kDocumentTables) {
            parts.append(QStringLiteral("(SELECT COUNT(*) FROM %1)").arg(QLatin1String(table)));
        }
        if (count.exec(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + "))) &&
            count.next()) {
            total = count.value(0).toLongLong();
        }
    }
    qint64 done = 0;
    if (cancelled(progress)) {
        *error = QCoreApplication::translate("WorkspaceBundle", "cancelled");
        sql::rollback(db);
        return false;
    }
    Json bundle = {{"format", Format}, {"schema", SchemaVersion}};
    try {
        Json incidents;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        incidents = Json::array();
        if (!query.exec(
                QStringLiteral("SELECT document FROM incidents ORDER BY incident_key, id"))) {
            *error = query.lastError().text();
            sql::rollback(db);
            return false;
        }
        while (query.next()) {
            incidents.push_back(Json::parse(query.value(0).toString().toStdString()));
            ++done;
        }
        bundle["incidents"] = std::move(incidents);

        Json timeline = Json::array();
        QSqlQuery events(db);
        events.setForwardOnly(true);
        if (!events.exec(
                QStringLiteral("SELECT id, incident_id, occurred_at, type, author, text, "
                               "pinned, corrects_id, payload FROM timeline_events ORDER BY "
                               "incident_id, occurred_at, seq"))) {
            *error = events.lastError().text();
            sql::rollback(db);
            return false;
        }
        while (events.next()) {
            timeline.push_back(
                {{"schema", TimelineEvent::SchemaVersion},
                 {"id", events.value(0).toString()},
                 {"incidentId", events.value(1).toString()},
                 {"type", events.value(3).toString()},
                 {"time", events.value(2).toString()},
                 {"author", events.value(4).toString()},
                 {"text", events.value(5).toString()},
                 {"payload", Json::parse(events.value(8).toString().toStdString())},
                 {"pinned", events.value(6).toInt() != 0},
                 {"correctsId",
                  events.value(7).isNull() ? Json() : Json(events.value(7).toString())}});
            if (++done % 1000 == 0) {
                report(progress, done, total);
                if (cancelled(progress)) {
                    *error = QCoreApplication::translate("WorkspaceBundle", "cancelled");
                    sql::rollback(db);
                    return false;
                }
            }
        }
        bundle["timeline"] = std::move(timeline);
        for (const char *table : kDocumentTables) {
            Json documents;
            if (!readDocuments(db, QString::fromLatin1(table), documents, done, total, progress,
                               error)) {
                sql::rollback(db);
                return false;
            }
            bundle[table] = std::move(documents);
        }
    } catch (const std::exception &ex) {
        *error = QCoreApplication::translate(
                     "WorkspaceBundle", "the workspace holds a document that cannot be read: %1")
                     .arg(QString::fromUtf8(ex.what()));
        sql::rollback(db);
        return false;
    }
    sql::rollback(db); // read-only: nothing to keep

    QSaveFile file(bundlePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("WorkspaceBundle", "cannot write %1: %2")
                     .arg(bundlePath, file.errorString());
        return false;
    }
    const std::string text = bundle.dump(1, '\t') + "\n";
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        *error = QCoreApplication::translate("WorkspaceBundle", "cannot write %1: %2")
                     .arg(bundlePath, file.errorString());
        return false;
    }
    report(progress, total, total);
    return true;
}

bool WorkspaceBundle::importFrom(const QString &bundlePath, const QString &workspacePath,
                                 QString *error, const BundleProgress &progress)
{
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("WorkspaceBundle", "cannot read %1: %2")
                     .arg(bundlePath, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const Json bundle =
        Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (bundle.is_discarded() || !bundle.is_object()) {
        *error = QCoreApplication::translate(
                     "WorkspaceBundle", "%1 is not a workspace bundle: it is not a JSON object")
                     .arg(bundlePath);
        return false;
    }
    if (!bundle.contains("format") || bundle.at("format") != Format) {
        *error = QCoreApplication::translate(
                     "WorkspaceBundle", "%1 is not a workspace bundle: \"format\" is not \"%2\"")
                     .arg(bundlePath, QString::fromLatin1(Format));
        return false;
    }

    // Open (or create) the workspace through the store, so it is migrated; then write on a
    // connection of our own.
    {
        auto store = WorkspaceStore::open(workspacePath, error);
        if (!store) {
            return false;
        }
    }
    ScopedConnection connection(workspacePath, false);
    QSqlDatabase &db = connection.db();
    if (!db.isOpen()) {
        *error = connection.error();
        return false;
    }

    QList<Incident> incidents;
    QList<TimelineEvent> timeline;
    QList<Runbook> runbooks;
    QList<PostMortem> postMortems;
    QList<PostMortemTemplate> templates;
    QList<Assessment> assessments;
    QList<Dashboard> dashboards;
    QList<Deployment> deployments;
    QList<BackendDefinition> backends;
    try {
        JsonReader(bundle, QString()).checkSchema(SchemaVersion);
        static const QStringList known{QStringLiteral("format"),
                                       QStringLiteral("schema"),
                                       QStringLiteral("incidents"),
                                       QStringLiteral("timeline"),
                                       QStringLiteral("runbooks"),
                                       QStringLiteral("postmortems"),
                                       QStringLiteral("postmortem_templates"),
                                       QStringLiteral("assessments"),
                                       QStringLiteral("dashboards"),
                                       QStringLiteral("deployments"),
                                       QStringLiteral("backends")};
        for (auto it = bundle.begin(); it != bundle.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!known.contains(key)) {
                throw ModelError(key, QCoreApplication::translate(
                                          "ModelError", "unknown field (a bundle holds %1)")
                                          .arg(known.join(QStringLiteral(", "))));
            }
        }
        incidents = readAll<Incident>(bundle, "incidents");
        timeline = readAll<TimelineEvent>(bundle, "timeline");
        runbooks = readAll<Runbook>(bundle, "runbooks");
        postMortems = readAll<PostMortem>(bundle, "postmortems");
        templates = readAll<PostMortemTemplate>(bundle, "postmortem_templates");
        assessments = readAll<Assessment>(bundle, "assessments");
        dashboards = readAll<Dashboard>(bundle, "dashboards");
        deployments = readAll<Deployment>(bundle, "deployments");
        backends = readAll<BackendDefinition>(bundle, "backends");
    } catch (const ModelError &problem) {
        *error = QCoreApplication::translate("WorkspaceBundle", "%1 was not imported: %2")
                     .arg(bundlePath, problem.text());
        return false;
    }

    // Checked against the workspace under the write lock: nobody can take an id or a key
    // between the check and the write.
    if (!sql::beginWrite(db, error)) {
        return false;
    }
    try {
        const QSet<QString> existingIncidents = existingIds(db, QStringLiteral("incidents"));
        checkNew(incidents, existingIncidents, "incidents");
        checkNew(timeline, existingIds(db, QStringLiteral("timeline_events")), "timeline");
        checkNew(runbooks, existingIds(db, QStringLiteral("runbooks")), "runbooks");
        checkNew(postMortems, existingIds(db, QStringLiteral("postmortems")), "postmortems");
        checkNew(templates, existingIds(db, QStringLiteral("postmortem_templates")),
                 "postmortem_templates");
        checkNew(assessments, existingIds(db, QStringLiteral("assessments")), "assessments");
        checkNew(dashboards, existingIds(db, QStringLiteral("dashboards")), "dashboards");
        checkNew(deployments, existingIds(db, QStringLiteral("deployments")), "deployments");
        checkNew(backends, existingIds(db, QStringLiteral("backends")), "backends");

        QSet<QString> knownIncidents = existingIncidents;
        QSet<QString> keys;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT incident_key FROM incidents"))) {
                while (query.next()) {
                    keys.insert(query.value(0).toString());
                }
            }
        }
        const QSet<QString> existingKeys = keys;
        for (qsizetype i = 0; i < incidents.size(); ++i) {
            knownIncidents.insert(incidents.at(i).id);
            if (keys.contains(incidents.at(i).key)) {
                throw ModelError(QStringLiteral("incidents[%1].key").arg(i),
                                 (existingKeys.contains(incidents.at(i).key)
                                      ? QCoreApplication::translate(
                                            "ModelError", "%1 is already in the workspace")
                                      : QCoreApplication::translate(
                                            "ModelError", "%1 appears twice in the bundle"))
                                     .arg(incidents.at(i).key));
            }
            keys.insert(incidents.at(i).key);
        }
        QSet<QString> knownEvents = existingIds(db, QStringLiteral("timeline_events"));
        for (const TimelineEvent &event : std::as_const(timeline)) {
            knownEvents.insert(event.id);
        }
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            const QString &corrects = timeline.at(i).correctsId;
            if (!corrects.isEmpty() && !knownEvents.contains(corrects)) {
                throw ModelError(QStringLiteral("timeline[%1].correctsId").arg(i),
                                 QCoreApplication::translate(
                                     "ModelError", "no event %1 in the bundle or the workspace")
                                     .arg(corrects));
            }
        }
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            if (!knownIncidents.contains(timeline.at(i).incidentId)) {
                throw ModelError(QStringLiteral("timeline[%1].incidentId").arg(i),
                                 QCoreApplication::translate(
                                     "ModelError", "no incident %1 in the bundle or the workspace")
                                     .arg(timeline.at(i).incidentId));
            }
        }
        for (qsizetype i = 0; i < postMortems.size(); ++i) {
            const QString &incident = postMortems.at(i).incidentId;
            if (!incident.isEmpty() && !knownIncidents.contains(incident)) {
                throw ModelError(QStringLiteral("postmortems[%1].incidentId").arg(i),
                                 QCoreApplication::translate(
                                     "ModelError", "no incident %1 in the bundle or the workspace")
                                     .arg(incident));
            }
        }
    } catch (const ModelError &problem) {
        sql::rollback(db);
        *error = QCoreApplication::translate("WorkspaceBundle", "%1 was not imported: %2")
                     .arg(bundlePath, problem.text());
        return false;
    }

    const qint64 total = incidents.size() + timeline.size() + runbooks.size() + postMortems.size() +
                         templates.size() + assessments.size() + dashboards.size() +
                         deployments.size() + backends.size();
    QList<PendingChange> changes;
    bool ok = true;
    for (const Incident &incident : std::as_const(incidents)) {
        ok = ok && IncidentRepository::upsert(db, incident, error);
        changes.append({Aggregate::Incident, incident.id, ChangeKind::Created});
    }
    report(progress, incidents.size(), total);
    constexpr qsizetype kChunk = 5000;
    for (qsizetype start = 0; ok && start < timeline.size(); start += kChunk) {
        const QList<TimelineEvent> chunk = timeline.mid(start, kChunk);
        ok = TimelineRepository::insert(db, chunk, error);
        for (const TimelineEvent &event : chunk) {
            changes.append({Aggregate::Timeline, event.id, ChangeKind::Created, event.incidentId});
        }
        report(progress, incidents.size() + start + chunk.size(), total);
        if (cancelled(progress)) {
            *error =
                QCoreApplication::translate("WorkspaceBundle", "cancelled; nothing was imported");
            ok = false;
        }
    }
    ok = ok && writeDocuments(db, runbooks, changes, error) &&
         writeDocuments(db, postMortems, changes, error) &&
         writeDocuments(db, templates, changes, error) &&
         writeDocuments(db, assessments, changes, error) &&
         writeDocuments(db, dashboards, changes, error) &&
         writeDocuments(db, deployments, changes, error) &&
         writeDocuments(db, backends, changes, error) &&
         WorkspaceStore::appendChanges(db, changes, error);
    if (!ok || !sql::commit(db, error)) {
        sql::rollback(db);
        *error = QCoreApplication::translate("WorkspaceBundle", "%1 was not imported: %2")
                     .arg(bundlePath, *error);
        return false;
    }
    report(progress, total, total);
    return true;
}

} // namespace opsdeck
