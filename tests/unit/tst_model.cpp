#include "model/alert.h"
#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/incident.h"
#include "model/postmortem.h"
#include "model/runbook.h"
#include "model/silence.h"
#include "model/timelineevent.h"
#include "testhome.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace opsdeck;

namespace {

QDateTime at(const char *iso)
{
    return *fromIsoUtc(QString::fromLatin1(iso));
}

Incident sampleIncident()
{
    Incident incident;
    incident.id = newId();
    incident.key = Incident::makeKey(2026, 42);
    incident.title = QStringLiteral("Checkout fails for 8% of customers");
    incident.severity = Incident::Severity::Sev2;
    incident.commander = QStringLiteral("Dana");
    incident.roles.insert(QStringLiteral("scribe"), QStringLiteral("Lee"));
    incident.services = {QStringLiteral("checkout")};
    incident.tags = {QStringLiteral("payments")};
    incident.alertFingerprints = {QStringLiteral("3f9a0c21b7d4e811")};
    incident.declaredAt = at("2026-11-21T10:00:00.250Z");
    incident.impactStartedAt = at("2026-11-21T09:52:10.000Z");
    incident.statusTimes.insert(QStringLiteral("triage"), incident.declaredAt);
    return incident;
}

// toJson -> fromJson -> toJson gives the same document.
template <typename T>
void checkRoundTrip(const T &value)
{
    const Json first = value.toJson();
    const Json second = T::fromJson(first, QStringLiteral("doc")).toJson();
    QCOMPARE(QString::fromStdString(second.dump()), QString::fromStdString(first.dump()));
}

} // namespace

class ModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timesKeepMillisecondsInUtc()
    {
        const QDateTime local = QDateTime(QDate(2026, 11, 21), QTime(11, 0, 0, 7), QTimeZone(3600));
        QCOMPARE(toIsoUtc(local), QStringLiteral("2026-11-21T10:00:00.007Z"));
        QCOMPARE(fromIsoUtc(QStringLiteral("2026-11-21T10:00:00.007Z"))->toMSecsSinceEpoch(),
                 local.toMSecsSinceEpoch());
        QVERIFY(!fromIsoUtc(QStringLiteral("yesterday")).has_value());
        // Alertmanager writes nanoseconds; offsets are converted; a time without a zone is refused.
        QCOMPARE(toIsoUtc(*fromIsoUtc(QStringLiteral("2026-11-21T10:00:00.123456789Z"))),
                 QStringLiteral("2026-11-21T10:00:00.123Z"));
        QCOMPARE(toIsoUtc(*fromIsoUtc(QStringLiteral("2026-11-21T10:00:00Z"))),
                 QStringLiteral("2026-11-21T10:00:00.000Z"));
        QCOMPARE(toIsoUtc(*fromIsoUtc(QStringLiteral("2026-11-21T11:00:00.5+01:00"))),
                 QStringLiteral("2026-11-21T10:00:00.500Z"));
        QVERIFY(!fromIsoUtc(QStringLiteral("2026-11-21T10:00:00")).has_value());
        QVERIFY(!fromIsoUtc(QStringLiteral("2026-13-21T10:00:00Z")).has_value());
        QVERIFY(!fromIsoUtc(QStringLiteral("2026-11-21T10:00:00.Z")).has_value());
        // Every field zero-padded; years beyond four digits are written whole.
        QCOMPARE(toIsoUtc(QDateTime(QDate(999, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc())),
                 QStringLiteral("0999-01-02T03:04:05.006Z"));
        QCOMPARE(
            toIsoUtc(QDateTime(QDate(12026, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc())),
            QStringLiteral("12026-12-31T23:59:59.999Z"));
    }

    void newIdsAreTimeOrderedUuids()
    {
        QStringList ids;
        for (int i = 0; i < 5000; ++i) {
            ids.append(newId());
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, ids); // made one after another, they sort one after another
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        const QUuid uuid = QUuid::fromString(ids.first());
        QVERIFY(!uuid.isNull());
        QCOMPARE(ids.first().at(14), QLatin1Char('7')); // the version digit (Qt 6.4 knows up to 5)
        QCOMPARE(uuid.variant(), QUuid::DCE);
    }

    void everyDocumentRoundTrips()
    {
        checkRoundTrip(sampleIncident());

        TimelineEvent event;
        event.id = newId();
        event.incidentId = newId();
        event.type = TimelineEvent::Type::CommandRun;
        event.time = at("2026-11-21T10:03:04.567Z");
        event.author = QStringLiteral("Dana");
        event.text = QStringLiteral("kubectl rollout undo deploy/checkout");
        event.payload = {{"exitCode", 0}, {"durationMs", 2310}};
        event.correctsId = newId();
        checkRoundTrip(event);

        Alert alert;
        alert.fingerprint = QStringLiteral("3f9a0c21b7d4e811");
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("CheckoutErrorRateHigh")}};
        alert.annotations = {{QStringLiteral("summary"), QStringLiteral("5%")}};
        alert.state = Alert::State::Suppressed;
        alert.startsAt = at("2026-11-21T09:52:10.000Z");
        alert.silencedBy = {QStringLiteral("a1")};
        alert.sources = {QStringLiteral("am-1"), QStringLiteral("am-2")};
        checkRoundTrip(alert);

        Silence silence;
        silence.id = QStringLiteral("7d2c");
        silence.matchers = {{QStringLiteral("alertname"), QStringLiteral("Disk.*"), true, true}};
        silence.startsAt = at("2026-11-21T10:00:00.000Z");
        silence.endsAt = at("2026-11-21T11:00:00.000Z");
        silence.createdBy = QStringLiteral("Dana");
        checkRoundTrip(silence);

        Runbook runbook;
        runbook.id = newId();
        runbook.title = QStringLiteral("Disk filling up");
        runbook.lastReviewed = QDate(2026, 9, 1);
        runbook.steps = {{QStringLiteral("Find the biggest folders"),
                          QStringLiteral("du -xh / | sort -h | tail")}};
        checkRoundTrip(runbook);

        RunbookExecution execution;
        execution.id = newId();
        execution.incidentId = newId();
        execution.runbookId = runbook.id;
        execution.startedAt = at("2026-11-21T10:05:00.000Z");
        execution.steps = {{0,
                            RunbookExecution::StepState::Status::Done,
                            QStringLiteral("Dana"),
                            at("2026-11-21T10:06:00.000Z"),
                            {},
                            QStringLiteral("12G /var/log"),
                            0}};
        checkRoundTrip(execution);

        PostMortem postMortem;
        postMortem.id = newId();
        postMortem.title = QStringLiteral("Checkout outage");
        postMortem.sections = {{QStringLiteral("summary"), QStringLiteral("Summary"),
                                QStringLiteral("**What** happened")}};
        postMortem.actionItems = {{newId(), QStringLiteral("Alert on saturation"),
                                   QStringLiteral("Lee"), PostMortem::ActionItem::Priority::P2,
                                   QDate(2026, 12, 1),
                                   QStringLiteral("https://tracker.example.org/OPS-1"),
                                   PostMortem::ActionItem::Status::Open}};
        postMortem.updatedAt = at("2026-11-22T08:00:00.000Z");
        postMortem.versions = {{1, postMortem.updatedAt, QStringLiteral("Lee"),
                                PostMortem::Version::Reason::Restored, Json{{"sections", 1}}}};
        checkRoundTrip(postMortem);

        Assessment assessment;
        assessment.id = newId();
        assessment.title = QStringLiteral("Q4 review");
        assessment.frameworkId = QStringLiteral("opsdeck-operational-excellence");
        assessment.frameworkVersion = QStringLiteral("1");
        assessment.createdAt = at("2026-11-01T09:00:00.000Z");
        assessment.answers = {
            {QStringLiteral("prepare.runbooks"), 3, QStringLiteral("most services")}};
        assessment.milestones = {
            {QStringLiteral("baseline"), assessment.createdAt, assessment.answers}};
        checkRoundTrip(assessment);

        Deployment deployment;
        deployment.id = newId();
        deployment.service = QStringLiteral("checkout");
        deployment.committedAt = at("2026-11-20T16:00:00.000Z");
        deployment.deployedAt = at("2026-11-21T09:50:00.000Z");
        deployment.failed = true;
        checkRoundTrip(deployment);

        Dashboard dashboard;
        dashboard.id = newId();
        dashboard.title = QStringLiteral("Checkout");
        DashboardPanel panel;
        panel.id = QStringLiteral("1");
        panel.title = QStringLiteral("Errors");
        panel.queries = {DashboardPanel::Query::promql(
            QStringLiteral("A"), QStringLiteral("sum(rate(http_errors_total[5m]))"))};
        dashboard.panels = {panel};
        checkRoundTrip(dashboard);

        BackendDefinition backend;
        backend.id = newId();
        backend.name = QStringLiteral("prod");
        backend.kind = opsdeck::BackendKind::Alertmanager;
        backend.url = QStringLiteral("https://am.example.org/");
        backend.auth = BackendDefinition::Auth::Bearer;
        checkRoundTrip(backend);
    }

    void versionsWithoutAReasonCountAsSavesAndUnknownReasonsAreRefused()
    {
        PostMortem postMortem;
        postMortem.id = newId();
        postMortem.title = QStringLiteral("Older document");
        postMortem.updatedAt = at("2026-11-22T08:00:00.000Z");
        postMortem.versions = {{1, postMortem.updatedAt, QStringLiteral("Lee"),
                                PostMortem::Version::Reason::Imported, Json::object()}};
        Json json = postMortem.toJson();
        QVERIFY(json["versions"][0]["reason"] == "imported");
        json["versions"][0].erase("reason");
        QCOMPARE(PostMortem::fromJson(json).versions.first().reason,
                 PostMortem::Version::Reason::Saved);

        json["versions"][0]["reason"] = "autosaved";
        try {
            PostMortem::fromJson(json, QStringLiteral("postmortem"));
            QFAIL("accepted a version reason it does not know");
        } catch (const ModelError &error) {
            QCOMPARE(error.path(), QStringLiteral("postmortem.versions[0].reason"));
            QVERIFY2(error.message().contains(QStringLiteral("autosaved")),
                     qPrintable(error.text()));
        }
    }

    void lifecycleMovesForwardAndStampsEachStep()
    {
        Incident incident = sampleIncident();
        QCOMPARE(
            incident.transitionTo(Incident::Status::Investigating, at("2026-11-21T10:01:00.000Z")),
            std::nullopt);
        QCOMPARE(incident.transitionTo(Incident::Status::Mitigated, at("2026-11-21T10:20:00.000Z")),
                 std::nullopt);
        QCOMPARE(incident.transitionTo(Incident::Status::Resolved, at("2026-11-21T10:40:00.000Z")),
                 std::nullopt);
        QCOMPARE(incident.transitionTo(Incident::Status::Closed, at("2026-11-22T09:00:00.000Z")),
                 std::nullopt);
        QCOMPARE(incident.status, Incident::Status::Closed);
        QCOMPARE(incident.statusTimes.value(QStringLiteral("mitigated")),
                 at("2026-11-21T10:20:00.000Z"));
        QVERIFY(!incident.falseAlarm);
    }

    void outOfOrderStepsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<int>("next");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("reason");
        QTest::newRow("triage to closed")
            << int(Incident::Status::Closed) << "2026-11-21T11:00:00.000Z"
            << "false alarm";
        QTest::newRow("before the start")
            << int(Incident::Status::Resolved) << "2026-11-21T09:00:00.000Z"
            << "before the incident started";
        QTest::newRow("same status") << int(Incident::Status::Triage) << "2026-11-21T11:00:00.000Z"
                                     << "already triage";
    }

    void outOfOrderStepsAreRefusedWithTheReason()
    {
        QFETCH(int, next);
        QFETCH(QString, time);
        QFETCH(QString, reason);
        Incident incident = sampleIncident();
        const Json before = incident.toJson();
        const auto refused = incident.transitionTo(Incident::Status(next), *fromIsoUtc(time));
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(reason), qPrintable(*refused));
        QCOMPARE(QString::fromStdString(incident.toJson().dump()),
                 QString::fromStdString(before.dump()));
    }

    void aFalseAlarmClosesFromTriage()
    {
        Incident incident = sampleIncident();
        QCOMPARE(
            incident.transitionTo(Incident::Status::Closed, at("2026-11-21T10:05:00.000Z"), true),
            std::nullopt);
        QVERIFY(incident.falseAlarm);
        Incident closed = incident;
        QVERIFY(
            closed.transitionTo(Incident::Status::Investigating, at("2026-11-21T10:06:00.000Z"))
                ->contains(QStringLiteral("closed")));
    }

    void stepsCannotGoBackInTime()
    {
        Incident incident = sampleIncident();
        QCOMPARE(incident.transitionTo(Incident::Status::Mitigated, at("2026-11-21T10:30:00.000Z")),
                 std::nullopt);
        const auto refused =
            incident.transitionTo(Incident::Status::Resolved, at("2026-11-21T10:10:00.000Z"));
        QVERIFY(refused && refused->contains(QStringLiteral("mitigated")));
        // Reopening (resolved work turned out not to be) is a forward step in time.
        QCOMPARE(
            incident.transitionTo(Incident::Status::Investigating, at("2026-11-21T10:31:00.000Z")),
            std::nullopt);
    }

    void badDocumentsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("change"); // a JSON merge patch on a good incident
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("severity") << QByteArray("{\"severity\":\"SEV9\"}") << "incident.severity"
                                  << "SEV1";
        QTest::newRow("title type") << QByteArray("{\"title\":42}") << "incident.title"
                                    << "string";
        QTest::newRow("missing id") << QByteArray("{\"id\":null}") << "incident.id"
                                    << "missing";
        QTest::newRow("bad id") << QByteArray("{\"id\":\"nope\"}") << "incident.id"
                                << "UUID";
        QTest::newRow("time") << QByteArray("{\"declaredAt\":\"soon\"}") << "incident.declaredAt"
                              << "ISO 8601";
        QTest::newRow("tag") << QByteArray("{\"tags\":[\"a\",3]}") << "incident.tags[1]"
                             << "string";
        QTest::newRow("role") << QByteArray("{\"roles\":{\"captain\":\"x\"}}")
                              << "incident.roles.captain"
                              << "role";
        QTest::newRow("newer schema") << QByteArray("{\"schema\":99}") << "incident.schema"
                                      << "newer";
    }

    void badDocumentsNameTheField()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        Json document = sampleIncident().toJson();
        document.merge_patch(Json::parse(change.toStdString()));
        try {
            Incident::fromJson(document, QStringLiteral("incident"));
            QFAIL("accepted a bad document");
        } catch (const ModelError &error) {
            QCOMPARE(error.path(), path);
            QVERIFY2(error.message().contains(mentions), qPrintable(error.text()));
        }
    }

    void nestedListsNameTheElement()
    {
        Json document = Silence{}.toJson();
        document["startsAt"] = "2026-11-21T10:00:00.000Z";
        document["endsAt"] = "2026-11-21T11:00:00.000Z";
        document["matchers"] = Json::array({{{"name", "a"}, {"value", "b"}}, {{"name", "c"}}});
        try {
            Silence::fromJson(document, QStringLiteral("silences[2]"));
            QFAIL("accepted a matcher without value");
        } catch (const ModelError &error) {
            QCOMPARE(error.path(), QStringLiteral("silences[2].matchers[1].value"));
        }
    }

    // `opsdeck alerts --format json` writes alerts without a JSON tree: the text must be the
    // tree's to the byte, escapes, odd names and missing times included.
    void anAlertsJsonTextIsItsTreesDump()
    {
        Alert plain;
        plain.fingerprint = QStringLiteral("4f1c2a");
        plain.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                        {QStringLiteral("severity"), QStringLiteral("critical")}};
        plain.startsAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0, 0, 123), QTimeZone::utc());
        plain.sources = {QStringLiteral("am-1"), QStringLiteral("am-2")};

        Alert odd = plain;
        odd.state = Alert::State::Suppressed;
        odd.annotations = {
            {QStringLiteral("summary"),
             QStringLiteral("quote \" back\\slash\ttab\nline \u00e9t\u00e9 \U0001F525 ctl ") +
                 QChar(0x01) + QChar(0x1f) + QChar(0x7f)},
            {QStringLiteral("z"), QString()},
        };
        // Names whose UTF-16 order differs from their UTF-8 order, and a lone surrogate that
        // becomes U+FFFD like a real one.
        odd.labels.insert(QStringLiteral("\uff5e"), QStringLiteral("fullwidth tilde"));
        odd.labels.insert(QStringLiteral("\U0001F600"), QStringLiteral("emoji"));
        odd.labels.insert(QString(QChar(0xd800)), QStringLiteral("lone surrogate"));
        odd.labels.insert(QString(QChar(0xfffd)), QStringLiteral("replacement"));
        odd.endsAt = plain.startsAt.addSecs(3600);
        odd.updatedAt = plain.startsAt.addSecs(60);
        odd.generatorUrl = QStringLiteral("http://prometheus:9090/graph?g0.expr=up%3D%3D0");
        odd.silencedBy = {QStringLiteral("s-1")};
        odd.inhibitedBy = {QStringLiteral("i-1"), QStringLiteral("i-\"2\"")};

        for (const Alert &alert : {Alert{}, plain, odd}) {
            std::string text;
            alert.appendJsonText(text);
            QCOMPARE(QString::fromStdString(text), QString::fromStdString(alert.toJson().dump()));
        }
    }
};

OPSDECK_TEST_GUILESS_MAIN(ModelTest)
#include "tst_model.moc"
