#include "killedwrites.h"

#include "model/incident.h"
#include "postmortems/postmortemservice.h"
#include "store/incidentrepository.h"
#include "store/searchindex.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>

namespace opsdeck::test {

namespace {

// A line "committed KIND TOKEN": what the token means depends on the kind (see workspace_churn).
struct Commit {
    QString kind;
    QString token;
};

QString scalar(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        return QStringLiteral("(failed: %1)").arg(query.lastError().text());
    }
    return query.value(0).toString();
}

qint64 eventsOf(QSqlDatabase &db, const QString &incidentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE incident_id = ?"));
    query.addBindValue(incidentId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

bool eventExists(QSqlDatabase &db, const QString &eventId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM timeline_events WHERE id = ?"));
    query.addBindValue(eventId);
    return query.exec() && query.next();
}

// The reported commit is in the workspace; empty when it is.
QString checkCommit(WorkspaceStore &store, const Commit &commit)
{
    QSqlDatabase db = store.database();
    const QStringList parts = commit.token.split(QLatin1Char(':'));
    if (commit.kind == QLatin1String("note")) {
        return eventExists(db, commit.token)
                   ? QString()
                   : QStringLiteral("note %1 is missing").arg(commit.token);
    }
    if (commit.kind == QLatin1String("declare") || commit.kind == QLatin1String("status")) {
        const std::optional<Incident> incident = IncidentRepository(store).get(parts.value(0));
        if (!incident) {
            return QStringLiteral("incident %1 is missing").arg(parts.value(0));
        }
        if (commit.kind == QLatin1String("declare")) {
            return {};
        }
        const std::optional<Incident::Status> reported = Incident::statusFromName(parts.value(1));
        // The status reported, or the next one when its change was in flight.
        if (!reported || incident->status < *reported) {
            return QStringLiteral("incident %1 is %2 but %3 was committed")
                .arg(incident->key, Incident::statusName(incident->status), parts.value(1));
        }
        return {};
    }
    if (commit.kind == QLatin1String("save") || commit.kind == QLatin1String("autosave")) {
        PostMortemService service(store);
        QString error;
        const std::optional<PostMortem> document = service.find(parts.value(0), &error);
        if (!document) {
            return QStringLiteral("post-mortem %1 is missing: %2").arg(parts.value(0), error);
        }
        const int number = parts.value(1).toInt();
        if (commit.kind == QLatin1String("save")) {
            const bool kept = std::any_of(
                document->versions.cbegin(), document->versions.cend(),
                [number](const PostMortem::Version &version) { return version.number == number; });
            return kept ? QString() : QStringLiteral("version %1 is missing").arg(number);
        }
        // Autosave keeps the last working copy: the one reported, or the one in flight.
        const std::optional<RecoveredDraft> draft = service.recovered(document->id);
        const QString text = draft && !draft->document.sections.isEmpty()
                                 ? draft->document.sections.first().markdown
                                 : QString();
        const int saved = text.section(QLatin1Char(' '), 1, 1).toInt();
        return saved == number || saved == number + 1
                   ? QString()
                   : QStringLiteral("the working copy holds autosave %1, %2 was committed")
                         .arg(saved)
                         .arg(number);
    }
    if (commit.kind == QLatin1String("import")) {
        const qint64 stored = eventsOf(db, parts.value(0));
        return stored == parts.value(1).toLongLong()
                   ? QString()
                   : QStringLiteral("imported incident %1 has %2 of %3 events")
                         .arg(parts.value(0))
                         .arg(stored)
                         .arg(parts.value(1));
    }
    if (commit.kind == QLatin1String("index")) {
        // Read from the index itself, before it catches up: the run reported took in all 50.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM timeline_search WHERE timeline_search "
                                     "MATCH ?"));
        query.addBindValue(QStringLiteral("\"%1\"").arg(commit.token)); // the word, not a prefix
        const qint64 found = query.exec() && query.next() ? query.value(0).toLongLong() : -1;
        return found == 50 ? QString()
                           : QStringLiteral("the index holds %1 of the 50 notes of %2")
                                 .arg(found)
                                 .arg(commit.token);
    }
    return QStringLiteral("unknown commit kind %1").arg(commit.kind);
}

// Every import is whole or absent: an imported incident (keys INC-2099-…) has all its events.
QString checkImportsWhole(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM incidents WHERE incident_key LIKE "
                                   "'INC-2099-%'"))) {
        return query.lastError().text();
    }
    while (query.next()) {
        const qint64 events = eventsOf(db, query.value(0).toString());
        if (events != 40) {
            return QStringLiteral("an imported incident has %1 of 40 events").arg(events);
        }
    }
    return {};
}

