// The process the kill suite kills: writes one kind of change into a workspace over and over
// until it is killed, through the same services the console and the command line use.
//
//   workspace_churn WORKSPACE KIND      KIND: note status save autosave import index
//
// Before each write it prints "begin", after its commit "committed KIND TOKEN" (flushed), so
// the killer knows which writes had committed and whether the kill landed inside one:
//   note      TOKEN = the event's id
//   declare   TOKEN = the incident's id (status: a new incident after each one closes)
//   status    TOKEN = INCIDENT_ID:STATUS
//   save      TOKEN = POSTMORTEM_ID:VERSION
//   autosave  TOKEN = POSTMORTEM_ID:N, the working copy's first section reads "autosave N …"
//   import    TOKEN = INCIDENT_ID:EVENTS, a bundle of one incident (key INC-2099-…) and 40 events
//   index     TOKEN = a word of the notes the index run took in
#include "incidents/incidentservice.h"
#include "killedwrites.h"
#include "model/incident.h"
#include "postmortems/postmortemservice.h"
#include "store/searchindex.h"
#include "store/timelinerepository.h"
#include "store/workspacebundle.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace opsdeck;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error));
    std::exit(1);
}

// Long enough that a write takes a while and a kill often lands inside it.
QString filler(int round)
{
    return QStringLiteral("Round %1 of the churn. ").arg(round).repeated(200);
}

QString declare(IncidentService &incidents)
{
    Incident incident;
    incident.title = QStringLiteral("Churn incident");
    QString error;
    say(QStringLiteral("begin"));
    if (!incidents.declare(incident, {}, QStringLiteral("churn"), &error)) {
        fail(QStringLiteral("declare"), error);
    }
    say(QStringLiteral("committed declare %1").arg(incident.id));
    return incident.id;
}

[[noreturn]] void notes(IncidentService &incidents)
{
    const QString incidentId = declare(incidents);
    for (int round = 0;; ++round) {
        QString error;
        say(QStringLiteral("begin"));
        const auto note = incidents.addNote(incidentId, QStringLiteral("note %1 churn").arg(round),
                                            QStringLiteral("churn"), &error);
        if (!note) {
            fail(QStringLiteral("note"), error);
        }
        say(QStringLiteral("committed note %1").arg(note->id));
    }
}

[[noreturn]] void statuses(IncidentService &incidents)
{
    for (;;) {
        const QString incidentId = declare(incidents);
        for (Incident::Status next :
             {Incident::Status::Investigating, Incident::Status::Identified,
              Incident::Status::Mitigated, Incident::Status::Resolved, Incident::Status::Closed}) {
            QString error;
            say(QStringLiteral("begin"));
            if (!incidents.changeStatus(incidentId, next, false, QStringLiteral("churn"), &error)) {
                fail(QStringLiteral("status"), error);
            }
            say(QStringLiteral("committed status %1:%2")
                    .arg(incidentId, Incident::statusName(next)));
        }
    }
}

PostMortem blankPostMortem(PostMortemService &postMortems)
{
    QString error;
    say(QStringLiteral("begin"));
    const auto created = postMortems.createBlank(QStringLiteral("Churn post-mortem"),
                                                 QStringLiteral("churn"), &error);
    if (!created || created->sections.isEmpty()) {
        fail(QStringLiteral("post-mortem"),
             error.isEmpty() ? QStringLiteral("no sections") : error);
    }
    say(QStringLiteral("committed save %1:%2")
            .arg(created->id)
            .arg(created->versions.last().number));
    return *created;
}

[[noreturn]] void saves(PostMortemService &postMortems)
{
    PostMortem document = blankPostMortem(postMortems);
    for (int round = 1;; ++round) {
        document.sections.first().markdown = QStringLiteral("save %1 ").arg(round) + filler(round);
        QString error;
        say(QStringLiteral("begin"));
        const auto saved = postMortems.save(document, QStringLiteral("churn"), &error);
        if (!saved) {
            fail(QStringLiteral("save"), error);
        }
        document = *saved;
        say(QStringLiteral("committed save %1:%2")
                .arg(document.id)
                .arg(document.versions.last().number));
    }
}

