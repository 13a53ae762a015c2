#include "alarms/alarmsdock.h"
#include "alarms/alarmservice.h"
#include "commandrun.h"
#include "httpfetch.h"
#include "incidents/declareincidentdialog.h"
#include "incidents/incidentalerttracker.h"
#include "incidents/incidentdock.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "incidents/incidentsfeature.h"
#include "metrics/metricqueryservice.h"
#include "model/json.h"
#include "monitoringstack.h"
#include "runbooks/runbookcatalog.h"
#include "secrets/secretstore.h"
#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"
#include "testwindowhost.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinedock.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {
constexpr int kWaitMs = 30000;
const QString ProbeName = QStringLiteral("IncidentProbe");
} // namespace

// An incident declared from a real firing alert in the console, whose timeline fills itself:
// the alert firing, a silence on it, its resolution, the silence's end, a note, a status change
// made by the command line. Real Alertmanager and Prometheus; the probe alert is posted to
// Alertmanager's API as any alert source would.
class IncidentLiveTest : public QObject {
    Q_OBJECT

private:
    opsdeck::test::MonitoringStack m_stack;
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<WorkspaceStore> m_store;
    AlarmService m_alarms;
    SecretStore m_secrets{QStringLiteral("test.opsdeck.org")};
    MetricQueryService m_metrics;
    RunbookCatalog m_runbooks;
    std::unique_ptr<IncidentsFeature> m_incidents;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TestWindowHost> m_host;
    AlarmsDock *m_alarmsDock = nullptr;
    IncidentDock *m_incidentDock = nullptr;
    TimelineDock *m_timelineDock = nullptr;
    QString m_silenceId;

