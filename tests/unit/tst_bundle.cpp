#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/postmortem.h"
#include "model/runbook.h"
#include "postmortems/postmortemtemplate.h"
#include "store/documentrepository.h"
#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacebundle.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class BundleTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_bundle;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static qint64 incidentCount(const QString &workspace)
    {
        QString error;
        auto store = WorkspaceStore::open(workspace, &error);
        return store ? IncidentRepository(*store).list().size() : -1;
    }

    // A bundle with one field changed, e.g. {"incidents", 1, "severity"} -> "SEV9".
    QString bundleWith(const std::function<void(Json &)> &change, const QString &name)
    {
        Json bundle = Json::parse(read(m_bundle).toStdString());
        change(bundle);
        QString file = path(name);
        write(file, QByteArray::fromStdString(bundle.dump()));
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = path(QStringLiteral("source.opsdeck"));
        m_bundle = path(QStringLiteral("source.json"));
        QString error;
        auto store = WorkspaceStore::open(m_source, &error);
        QVERIFY2(store, qPrintable(error));
        IncidentRepository incidents(*store);
        TimelineRepository timeline(*store);
        for (int i = 0; i < 3; ++i) {
            Incident incident;
            incident.title = QStringLiteral("Incident %1 — «ünïcode» <b>").arg(i);
            incident.severity = Incident::Severity(i);
            incident.gameDay = i == 2;
            incident.services = {QStringLiteral("checkout")};
            incident.roles.insert(QStringLiteral("scribe"), QStringLiteral("Lee"));
            QVERIFY2(incidents.create(incident, &error), qPrintable(error));
            QList<TimelineEvent> events;
            for (int e = 0; e < 5; ++e) {
                TimelineEvent event;
                event.incidentId = incident.id;
                event.type = TimelineEvent::Type::Note;
                event.text = QStringLiteral("note %1").arg(e);
                event.author = QStringLiteral("Dana");
                event.pinned = e == 1;
                event.payload = {{"n", e}, {"nested", {{"ok", true}}}};
                events.append(event);
            }
            QVERIFY(timeline.appendBatch(events, &error));
            TimelineEvent correction;
            correction.incidentId = incident.id;
            correction.text = QStringLiteral("note 0 was wrong");
            correction.correctsId = events.first().id;
            QVERIFY(timeline.append(correction, &error));
        }
        Runbook runbook;
        runbook.title = QStringLiteral("Disk full");
        runbook.steps = {{QStringLiteral("Check"), QStringLiteral("df -h")}};
        QVERIFY(RunbookRepository(*store).save(runbook, &error));
        PostMortem postMortem;
        postMortem.title = QStringLiteral("Checkout outage");
        postMortem.incidentId = incidents.list().first().id;
        postMortem.updatedAt = QDateTime::currentDateTimeUtc();
        postMortem.sections = {
            {QStringLiteral("summary"), QStringLiteral("Summary"), QStringLiteral("It broke.")}};
        QVERIFY(PostMortemRepository(*store).save(postMortem, &error));
        PostMortemTemplate ours = PostMortemTemplates::builtIn();
        ours.name = QStringLiteral("Payments template");
        ours.isDefault = true;
        QVERIFY(PostMortemTemplateRepository(*store).save(ours, &error));
        Assessment assessment;
        assessment.title = QStringLiteral("Q4");
        assessment.frameworkId = QStringLiteral("opsdeck");
        assessment.frameworkVersion = QStringLiteral("1");
        assessment.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(AssessmentRepository(*store).save(assessment, &error));
        Dashboard dashboard;
        dashboard.title = QStringLiteral("Checkout");
        DashboardPanel panel;
        panel.id = QStringLiteral("1");
        panel.title = QStringLiteral("Errors");
        panel.queries = {DashboardPanel::Query::promql(QStringLiteral("A"), QStringLiteral("up"))};
        dashboard.panels = {panel};
        QVERIFY(DashboardRepository(*store).save(dashboard, &error));
        Deployment deployment;
        deployment.service = QStringLiteral("checkout");
        deployment.deployedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(DeploymentRepository(*store).save(deployment, &error));
        BackendDefinition backend;
        backend.name = QStringLiteral("prod");
        backend.kind = opsdeck::BackendKind::Prometheus;
        backend.url = QStringLiteral("https://prometheus.example.org/");
        QVERIFY(BackendRepository(*store).save(backend, &error));

        QVERIFY2(WorkspaceBundle::exportTo(m_source, m_bundle, &error), qPrintable(error));
    }

    void exportImportExportIsLossless()
    {
        QString error;
        const QString copy = path(QStringLiteral("copy.opsdeck"));
        const QString again = path(QStringLiteral("again.json"));
        QVERIFY2(WorkspaceBundle::importFrom(m_bundle, copy, &error), qPrintable(error));
        QVERIFY2(WorkspaceBundle::exportTo(copy, again, &error), qPrintable(error));
        const QByteArray first = read(m_bundle);
        QVERIFY(first.size() > 1000);
        QCOMPARE(read(again), first);
        QCOMPARE(incidentCount(copy), 3);
        QVERIFY(first.contains("Payments template")); // the team's templates travel too
    }

    void progressIsReportedAndExportCanBeCancelled()
    {
        QString error;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        BundleProgress progress;
        progress.report = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        };
        QVERIFY(
            WorkspaceBundle::exportTo(m_source, path(QStringLiteral("p.json")), &error, progress));
        QCOMPARE(lastTotal, qint64(3 + 18 + 7)); // incidents, events, documents
        QCOMPARE(lastDone, lastTotal);

        std::atomic<bool> cancel{true};
        progress.cancel = &cancel;
        progress.report = {};
        const QString cancelled = path(QStringLiteral("cancelled.json"));
        QVERIFY(!WorkspaceBundle::exportTo(m_source, cancelled, &error, progress));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(!QFile::exists(cancelled));
    }

    void aBadFieldRejectsTheWholeBundle_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("severity") << "severity"
                                  << "incidents[1].severity: expected one of SEV1";
        QTest::newRow("event time") << "time"
                                    << "timeline[7].time: expected an ISO 8601 time";
        QTest::newRow("dangling event") << "dangling"
                                        << "timeline[0].incidentId: no incident";
        QTest::newRow("ticket url") << "ticket"
                                    << "postmortems[0].actionItems[0].ticketUrl";
        QTest::newRow("newer bundle") << "schema"
                                      << "schema: schema version 7 is newer";
        QTest::newRow("misspelled array") << "unknown"
                                          << "incident: unknown field";
        QTest::newRow("time without zone")
            << "zone"
            << "incidents[0].declaredAt: expected an ISO 8601 time with a zone";
        QTest::newRow("dangling correction") << "corrects"
                                             << "timeline[2].correctsId: no event";
        QTest::newRow("bad key") << "key"
                                 << "incidents[2].key: expected a key";
    }

    void aBadFieldRejectsTheWholeBundle()
    {
        QFETCH(QString, what);
        QFETCH(QString, mentions);
        const QString bad = bundleWith(
            [&what](Json &bundle) {
                if (what == QLatin1String("severity")) {
                    bundle["incidents"][1]["severity"] = "SEV9";
                } else if (what == QLatin1String("time")) {
                    bundle["timeline"][7]["time"] = "half past ten";
                } else if (what == QLatin1String("dangling")) {
                    bundle["timeline"][0]["incidentId"] = newId().toStdString();
                } else if (what == QLatin1String("ticket")) {
                    bundle["postmortems"][0]["actionItems"] =
                        Json::array({{{"id", newId().toStdString()},
                                      {"description", "x"},
                                      {"priority", "P2"},
                                      {"status", "open"},
                                      {"ticketUrl", "javascript:alert(1)"}}});
                } else if (what == QLatin1String("unknown")) {
                    bundle["incident"] = Json::array();
                } else if (what == QLatin1String("zone")) {
                    bundle["incidents"][0]["declaredAt"] = "2026-11-21T10:00:00.000";
                } else if (what == QLatin1String("corrects")) {
                    bundle["timeline"][2]["correctsId"] = newId().toStdString();
                } else if (what == QLatin1String("key")) {
                    bundle["incidents"][2]["key"] = " ";
                } else {
                    bundle["schema"] = 7;
                }
            },
            what + QStringLiteral(".json"));
        const QString target = path(what + QStringLiteral(".opsdeck"));
        QString error;
        QVERIFY(!WorkspaceBundle::importFrom(bad, target, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(incidentCount(target), 0); // nothing half-imported
    }

    void importingTwiceIsRefusedAndChangesNothing()
    {
        QString error;
        const QString target = path(QStringLiteral("twice.opsdeck"));
        QVERIFY2(WorkspaceBundle::importFrom(m_bundle, target, &error), qPrintable(error));
        QVERIFY(!WorkspaceBundle::importFrom(m_bundle, target, &error));
        QVERIFY2(error.contains(QStringLiteral("already in the workspace")), qPrintable(error));
        QCOMPARE(incidentCount(target), 3);
    }

    void aKeyAlreadyInTheWorkspaceIsNamed()
    {
        QString error;
        const QString target = path(QStringLiteral("keys.opsdeck"));
        QVERIFY2(WorkspaceBundle::importFrom(m_bundle, target, &error), qPrintable(error));
        const QString again = bundleWith(
            [](Json &bundle) {
                Json incident = bundle["incidents"][0];
                incident["id"] = newId().toStdString();
                bundle = Json{{"format", "opsdeck-workspace-bundle"},
                              {"schema", 1},
                              {"incidents", Json::array({incident})}};
            },
            QStringLiteral("samekey.json"));
        QVERIFY(!WorkspaceBundle::importFrom(again, target, &error));
        QVERIFY2(error.contains(QStringLiteral("incidents[0].key")) &&
                     error.contains(QStringLiteral("already in the workspace")),
                 qPrintable(error));
        QCOMPARE(incidentCount(target), 3);
    }

    void aFileThatIsNotABundleIsExplained()
    {
        const QString text = path(QStringLiteral("notes.txt"));
        write(text, "- [ ] restart the database\n");
        QString error;
        QVERIFY(!WorkspaceBundle::importFrom(text, path(QStringLiteral("n.opsdeck")), &error));
        QVERIFY2(error.contains(QStringLiteral("not a workspace bundle")), qPrintable(error));
        write(text, "{\"format\": \"something-else\"}");
        QVERIFY(!WorkspaceBundle::importFrom(text, path(QStringLiteral("n.opsdeck")), &error));
        QVERIFY2(error.contains(QStringLiteral("opsdeck-workspace-bundle")), qPrintable(error));
    }
};

OPSDECK_TEST_GUILESS_MAIN(BundleTest)
#include "tst_bundle.moc"
