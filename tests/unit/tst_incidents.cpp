#include "incidents/incidentcatalog.h"
#include "incidents/incidentdurations.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "incidents/timelineexport.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

Alert firingAlert(const QString &name, const QDateTime &startsAt)
{
    Alert alert;
    alert.fingerprint = name.toLower() + QStringLiteral("0001");
    alert.labels = {{QStringLiteral("alertname"), name},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
    alert.annotations = {{QStringLiteral("summary"), QStringLiteral("%1 is failing").arg(name)}};
    alert.startsAt = startsAt;
    alert.state = Alert::State::Active;
    return alert;
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute), Qt::UTC);
}

} // namespace

// The incident service, session, catalogue, durations and timeline export on a real workspace
// file.
class IncidentsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;

    Incident declare(const QString &title, const QList<Alert> &alerts = {},
                     const QHash<QString, QString> &backendNames = {})
    {
        Incident incident;
        incident.title = title;
        incident.severity = Incident::Severity::Sev2;
        QString error;
        if (!IncidentService(*m_store).declare(incident, alerts, QStringLiteral("alice"), &error,
                                               backendNames)) {
            qWarning("declare failed: %s", qPrintable(error));
        }
        return incident;
    }

    QList<TimelineEvent> eventsOf(const Incident &incident)
    {
        return TimelineRepository(*m_store).eventsOf(incident.id);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = WorkspaceStore::open(
            m_dir.filePath(
                QStringLiteral("%1.opsdeck").arg(QLatin1String(QTest::currentTestFunction()))),
            &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void declaringFromAlertsRecordsThemAndTheirStart()
    {
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-600);
        Alert resolvedAlready = firingAlert(QStringLiteral("Pending"), started);
        resolvedAlready.state = Alert::State::Pending;
        Alert firing = firingAlert(QStringLiteral("CheckoutErrors"), started);
        firing.sources = {QStringLiteral("am-1")};
        const Incident incident =
            declare(QStringLiteral("Checkout failing"), {firing, resolvedAlready},
                    {{QStringLiteral("am-1"), QStringLiteral("prod-alertmanager")}});
        QVERIFY(incident.key.startsWith(QStringLiteral("INC-")));
        QCOMPARE(incident.alertFingerprints.size(), 2);
        QCOMPARE(incident.firstAlertAt, started);
        const QList<TimelineEvent> events = eventsOf(incident);
        QCOMPARE(events.size(), 2); // the one alert that fires, then the declaration
        QCOMPARE(events.at(1).type, TimelineEvent::Type::StatusChanged);
        QVERIFY(events.at(1).text.contains(incident.key));
        // The alert's event is when it started, not when the incident was declared, and it is
        // the backend's, not the declaring user's.
        QCOMPARE(events.at(0).type, TimelineEvent::Type::AlertFired);
        QCOMPARE(events.at(0).payload.value("fingerprint", std::string()),
                 std::string("checkouterrors0001"));
        QCOMPARE(events.at(0).time, started);
        QCOMPARE(events.at(0).author, QStringLiteral("prod-alertmanager"));
        const IncidentDurations durations = IncidentDurations::of(incident);
        QCOMPARE(durations.origin, started);
        QVERIFY(durations.toDetectMs && *durations.toDetectMs >= 600'000);
        QVERIFY(!durations.toMitigateMs);
    }

    void alertsAreLinkedToAnIncidentThatIsNotClosed()
    {
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
        const Incident incident = declare(QStringLiteral("Checkout failing"),
                                          {firingAlert(QStringLiteral("CheckoutErrors"), started)});
        IncidentService service(*m_store);
        QString error;
        const std::optional<Incident> linked =
            service.linkAlerts(incident.id,
                               {firingAlert(QStringLiteral("CheckoutErrors"), started),
                                firingAlert(QStringLiteral("PaymentsLatency"), started)},
                               QStringLiteral("bob"), &error);
        QVERIFY2(linked, qPrintable(error));
        QCOMPARE(linked->alertFingerprints, (QStringList{QStringLiteral("checkouterrors0001"),
                                                         QStringLiteral("paymentslatency0001")}));
        const TimelineEvent last = eventsOf(incident).last();
        QCOMPARE(last.type, TimelineEvent::Type::Custom);
        QCOMPARE(last.text, QStringLiteral("Linked alerts: PaymentsLatency"));
        QCOMPARE(last.author, QStringLiteral("bob"));

        // Nothing new to link: refused, nothing recorded.
        const qsizetype events = eventsOf(incident).size();
        QVERIFY(!service.linkAlerts(incident.id,
                                    {firingAlert(QStringLiteral("PaymentsLatency"), started)},
                                    QStringLiteral("bob"), &error));
        QVERIFY2(error.contains(QStringLiteral("linked to %1 already").arg(incident.key)),
                 qPrintable(error));
        QVERIFY(service.changeStatus(incident.id, Incident::Status::Resolved, false,
                                     QStringLiteral("bob"), &error));
        QVERIFY(service.changeStatus(incident.id, Incident::Status::Closed, false,
                                     QStringLiteral("bob"), &error));
        QVERIFY(!service.linkAlerts(incident.id, {firingAlert(QStringLiteral("DiskFull"), started)},
                                    QStringLiteral("bob"), &error));
        QVERIFY2(error.contains(QStringLiteral("closed")), qPrintable(error));
        QCOMPARE(eventsOf(incident).size(), events + 2); // the two status changes only
    }

    void rolesGivenAtTheDeclarationAreOnTheTimeline()
    {
        Incident incident;
        incident.title = QStringLiteral("Search down");
        incident.commander = QStringLiteral("alex");
        incident.roles = {{QStringLiteral("scribe"), QStringLiteral("sam")}};
        QString error;
        QVERIFY2(IncidentService(*m_store).declare(incident, {}, QStringLiteral("alex"), &error),
                 qPrintable(error));
        const QList<TimelineEvent> events = eventsOf(incident);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).type, TimelineEvent::Type::RoleAssigned);
        QCOMPARE(events.at(1).payload.value("role", std::string()), std::string("commander"));
        QCOMPARE(events.at(2).payload.value("person", std::string()), std::string("sam"));
    }

    void csvCellsNeverStartAFormula()
    {
        const Incident incident = declare(QStringLiteral("Export"));
        QString error;
        QVERIFY(IncidentService(*m_store).addNote(incident.id, QStringLiteral("=HYPERLINK(\"x\")"),
                                                  QStringLiteral("mallory"), &error));
        const QString csv = QString::fromUtf8(
            TimelineExport::render(TimelineExport::Format::Csv, incident, eventsOf(incident)));
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(csv));
    }

    void lifecycleStepsAreRecordedAndOutOfOrderOnesRefused()
    {
        const Incident incident = declare(QStringLiteral("Queue latency"));
        IncidentService service(*m_store);
        QString error;
        QVERIFY(!service.changeStatus(incident.id, Incident::Status::Closed, false,
                                      QStringLiteral("bob"), &error));
        QVERIFY2(error.contains(QStringLiteral("resolved before it is closed")), qPrintable(error));
        QCOMPARE(eventsOf(incident).size(), 1); // refused: nothing recorded
        const std::optional<Incident> mitigated = service.changeStatus(
            incident.id, Incident::Status::Mitigated, false, QStringLiteral("bob"), &error);
        QVERIFY2(mitigated, qPrintable(error));
        QCOMPARE(mitigated->status, Incident::Status::Mitigated);
        const QList<TimelineEvent> events = eventsOf(incident);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().author, QStringLiteral("bob"));
        QCOMPARE(events.last().payload.value("from", std::string()), std::string("triage"));
        QCOMPARE(events.last().payload.value("to", std::string()), std::string("mitigated"));
        const IncidentDurations durations = IncidentDurations::of(*mitigated);
        QVERIFY(durations.toAcknowledgeMs && durations.toMitigateMs);
        QVERIFY(!durations.toResolveMs);
    }

    void rolesAreAssignedWithTheirPreviousHolder()
    {
        const Incident incident = declare(QStringLiteral("Disk full"));
        IncidentService service(*m_store);
        QString error;
        QVERIFY(service.assignRole(incident.id, QStringLiteral("scribe"), QStringLiteral("carol"),
                                   QStringLiteral("alice"), &error));
        const std::optional<Incident> changed =
            service.assignRole(incident.id, QStringLiteral("scribe"), QStringLiteral("dave"),
                               QStringLiteral("alice"), &error);
        QVERIFY2(changed, qPrintable(error));
        QCOMPARE(changed->roles.value(QStringLiteral("scribe")), QStringLiteral("dave"));
        QCOMPARE(eventsOf(incident).last().payload.value("previous", std::string()),
                 std::string("carol"));
        QVERIFY(!service.assignRole(incident.id, QStringLiteral("janitor"), QStringLiteral("x"),
                                    QStringLiteral("alice"), &error));
        QVERIFY(error.contains(QStringLiteral("janitor")));
        QVERIFY(!service.assignRole(QStringLiteral("no-such-id"), QStringLiteral("scribe"),
                                    QStringLiteral("x"), QStringLiteral("alice"), &error));
        QVERIFY(error.contains(QStringLiteral("no-such-id")));
    }

    void correctionsAppendAndExportStrikesThrough()
    {
        const Incident incident = declare(QStringLiteral("DNS"));
        IncidentService service(*m_store);
        QString error;
        const std::optional<TimelineEvent> note = service.addNote(
            incident.id, QStringLiteral("restarted db-1"), QStringLiteral("alice"), &error);
        QVERIFY2(note, qPrintable(error));
        QVERIFY(
            !service.addNote(incident.id, QStringLiteral("   "), QStringLiteral("alice"), &error));
        const std::optional<TimelineEvent> correction = service.correct(
            *note, QStringLiteral("restarted db-2"), QStringLiteral("alice"), &error);
        QVERIFY2(correction, qPrintable(error));
        QCOMPARE(correction->correctsId, note->id);
        const QList<TimelineEvent> events = eventsOf(incident);
        QCOMPARE(events.size(), 3); // nothing rewritten: the original stays
        QCOMPARE(events.at(1).text, QStringLiteral("restarted db-1"));
        const QString markdown = QString::fromUtf8(
            TimelineExport::render(TimelineExport::Format::Markdown, incident, events));
        QVERIFY2(
            markdown.contains(QStringLiteral("~~restarted db-1~~ (corrected: restarted db-2)")),
            qPrintable(markdown));
        const QString csv = QString::fromUtf8(
            TimelineExport::render(TimelineExport::Format::Csv, incident, events));
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 4);
    }

    void sessionOpensOnAWorkerAndFollowsOtherWriters()
    {
        const Incident incident = declare(QStringLiteral("Payments slow"));
        IncidentSession session(*m_store);
        QSignalSpy opened(&session, &IncidentSession::opened);
        session.open(incident.id);
        QVERIFY(session.isLoading());
        QVERIFY(opened.wait(5000));
        QCOMPARE(session.events().size(), 1);
        QCOMPARE(session.incident()->key, incident.key);

        // Another writer (a second connection, as a script would be) adds a note.
        QString error;
        const std::unique_ptr<WorkspaceStore> other = WorkspaceStore::open(m_store->path(), &error);
        QVERIFY2(other, qPrintable(error));
        QSignalSpy added(&session, &IncidentSession::eventsAdded);
        QVERIFY(IncidentService(*other).addNote(incident.id, QStringLiteral("from a script"),
                                                QStringLiteral("bot"), &error));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 1000);
        QCOMPARE(session.events().last().text, QStringLiteral("from a script"));

        QSignalSpy changed(&session, &IncidentSession::incidentChanged);
        QVERIFY(IncidentService(*other).changeStatus(incident.id, Incident::Status::Investigating,
                                                     false, QStringLiteral("bot"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 1000);
        QCOMPARE(session.incident()->status, Incident::Status::Investigating);

        QSignalSpy updated(&session, &IncidentSession::eventUpdated);
        QVERIFY(IncidentService(*m_store).setPinned(session.events().first(), true, &error));
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 1000);
        QVERIFY(session.events().first().pinned);
    }

    void sessionReportsAMissingIncident()
    {
        IncidentSession session(*m_store);
        QSignalSpy failed(&session, &IncidentSession::failed);
        session.open(QStringLiteral("0190aaaa-0000-7000-8000-000000000000"));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("0190aaaa")));
        QVERIFY(!session.incident());
    }

    void catalogueListsAndFollowsChanges()
    {
        declare(QStringLiteral("First"));
        IncidentCatalog catalog(*m_store);
        QSignalSpy loaded(&catalog, &IncidentCatalog::loaded);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(catalog.incidents().size(), 1);
        QSignalSpy changed(&catalog, &IncidentCatalog::documentChanged);
        const Incident second = declare(QStringLiteral("Second"));
        QTRY_COMPARE_WITH_TIMEOUT(catalog.incidents().size(), 2, 1000);
        QCOMPARE(catalog.incidents().first().id, second.id);
        QVERIFY(catalog.find(second.id) != nullptr);
    }

    void durationsStartAtTheEarliestKnownMoment()
    {
        Incident incident;
        incident.declaredAt = at(10, 30);
        incident.firstAlertAt = at(10, 10);
        incident.impactStartedAt = at(10, 0);
        incident.statusTimes = {{QStringLiteral("triage"), at(10, 30)},
                                {QStringLiteral("investigating"), at(10, 35)},
                                {QStringLiteral("mitigated"), at(11, 0)},
                                {QStringLiteral("resolved"), at(11, 30)}};
        const IncidentDurations durations = IncidentDurations::of(incident);
        QCOMPARE(durations.origin, at(10, 0));
        QCOMPARE(*durations.toDetectMs, 30 * 60'000LL);
        QCOMPARE(*durations.toAcknowledgeMs, 35 * 60'000LL);
        QCOMPARE(*durations.toMitigateMs, 60 * 60'000LL);
        QCOMPARE(*durations.toResolveMs, 90 * 60'000LL);
        incident.impactStartedAt = {};
        QCOMPARE(IncidentDurations::of(incident).origin, at(10, 10));
    }
};

OPSDECK_TEST_GUILESS_MAIN(IncidentsTest)
#include "tst_incidents.moc"