    bool postProbe(const QDateTime &endsAt) const
    {
        const Json alerts = Json::array(
            {{{"labels",
               {{"alertname", ProbeName}, {"severity", "critical"}, {"service", "checkout"}}},
              {"annotations", {{"summary", "Checkout probe failing"}}},
              {"startsAt", toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(-120))},
              {"endsAt", toIsoUtc(endsAt)}}});
        return opsdeck::test::httpPostJson(
                   m_stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts"))),
                   QByteArray::fromStdString(alerts.dump()))
                   .status == 200;
    }

    const Alert *probe() const
    {
        for (const Alert &alert : m_alarms.snapshot().alerts) {
            if (alert.name() == ProbeName) {
                return &alert;
            }
        }
        return nullptr;
    }

    IncidentSession *session() const { return &m_incidents->session(); }

    // Polls every backend `count` more times and waits until each poll has been answered and
    // merged: what the tracker would record from them has been recorded by then.
    void waitForPolls(int count)
    {
        for (int poll = 0; poll < count; ++poll) {
            QSignalSpy answered(&m_alarms, &AlarmService::healthChanged);
            m_alarms.pollAll();
            QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 2, kWaitMs); // Alertmanager, Prometheus
        }
        // The answers are merged on a worker; the tracker records from the published merge.
        QTRY_VERIFY_WITH_TIMEOUT(!m_alarms.isMerging(), kWaitMs);
    }

    int countOf(TimelineEvent::Type type) const
    {
        int count = 0;
        for (const TimelineEvent &event : session()->events()) {
            count += event.type == type ? 1 : 0;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        QVERIFY(postProbe(QDateTime::currentDateTimeUtc().addSecs(3600)));
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("live.opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        BackendDefinition alertmanager;
        alertmanager.id = newId();
        alertmanager.kind = opsdeck::BackendKind::Alertmanager;
        alertmanager.name = QStringLiteral("am");
        alertmanager.url = m_stack.alertmanagerUrl().toString();
        alertmanager.intervalSeconds = 1;
        BackendDefinition prometheus = alertmanager;
        prometheus.id = newId();
        prometheus.kind = opsdeck::BackendKind::Prometheus;
        prometheus.name = QStringLiteral("prom");
        prometheus.url = m_stack.prometheusUrl().toString();
        m_alarms.setBackends({alertmanager, prometheus});
        m_alarms.start();

        m_incidents = std::make_unique<IncidentsFeature>(
            FeatureEnvironment{*m_store, m_secrets, QStringLiteral("tester")}, m_alarms, m_metrics);
        m_incidents->link(m_runbooks);
        m_window = std::make_unique<QWidget>();
        m_host = std::make_unique<TestWindowHost>(m_window.get());
        m_alarmsDock = new AlarmsDock(m_alarms, m_runbooks, *m_incidents, m_window.get());
        for (ViewDock *view : m_incidents->createViews(*m_host)) {
            if (auto *incident = qobject_cast<IncidentDock *>(view)) {
                m_incidentDock = incident;
            } else if (auto *timeline = qobject_cast<TimelineDock *>(view)) {
                m_timelineDock = timeline;
            }
        }
        QVERIFY(m_incidentDock != nullptr && m_timelineDock != nullptr);
        m_window->resize(1400, 900);
        m_window->show();
        m_incidents->start(*m_host);
        QTRY_VERIFY_WITH_TIMEOUT(probe() != nullptr && m_alarms.isSettled(), 60000);
    }

    void declareFromTheSelectedAlert()
    {
        QAbstractItemView *view = m_alarmsDock->view();
        const QModelIndexList hits =
            view->model()->match(view->model()->index(0, 1), Qt::DisplayRole, ProbeName, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(hits.size(), 1);
        view->setCurrentIndex(hits.first());
        view->selectionModel()->select(hits.first(), QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        auto *declare = m_alarmsDock->findChild<QAction *>(QStringLiteral("declareIncident"));
        QVERIFY(declare && declare->isEnabled());
        declare->trigger();
        QPointer<DeclareIncidentDialog> dialog;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<DeclareIncidentDialog *>(widget)) {
                dialog = found;
            }
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->incident().title, QStringLiteral("Checkout probe failing"));
        QCOMPARE(dialog->incident().severity, Incident::Severity::Sev2);
        QCOMPARE(dialog->incident().services, QStringList{QStringLiteral("checkout")});
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            !dialog,
            dialog ? qPrintable(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text())
                   : "",
            5000);
        QTRY_VERIFY_WITH_TIMEOUT(session()->incident().has_value(), kWaitMs);
        QCOMPARE(session()->incident()->alertFingerprints, QStringList{probe()->fingerprint});
        QCOMPARE(countOf(TimelineEvent::Type::AlertFired), 1);
        // The alert's start is Alertmanager's startsAt, told by the backend that reported it.
        for (const TimelineEvent &event : session()->events()) {
            if (event.type == TimelineEvent::Type::AlertFired) {
                QCOMPARE(event.time, probe()->startsAt.toUTC());
                QCOMPARE(event.author, m_alarms.backendNames().value(probe()->sources.value(0)));
                QVERIFY(event.time < session()->incident()->declaredAt);
            }
        }
        QVERIFY(!m_incidentDock->isShowingEmptyState());
        QVERIFY(m_incidentDock->bannerText().contains(session()->incident()->key));
        QTRY_COMPARE_WITH_TIMEOUT(m_incidentDock->linkedAlerts()->topLevelItemCount(), 1, kWaitMs);
        QCOMPARE(m_incidentDock->linkedAlerts()->topLevelItem(0)->text(0), ProbeName);
        QCOMPARE(m_incidentDock->linkedAlerts()->topLevelItem(0)->text(2),
                 QStringLiteral("active"));
        QCOMPARE(m_timelineDock->model()->rowCount(), int(session()->events().size()));
    }

    void aSilenceOnTheAlertIsRecorded()
    {
        Silence silence;
        silence.matchers = {{QStringLiteral("alertname"), ProbeName}};
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(3600);
        silence.createdBy = QStringLiteral("tester");
        silence.comment = QStringLiteral("looking into it");
        QString error = QStringLiteral("not called");
        m_alarms.saveSilence(silence, m_alarms.alertmanagerIds(),
                             [this, &error](const QString &newId, const QString &saveError) {
                                 m_silenceId = newId;
                                 error = saveError;
                             });
        QTRY_VERIFY2_WITH_TIMEOUT(error.isEmpty(), qPrintable(error), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(TimelineEvent::Type::SilenceCreated), 1, kWaitMs);
        const TimelineEvent &created = session()->events().last();
        QCOMPARE(created.payload.value("silenceId", std::string()), m_silenceId.toStdString());
        QVERIFY(created.text.contains(QStringLiteral("looking into it")));
    }

    void resolvingTheAlertAndEndingTheSilenceAreRecorded()
    {
        QVERIFY(postProbe(QDateTime::currentDateTimeUtc().addSecs(-1)));
        QTRY_COMPARE_WITH_TIMEOUT(countOf(TimelineEvent::Type::AlertResolved), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_incidentDock->linkedAlerts()->topLevelItem(0)->text(2),
                                  QStringLiteral("not firing"), kWaitMs);
        QString error = QStringLiteral("not called");
        m_alarms.expireSilence(m_silenceId, [&error](const QString &failure) { error = failure; });
        QTRY_VERIFY2_WITH_TIMEOUT(error.isEmpty(), qPrintable(error), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(TimelineEvent::Type::SilenceExpired), 1, kWaitMs);
        // The graphical timeline draws the alert as a bar from firing to its resolution.
        QString firedId;
        for (const TimelineEvent &event : session()->events()) {
            if (event.type == TimelineEvent::Type::AlertFired) {
                firedId = event.id;
            }
        }
        const QRectF bar = m_timelineDock->chart()->barRect(firedId);
        QVERIFY(!bar.isEmpty());
    }

    void anIncidentLinkedByFingerprintAloneGetsItsAlertRecordedOnce()
    {
        // As `opsdeck incident declare --alert FINGERPRINT` does: linked, nothing recorded yet.
        const Alert *checkout = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((checkout = [this]() -> const Alert * {
                                     for (const Alert &alert : m_alarms.snapshot().alerts) {
                                         if (alert.name() ==
                                             QStringLiteral("CheckoutErrorRateHigh")) {
                                             return &alert;
                                         }
                                     }
                                     return nullptr;
                                 }()) != nullptr,
                                 kWaitMs);
        Incident incident;
        incident.title = QStringLiteral("Checkout errors");
        incident.alertFingerprints = {checkout->fingerprint};
        QString error;
        QVERIFY2(IncidentService(*m_store).declare(incident, {}, QStringLiteral("script"), &error),
                 qPrintable(error));
        const auto firedEvents = [this, &incident]() {
            int count = 0;
            for (const TimelineEvent &event : TimelineRepository(*m_store).eventsOf(incident.id)) {
                count += event.type == TimelineEvent::Type::AlertFired ? 1 : 0;
            }
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(firedEvents(), 1, kWaitMs);
        waitForPolls(2);
        QCOMPARE(firedEvents(), 1);
        QVERIFY(IncidentRepository(*m_store).get(incident.id)->firstAlertAt.isValid());
    }

    void aRestartedTrackerDoesNotRecordTwice()
    {
        const qsizetype before = session()->events().size();
        IncidentService service(*m_store);
        IncidentAlertTracker again(*m_store, service, m_alarms, QStringLiteral("tester"));
        QSignalSpy recorded(&again, &IncidentAlertTracker::recorded);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.trackedCount(), 2, kWaitMs); // both incidents
        waitForPolls(2);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(session()->events().size(), before);
    }

    void notesAndHeadlessChangesShowWithinASecond()
    {
        m_timelineDock->noteField()->setPlainText(QStringLiteral("restarted checkout-7"));
        QTest::keyClick(m_timelineDock->noteField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_timelineDock->noteField()->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(session()->events().last().text,
                                  QStringLiteral("restarted checkout-7"), 1000);
        QCOMPARE(session()->events().last().author, QStringLiteral("tester"));
        QVERIFY(session()->events().last().time.time().msec() >= 0);

        const opsdeck::test::CommandRun run = opsdeck::test::runCommand(
            QStringLiteral(OPSDECK_BINARY),
            {QStringLiteral("--workspace"), m_store->path(), QStringLiteral("incident"),
             QStringLiteral("status"), session()->incident()->key, QStringLiteral("mitigated")},
            {m_home.path(), {{QStringLiteral("USER"), QStringLiteral("script")}}, {}, {}});
        QCOMPARE(run.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(session()->incident()->status, Incident::Status::Mitigated, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(m_incidentDock->bannerText().contains(QStringLiteral("Mitigated")),
                                 1000);
        QVERIFY(!m_incidentDock->lifecycleButton(QStringLiteral("mitigated"))->isEnabled());
        QVERIFY(m_incidentDock->lifecycleButton(QStringLiteral("resolved"))->isEnabled());
    }

    void theTimelineExports()
    {
        const QString path = m_dir.filePath(QStringLiteral("timeline.md"));
        m_timelineDock->exportTo(path, QStringLiteral("md"));
        QTRY_VERIFY_WITH_TIMEOUT(m_timelineDock->messageLabel()->isVisible(), kWaitMs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &expected :
             {session()->incident()->key, QStringLiteral("alert_fired"),
              QStringLiteral("alert_resolved"), QStringLiteral("silence_created"),
              QStringLiteral("restarted checkout-7"), QStringLiteral("mitigated")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_incidents.reset();
    }
};

OPSDECK_TEST_MAIN(IncidentLiveTest)
#include "tst_incidentlive.moc"
