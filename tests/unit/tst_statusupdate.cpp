#include "incidents/statusupdate.h"
#include "testhome.h"

#include <QCoreApplication>
#include <QTest>

using namespace opsdeck;

namespace {

// CTest runs this test with TZ=Asia/Kolkata (UTC+05:30, no daylight saving) so that local
// times differ from UTC by a known amount.
QDateTime at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
}

Incident checkoutIncident()
{
    Incident incident;
    incident.id = QStringLiteral("inc-1");
    incident.key = QStringLiteral("INC-2026-0042");
    incident.title = QStringLiteral("Checkout errors");
    incident.severity = Incident::Severity::Sev2;
    incident.status = Incident::Status::Investigating;
    incident.commander = QStringLiteral("alice");
    incident.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
    incident.alertFingerprints = {QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3")};
    incident.declaredAt = at("2026-03-10T14:02:00Z");
    return incident;
}

TimelineEvent timelineEvent(TimelineEvent::Type type, const char *isoUtc, const QString &text,
                            const QString &id = {})
{
    TimelineEvent result;
    result.id = id.isEmpty() ? QStringLiteral("e-%1").arg(QString::fromLatin1(isoUtc)) : id;
    result.incidentId = QStringLiteral("inc-1");
    result.type = type;
    result.time = at(isoUtc);
    result.text = text;
    return result;
}

TimelineEvent alertEvent(TimelineEvent::Type type, const char *isoUtc, const char *fingerprint)
{
    TimelineEvent result = timelineEvent(
        type, isoUtc, QStringLiteral("alert %1").arg(QString::fromLatin1(fingerprint)),
        QStringLiteral("%1-%2").arg(QString::fromLatin1(fingerprint), QString::fromLatin1(isoUtc)));
    result.payload = {{"fingerprint", fingerprint}, {"alertname", "HighErrorRate"}};
    return result;
}

QList<TimelineEvent> checkoutEvents()
{
    using Type = TimelineEvent::Type;
    TimelineEvent correction = timelineEvent(Type::Note, "2026-03-10T14:25:00Z",
                                             QStringLiteral("Restarted the payment workers"));
    correction.correctsId = QStringLiteral("note-2");
    // Deliberately out of time order: compose() must not rely on the caller's order.
    return {
        timelineEvent(Type::StatusChanged, "2026-03-10T14:02:00Z",
                      QStringLiteral("Declared SEV2 INC-2026-0042: Checkout errors")),
        alertEvent(Type::AlertFired, "2026-03-10T14:02:00Z", "f1"),
        alertEvent(Type::AlertFired, "2026-03-10T14:02:00Z", "f2"),
        alertEvent(Type::AlertFired, "2026-03-10T14:02:00Z", "f3"),
        alertEvent(Type::AlertResolved, "2026-03-10T14:35:00Z", "f2"),
        alertEvent(Type::AlertFired, "2026-03-10T14:40:00Z", "f3"), // fired again
        alertEvent(Type::AlertResolved, "2026-03-10T14:30:00Z", "f3"),
        alertEvent(Type::AlertFired, "2026-03-10T14:41:00Z", "not-linked"),
        timelineEvent(Type::Note, "2026-03-10T14:10:00Z",
                      QStringLiteral("Looking at the payment gateway")),
        timelineEvent(Type::StatusChanged, "2026-03-10T14:15:00Z",
                      QStringLiteral("Status changed from triage to investigating")),
        timelineEvent(Type::Note, "2026-03-10T14:20:00Z", QStringLiteral("Restarted workres\nmore"),
                      QStringLiteral("note-2")),
        correction,
        timelineEvent(Type::RunbookStep, "2026-03-10T14:22:00Z",
                      QStringLiteral("Step 2 of Checkout: done — Drain the queue")),
        timelineEvent(Type::MetricSnapshot, "2026-03-10T14:50:00Z", QStringLiteral("error rate")),
    };
}

} // namespace

class StatusUpdateTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void composesTheWholeUpdateInUtc()
    {
        const QDateTime now = at("2026-03-10T15:09:00Z");
        const QString text = StatusUpdate::compose(checkoutIncident(), checkoutEvents(), now,
                                                   now.addSecs(qint64(30) * 60), /*utc=*/true);
        const QString expected = QStringLiteral(
            "[SEV2] INC-2026-0042 Checkout errors — Investigating\n"
            "Conditions: Checkout errors; affected: checkout, payments; since 14:02 UTC "
            "(1h 07m); alerts firing: 2 of 3.\n"
            "Actions:\n"
            "14:22 Step 2 of Checkout: done — Drain the queue\n"
            "14:20 Restarted the payment workers\n"
            "14:15 Status changed from triage to investigating\n"
            "14:10 Looking at the payment gateway\n"
            "Needs: none stated.\n"
            "Commander: alice · Next update: 15:39 UTC");
        QCOMPARE(text, expected);
    }

    void countsFiringAlertsFromTheirLatestEvent()
    {
        QList<TimelineEvent> events = checkoutEvents();
        QCOMPARE(StatusUpdate::firingAlertCount(checkoutIncident(), events), 2); // f1, f3
        events.append(alertEvent(TimelineEvent::Type::AlertResolved, "2026-03-10T15:00:00Z", "f1"));
        QCOMPARE(StatusUpdate::firingAlertCount(checkoutIncident(), events), 1);
        // A correction of an alert_fired event repeats its payload but fires nothing.
        TimelineEvent correction =
            alertEvent(TimelineEvent::Type::AlertFired, "2026-03-10T15:01:00Z", "f1");
        correction.correctsId = QStringLiteral("f1-2026-03-10T14:02:00Z");
        events.append(correction);
        QCOMPARE(StatusUpdate::firingAlertCount(checkoutIncident(), events), 1);
        QVERIFY(
            StatusUpdate::compose(checkoutIncident(), events, at("2026-03-10T15:09:00Z"), {}, true)
                .contains(QStringLiteral("alerts firing: 1 of 3.")));
    }

    void listsCorrectedTextOnceAndNewestCorrectionWins()
    {
        QList<TimelineEvent> events = checkoutEvents();
        TimelineEvent second = timelineEvent(TimelineEvent::Type::Note, "2026-03-10T14:26:00Z",
                                             QStringLiteral("Restarted all payment workers"));
        second.correctsId = QStringLiteral("note-2");
        events.append(second);
        const QString text =
            StatusUpdate::compose(checkoutIncident(), events, at("2026-03-10T15:09:00Z"), {}, true);
        QVERIFY2(text.contains(QStringLiteral("\n14:20 Restarted all payment workers\n")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("workres")));
        QVERIFY(!text.contains(QStringLiteral("14:25")));
        QVERIFY(!text.contains(QStringLiteral("14:26")));
        QVERIFY(!text.contains(QStringLiteral("Next update"))); // none given
        QVERIFY(text.endsWith(QStringLiteral("Commander: alice")));
    }

    void listsTheNotesSinceTheLastUpdateBesideTheNewestActions()
    {
        using Type = TimelineEvent::Type;
        QList<TimelineEvent> events = checkoutEvents();
        TimelineEvent update = timelineEvent(Type::Custom, "2026-03-10T14:21:00Z",
                                             QStringLiteral("[SEV2] INC-2026-0042 ..."));
        update.payload = {{"kind", "status_update"}};
        events.append(update);
        for (int minute = 30; minute < 35; ++minute) {
            events.append(timelineEvent(
                Type::Note, qPrintable(QStringLiteral("2026-03-10T14:%1:00Z").arg(minute)),
                QStringLiteral("Observation %1").arg(minute)));
        }
        events.append(timelineEvent(Type::RunbookStep, "2026-03-10T14:36:00Z",
                                    QStringLiteral("Step 3 of Checkout: done")));
        const QString text =
            StatusUpdate::compose(checkoutIncident(), events, at("2026-03-10T15:09:00Z"), {}, true);
        // Every note since the update at 14:21, the newest three actions of any kind, nothing
        // older: the notes of 14:10 and 14:20 were in that update.
        const QString actions =
            text.section(QStringLiteral("Actions:\n"), 1).section(QStringLiteral("\nNeeds:"), 0, 0);
        QCOMPARE(actions, QStringLiteral("14:36 Step 3 of Checkout: done\n"
                                         "14:34 Observation 34\n"
                                         "14:33 Observation 33\n"
                                         "14:32 Observation 32\n"
                                         "14:31 Observation 31\n"
                                         "14:30 Observation 30"));
    }

    void saysPlainlyWhenResolvedWhileAnAlertFires()
    {
        Incident incident = checkoutIncident();
        incident.status = Incident::Status::Resolved;
        const QString text =
            StatusUpdate::compose(incident, checkoutEvents(), at("2026-03-10T15:09:00Z"), {}, true);
        QVERIFY2(text.contains(QStringLiteral("alerts still firing although resolved: 2 of 3.")),
                 qPrintable(text));
    }

    void marksGameDaysAndFalseAlarms()
    {
        Incident incident = checkoutIncident();
        const QDateTime now = at("2026-03-10T15:09:00Z");
        QVERIFY(!StatusUpdate::compose(incident, {}, now, {}, true)
                     .contains(QStringLiteral("game day")));
        incident.gameDay = true;
        const QString text = StatusUpdate::compose(incident, {}, now, {}, true);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("[SEV2] INC-2026-0042 Checkout errors — Investigating (game day)"));
    }

    void writesLocalTimesWithTheirOffset()
    {
        QCOMPARE(qgetenv("TZ"), QByteArray("Asia/Kolkata"));
        const QDateTime now = at("2026-03-10T15:09:00Z");
        const QString text = StatusUpdate::compose(checkoutIncident(), checkoutEvents(), now,
                                                   now.addSecs(qint64(30) * 60), /*utc=*/false);
        QVERIFY2(text.contains(QStringLiteral("since 19:32 UTC+05:30 (1h 07m)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\n19:52 Step 2 of Checkout")));
        QVERIFY(text.endsWith(QStringLiteral("Next update: 21:09 UTC+05:30")));
        QVERIFY(!text.contains(QStringLiteral(" UTC ")) && !text.contains(QStringLiteral("14:02")));
    }

    void namesTheDayWhenItIsNotToday()
    {
        const QDateTime now = at("2026-03-11T15:09:00Z");
        const QString text =
            StatusUpdate::compose(checkoutIncident(), {}, now, now.addSecs(900), true);
        QVERIFY2(text.contains(QStringLiteral("since 2026-03-10 14:02 UTC (1d 01h)")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("Next update: 15:24 UTC")));
    }

    void saysWhatIsMissing()
    {
        Incident incident = checkoutIncident();
        incident.alertFingerprints.clear();
        incident.services.clear();
        incident.commander.clear();
        const QString text =
            StatusUpdate::compose(incident, {}, at("2026-03-10T14:05:00Z"), {}, true);
        QCOMPARE(text, QStringLiteral("[SEV2] INC-2026-0042 Checkout errors — Investigating\n"
                                      "Conditions: Checkout errors; since 14:02 UTC (3m); no "
                                      "alerts linked.\n"
                                      "Actions: none recorded yet.\n"
                                      "Needs: none stated.\n"
                                      "Commander: not assigned"));
    }

    void replacesOnlyTheNextUpdate()
    {
        const QDateTime now = at("2026-03-10T15:09:00Z");
        const QString edited = QStringLiteral("Checkout is slow.\nNeeds: a DBA.\n"
                                              "Commander: alice · Next update: 15:39 UTC\nThanks");
        QCOMPARE(StatusUpdate::replaceNextUpdate(edited, now.addSecs(3600), now, true),
                 QStringLiteral("Checkout is slow.\nNeeds: a DBA.\n"
                                "Commander: alice · Next update: 16:09 UTC\nThanks"));
        QCOMPARE(StatusUpdate::replaceNextUpdate(QStringLiteral("All good."), now.addSecs(900), now,
                                                 false),
                 QStringLiteral("All good.\nNext update: 20:54 UTC+05:30"));
    }
};

OPSDECK_TEST_GUILESS_MAIN(StatusUpdateTest)
#include "tst_statusupdate.moc"