QString checkWorkspace(const QString &workspace, const QList<Commit> &commits)
{
    QString error;
    auto store = WorkspaceStore::open(workspace, &error);
    if (!store) {
        return QStringLiteral("the workspace does not open: %1").arg(error);
    }
    QSqlDatabase db = store->database();
    const QString integrity = scalar(db, QStringLiteral("PRAGMA integrity_check"));
    if (integrity != QLatin1String("ok")) {
        return QStringLiteral("integrity_check: %1").arg(integrity);
    }
    // A status change, an autosave or an index run overwrites the previous one of its incident
    // or post-mortem: the last reported is what must be there. Notes, saves (versions) and
    // imports add up: each must be there.
    QList<Commit> toCheck;
    QSet<QString> checked; // kind and subject of the overwriting writes already taken
    for (qsizetype i = commits.size() - 1; i >= 0; --i) { // the latest first
        const Commit &commit = commits.at(i);
        const bool overwrites = commit.kind == QLatin1String("status") ||
                                commit.kind == QLatin1String("autosave") ||
                                commit.kind == QLatin1String("index");
        const QString subject = commit.kind == QLatin1String("index")
                                    ? QString()
                                    : commit.token.section(QLatin1Char(':'), 0, 0);
        if (overwrites && checked.contains(commit.kind + subject)) {
            continue;
        }
        checked.insert(commit.kind + subject);
        toCheck.append(commit);
    }
    for (const Commit &commit : toCheck) {
        QString problem = checkCommit(*store, commit);
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    if (QString problem = checkImportsWhole(db); !problem.isEmpty()) {
        return problem;
    }
    // The index picks up where the killed process stopped, and each FTS5 table is sound.
    if (SearchIndex::catchUp(db, &error) < 0) {
        return QStringLiteral("the search index does not catch up: %1").arg(error);
    }
    const QString indexed = scalar(db, QStringLiteral("SELECT COUNT(*) FROM timeline_search"));
    const QString events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM timeline_events"));
    if (indexed != events) {
        return QStringLiteral("the index holds %1 events of %2").arg(indexed, events);
    }
    for (const char *table : {"incidents_search", "timeline_search", "postmortems_search"}) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1String(table)))) {
            return QStringLiteral("%1: %2").arg(QLatin1String(table), check.lastError().text());
        }
    }
    return {};
}

} // namespace

QStringList writeKindNames()
{
    return {QStringLiteral("note"),     QStringLiteral("status"), QStringLiteral("save"),
            QStringLiteral("autosave"), QStringLiteral("import"), QStringLiteral("index")};
}

QString writeKindName(WriteKind kind)
{
    return writeKindNames().at(int(kind));
}

std::optional<WriteKind> writeKindFromName(const QString &name)
{
    const qsizetype index = writeKindNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<WriteKind>(WriteKind(index));
}

KilledWrite killDuringWrites(const QString &churn, const QString &workspace, WriteKind kind,
                             int delayMs)
{
    KilledWrite result;
    QProcess writer;
    writer.start(churn, {workspace, writeKindName(kind)});
    if (!writer.waitForStarted(10000)) {
        result.problem = QStringLiteral("%1 does not start: %2").arg(churn, writer.errorString());
        return result;
    }
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    // Until the first commit, then `delayMs` more.
    qint64 killAt = -1;
    while (killAt < 0 || clock.elapsed() < killAt) {
        const qint64 left = killAt < 0 ? 30000 - clock.elapsed() : killAt - clock.elapsed();
        if (left <= 0 || writer.state() == QProcess::NotRunning) {
            break;
        }
        writer.waitForReadyRead(int(std::min<qint64>(left, 50)));
        output += writer.readAllStandardOutput();
        if (killAt < 0 && output.contains("committed ")) {
            killAt = clock.elapsed() + delayMs;
        }
    }
    if (writer.state() == QProcess::NotRunning || killAt < 0) {
        result.problem = QStringLiteral("the writer stopped before it was killed: %1")
                             .arg(QString::fromLocal8Bit(writer.readAllStandardError()));
        return result;
    }
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished(10000);
    output += writer.readAllStandardOutput();

    QList<Commit> commits;
    bool open = false;
    for (const QByteArray &line : output.split('\n')) {
        if (line == "begin") {
            open = true;
        } else if (line.startsWith("committed ")) {
            const QList<QByteArray> fields = line.split(' ');
            commits.append(
                {QString::fromLatin1(fields.value(1)), QString::fromLatin1(fields.value(2))});
            open = false;
        }
    }
    result.committed = int(commits.size());
    result.insideWrite = open;
    QElapsedTimer checking;
    checking.start();
    result.problem = checkWorkspace(workspace, commits);
    result.checkMs = checking.elapsed();
    return result;
}

} // namespace opsdeck::test