[[noreturn]] void autosaves(PostMortemService &postMortems)
{
    PostMortem document = blankPostMortem(postMortems);
    for (int round = 1;; ++round) {
        document.sections.first().markdown =
            QStringLiteral("autosave %1 ").arg(round) + filler(round);
        QString error;
        say(QStringLiteral("begin"));
        if (!postMortems.autosave(document, QStringLiteral("churn"), &error)) {
            fail(QStringLiteral("autosave"), error);
        }
        say(QStringLiteral("committed autosave %1:%2").arg(document.id).arg(round));
    }
}

[[noreturn]] void imports(const QString &workspace)
{
    const QString bundlePath = workspace + QStringLiteral(".bundle.json");
    for (int round = 1;; ++round) {
        Incident incident;
        incident.id = newId();
        incident.key = Incident::makeKey(2099, round);
        incident.title = QStringLiteral("Imported churn incident %1").arg(round);
        incident.declaredAt = QDateTime::currentDateTimeUtc();
        Json timeline = Json::array();
        for (int i = 0; i < 40; ++i) {
            TimelineEvent event;
            event.id = newId();
            event.incidentId = incident.id;
            event.time = incident.declaredAt.addMSecs(i);
            event.author = QStringLiteral("churn");
            event.text = QStringLiteral("imported note %1 ").arg(i) + filler(round).left(400);
            timeline.push_back(event.toJson());
        }
        const Json bundle = {{"format", WorkspaceBundle::Format},
                             {"schema", WorkspaceBundle::SchemaVersion},
                             {"incidents", Json::array({incident.toJson()})},
                             {"timeline", timeline}};
        QFile file(bundlePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(bundlePath, file.errorString());
        }
        file.write(QByteArray::fromStdString(bundle.dump()));
        file.close();
        QString error;
        say(QStringLiteral("begin"));
        if (!WorkspaceBundle::importFrom(bundlePath, workspace, &error)) {
            fail(QStringLiteral("import"), error);
        }
        say(QStringLiteral("committed import %1:40").arg(incident.id));
    }
}

[[noreturn]] void indexRuns(WorkspaceStore &store, IncidentService &incidents)
{
    const QString incidentId = declare(incidents);
    TimelineRepository timeline(store);
    for (int round = 0;; ++round) {
        const QString word = QStringLiteral("churnword%1").arg(round);
        QList<TimelineEvent> events;
        for (int i = 0; i < 50; ++i) {
            TimelineEvent event;
            event.id = newId();
            event.incidentId = incidentId;
            event.author = QStringLiteral("churn");
            event.text = QStringLiteral("%1 note %2 of the index churn").arg(word).arg(i);
            events.append(event);
        }
        QString error;
        if (!timeline.appendBatch(events, &error)) {
            fail(QStringLiteral("notes to index"), error);
        }
        QSqlDatabase db = store.database();
        say(QStringLiteral("begin"));
        if (SearchIndex::catchUp(db, &error, 20) < 0) {
            fail(QStringLiteral("index"), error);
        }
        say(QStringLiteral("committed index %1").arg(word));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::optional<test::WriteKind> kind = test::writeKindFromName(args.value(2));
    if (args.size() != 3 || !kind) {
        std::fprintf(stderr, "usage: workspace_churn WORKSPACE %s\n",
                     qPrintable(test::writeKindNames().join(QLatin1Char('|'))));
        return 2;
    }
    QString error;
    auto store = WorkspaceStore::open(args.at(1), &error);
    if (!store) {
        fail(args.at(1), error);
    }
    IncidentService incidents(*store);
    PostMortemService postMortems(*store);
    switch (*kind) {
    case test::WriteKind::Note:
        notes(incidents);
    case test::WriteKind::Status:
        statuses(incidents);
    case test::WriteKind::Save:
        saves(postMortems);
    case test::WriteKind::Autosave:
        autosaves(postMortems);
    case test::WriteKind::Import:
        imports(args.at(1));
    case test::WriteKind::Index:
        indexRuns(*store, incidents);
    }
    return 2;
}
