#include "alarms/alarmservice.h"
#include "alarms/alertparser.h"
#include "alarms/backendpoller.h"
#include "backends/backendhealthindicator.h"
#include "backends/backendhealthmodel.h"
#include "backends/backendsdock.h"
#include "faultyhttpserver.h"
#include "httpfetch.h"
#include "model/json.h"
#include "monitoringstack.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using opsdeck::AlarmService;
using opsdeck::Alert;
using opsdeck::BackendDefinition;
using opsdeck::BackendHealth;
using opsdeck::BackendPoller;
using opsdeck::Silence;
using opsdeck::test::FaultyHttpServer;
using opsdeck::test::MonitoringStack;
using State = opsdeck::BackendHealth::State;

namespace {

constexpr int kWaitMs = 30000; // the machine is slow; a passing test takes seconds

BackendDefinition backend(const QString &id, const QString &kind, const QUrl &url,
                          int intervalSeconds = 15)
{
    BackendDefinition definition;
    definition.id = id;
    definition.name = kind == QLatin1String("alertmanager") ? QStringLiteral("Alertmanager")
                                                            : QStringLiteral("Prometheus");
    definition.kind = *opsdeck::backendKindFromId(kind);
    definition.url = url.toString();
    definition.proxy = QStringLiteral("none"); // loopback; a desktop proxy must not interfere
    definition.intervalSeconds = intervalSeconds;
    return definition;
}

BackendDefinition prometheus(const QUrl &url, int intervalSeconds = 15)
{
    return backend(QStringLiteral("prom"), QStringLiteral("prometheus"), url, intervalSeconds);
}

BackendDefinition alertmanager(const QUrl &url, int intervalSeconds = 15,
                               const QString &id = QStringLiteral("am"))
{
    return backend(id, QStringLiteral("alertmanager"), url, intervalSeconds);
}

QUrl closedPort()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(MonitoringStack::freeLoopbackPort()));
}

// The version the installed binary reports, e.g. "2.42.0+ds".
QString installedVersion(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--version")});
    process.waitForFinished(10000);
    const QString text =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    const qsizetype at = text.indexOf(QStringLiteral("version "));
    return at < 0 ? QString() : text.mid(at + 8).section(QLatin1Char(' '), 0, 0);
}

const Alert *findAlert(const AlarmService &service, const QString &name)
{
    for (const Alert &alert : service.snapshot().alerts) {
        if (alert.name() == name) {
            return &alert;
        }
    }
    return nullptr;
}

bool waitForState(const AlarmService &service, int index, State state, int ms = kWaitMs)
{
    return QTest::qWaitFor([&] { return service.health().at(index).state == state; }, ms);
}

// What a healthy Alertmanager answers, with one alert.
void serveHealthyAlertmanager(FaultyHttpServer &server)
{
    const QMap<QString, QString> labels{{QStringLiteral("alertname"), QStringLiteral("FakeAlert")},
                                        {QStringLiteral("severity"), QStringLiteral("warning")}};
    const QByteArray alerts =
        "[{\"labels\":{\"alertname\":\"FakeAlert\",\"severity\":\"warning\"},"
        "\"annotations\":{\"summary\":\"served by the fake server\"},\"fingerprint\":\"" +
        opsdeck::AlertParser::fingerprint(labels).toLatin1() +
        "\",\"startsAt\":\"2026-11-21T10:00:00.000Z\",\"endsAt\":\"2099-01-01T00:00:00.000Z\","
        "\"updatedAt\":\"2026-11-21T10:00:00.000Z\",\"generatorURL\":\"http://p/graph\","
        "\"receivers\":[{\"name\":\"console\"}],"
        "\"status\":{\"state\":\"active\",\"silencedBy\":[],\"inhibitedBy\":[]}}]";
    server.serveAlertmanager(alerts);
}

} // namespace

// AlarmService and its BackendPollers against a real Prometheus and Alertmanager, and against
// a fake server for the faults those cannot produce.
class BackendHealthTest : public QObject {
    Q_OBJECT

private:
    MonitoringStack m_stack;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
    }

    void realServersReportTheirVersions()
    {
        AlarmService service;
        service.setBackends(
            {prometheus(m_stack.prometheusUrl()), alertmanager(m_stack.alertmanagerUrl())});
        QCOMPARE(service.health().size(), 2);
        QCOMPARE(service.health().at(0).state, State::Unknown);
        service.start();
        QVERIFY(waitForState(service, 0, State::Ok));
        QVERIFY(waitForState(service, 1, State::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!service.health().at(0).version.isEmpty() &&
                                     !service.health().at(1).version.isEmpty(),
                                 kWaitMs);
        const QString prometheusVersion = installedVersion(QStringLiteral("prometheus"));
        const QString alertmanagerVersion =
            installedVersion(QStringLiteral("prometheus-alertmanager"));
        QVERIFY2(!prometheusVersion.isEmpty() &&
                     prometheusVersion.startsWith(service.health().at(0).version),
                 qPrintable(prometheusVersion + QStringLiteral(" vs ") +
                            service.health().at(0).version));
        QVERIFY2(alertmanagerVersion.startsWith(service.health().at(1).version),
                 qPrintable(alertmanagerVersion + QStringLiteral(" vs ") +
                            service.health().at(1).version));
        for (const BackendHealth &health : service.health()) {
            QVERIFY(health.latencyMs >= 0);
            QVERIFY(health.lastSuccess.isValid());
            QVERIFY2(health.error.isEmpty(), qPrintable(health.error));
            QCOMPARE(health.failures, 0);
            QVERIFY(!health.isStale());
        }
    }

    // A stopped Alertmanager: Down with the reason, its alerts stay (stale), and it recovers
    // by itself once it is back.
    void aStoppedAlertmanagerKeepsItsAlertsStaleAndRecovers()
    {
        AlarmService service;
        service.setBackends({alertmanager(m_stack.alertmanagerUrl(), 1)});
        service.start();
        const QString demoAlert = QStringLiteral("DiskWillFillIn4Hours");
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, demoAlert) != nullptr, 60000);
        QCOMPARE(service.health().at(0).state, State::Ok);
        QVERIFY(!service.isStale(*findAlert(service, demoAlert)));

        m_stack.stopAlertmanager();
        QVERIFY(waitForState(service, 0, State::Down));
        // A poll under way when it stopped may fail otherwise; the next one is refused.
        QTRY_VERIFY2_WITH_TIMEOUT(service.health().at(0).error.contains(QStringLiteral("refused")),
                                  qPrintable(service.health().at(0).error), kWaitMs);
        const BackendHealth down = service.health().at(0);
        QVERIFY(down.isStale());
        QVERIFY(down.lastSuccess.isValid() && down.lastSuccess < down.lastPoll);
        // The alerts of the last good poll stay, marked stale.
        QVERIFY(findAlert(service, demoAlert) != nullptr);
        QVERIFY(service.isStale(*findAlert(service, demoAlert)));

        // Later failed polls keep the time of the last success.
        QTRY_VERIFY_WITH_TIMEOUT(service.health().at(0).lastPoll > down.lastPoll, kWaitMs);
        QCOMPARE(service.health().at(0).state, State::Down);
        QCOMPARE(service.health().at(0).lastSuccess, down.lastSuccess);
        QVERIFY(service.health().at(0).failures >= 2);
        QVERIFY(findAlert(service, demoAlert) != nullptr);

        QString error;
        QVERIFY2(m_stack.startAlertmanager(&error), qPrintable(error));
        // Backoff after a few failures: the next poll may be several seconds away.
        QVERIFY(waitForState(service, 0, State::Ok, 60000));
        QVERIFY(!service.health().at(0).isStale());
        QCOMPARE(service.health().at(0).failures, 0);
        QVERIFY(service.health().at(0).lastSuccess > down.lastSuccess);
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, demoAlert) != nullptr, 60000);
        QVERIFY(!service.isStale(*findAlert(service, demoAlert)));
    }

    // Two Alertmanagers of one HA cluster report the same alerts: each shows once, with both.
    void haAlertmanagersShowEachAlertOnce()
    {
        AlarmService service;
        service.setBackends({alertmanager(m_stack.alertmanagerUrl(), 1, QStringLiteral("am-a")),
                             alertmanager(m_stack.alertmanagerUrl(), 1, QStringLiteral("am-b"))});
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Alert *alert = findAlert(service, QStringLiteral("CheckoutErrorRateHigh"));
                return alert != nullptr && alert->sources.size() == 2;
            }(),
            60000);
        QSet<QString> fingerprints;
        for (const Alert &alert : service.snapshot().alerts) {
            QVERIFY2(!fingerprints.contains(alert.fingerprint), qPrintable(alert.name()));
            fingerprints.insert(alert.fingerprint);
        }
        const Alert *alert = findAlert(service, QStringLiteral("CheckoutErrorRateHigh"));
        QVERIFY(alert->sources.contains(QStringLiteral("am-a")));
        QVERIFY(alert->sources.contains(QStringLiteral("am-b")));
        QCOMPARE(service.alertmanagerIds(),
                 (QStringList{QStringLiteral("am-a"), QStringLiteral("am-b")}));
    }

    // Saving, editing and expiring a silence on the real Alertmanager, seen in the next polls.
    void silencesAreSavedEditedAndExpired()
    {
        AlarmService service;
        service.setBackends({alertmanager(m_stack.alertmanagerUrl(), 1)});
        service.start();
        const QString name = QStringLiteral("TLSCertificateExpiresSoon");
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, name) != nullptr, 60000);

        Silence silence;
        silence.matchers = {{QStringLiteral("alertname"), name}};
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(3600);
        silence.createdBy = QStringLiteral("tst_backendhealth");
        silence.comment = QStringLiteral("certificate renewal under way");
        QString id;
        QString error = QStringLiteral("not called");
        service.saveSilence(silence, service.alertmanagerIds(),
                            [&](const QString &newId, const QString &saveError) {
                                id = newId;
                                error = saveError;
                            });
        QTRY_VERIFY2_WITH_TIMEOUT(error.isEmpty(), qPrintable(error), kWaitMs);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(service.silence(id) != nullptr, kWaitMs);
        QCOMPARE(service.silence(id)->state, Silence::State::Active);
        QCOMPARE(service.silence(id)->comment, silence.comment);
        QCOMPARE(service.silence(id)->sources, QStringList{QStringLiteral("am")});
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, name)->silencedBy.contains(id), kWaitMs);

        // New matchers: Alertmanager expires the old silence and makes a new one.
        Silence edited = *service.silence(id);
        edited.matchers.append({QStringLiteral("severity"), QStringLiteral("info")});
        QString editedId;
        error = QStringLiteral("not called");
        service.saveSilence(edited, {}, [&](const QString &newId, const QString &saveError) {
            editedId = newId;
            error = saveError;
        });
        QTRY_VERIFY2_WITH_TIMEOUT(error.isEmpty(), qPrintable(error), kWaitMs);
        QVERIFY(!editedId.isEmpty() && editedId != id);
        QTRY_VERIFY_WITH_TIMEOUT(service.silence(editedId) != nullptr &&
                                     service.silence(id)->state == Silence::State::Expired,
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, name)->silencedBy == QStringList{editedId},
                                 kWaitMs);

        error = QStringLiteral("not called");
        service.expireSilence(editedId, [&](const QString &expireError) { error = expireError; });
        QTRY_VERIFY2_WITH_TIMEOUT(error.isEmpty(), qPrintable(error), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(service.silence(editedId)->state, Silence::State::Expired,
                                  kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, name)->silencedBy.isEmpty(), kWaitMs);
        // Expired silences are listed last.
        QCOMPARE(service.silences().last().state, Silence::State::Expired);

        error.clear();
        service.expireSilence(QStringLiteral("no-such-silence"),
                              [&](const QString &expireError) { error = expireError; });
        QVERIFY2(error.contains(QStringLiteral("no-such-silence")), qPrintable(error));
    }

    void theStatusBarShowsEachBackend()
    {
        AlarmService service;
        service.setBackends({prometheus(m_stack.prometheusUrl()), alertmanager(closedPort())});
        opsdeck::ui::BackendHealthIndicator indicator(&service);
        QCOMPARE(indicator.texts().size(), 2);
        QCOMPARE(indicator.texts().at(0), QStringLiteral("Prometheus …"));
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            indicator.texts().at(0).startsWith(QStringLiteral("Prometheus 2.")), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(indicator.texts().at(1), QStringLiteral("Alertmanager down"),
                                  kWaitMs);

        service.setBackends({});
        QCOMPARE(indicator.texts(), QStringList{QStringLiteral("No backends")});
    }

    void theBackendsDockListsEachBackendWithItsHealth()
    {
        const QUrl closed = closedPort();
        AlarmService service;
        service.setBackends({prometheus(m_stack.prometheusUrl()), alertmanager(closed)});
        const opsdeck::ui::BackendsDock dock(service, nullptr);
        QVERIFY(!dock.isShowingEmptyState());
        const QAbstractItemModel *model = dock.model();
        QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(model),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        using Model = opsdeck::ui::BackendHealthModel;
        QCOMPARE(model->index(0, Model::State).data().toString(), QStringLiteral("Not asked yet"));

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, Model::State).data().toString(),
                                  QStringLiteral("OK"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, Model::State).data().toString(),
                                  QStringLiteral("Down"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, Model::Version).data().toString().startsWith(QStringLiteral("2.")),
            kWaitMs);
        QVERIFY(!model->index(0, Model::LastSuccess).data().toString().isEmpty());
        QVERIFY(
            model->index(1, Model::Error).data().toString().contains(QStringLiteral("refused")));
        QCOMPARE(model->index(1, Model::Name).data(Qt::ToolTipRole).toString(), closed.toString());
        // Each answer touches its own row only.
        QSet<int> rows;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());
            rows.insert(signal.at(0).toModelIndex().row());
        }
        QCOMPARE(rows, (QSet<int>{0, 1}));
    }

    // A failed poll waits longer each time, up to 5 minutes, never in step with other consoles.
    void failuresBackOff()
    {
        QCOMPARE(BackendPoller::delayMs(15000, 0, 1.0), 15000);
        QCOMPARE(BackendPoller::delayMs(15000, 1, 1.0), 30000);
        QCOMPARE(BackendPoller::delayMs(15000, 2, 1.0), 60000);
        QCOMPARE(BackendPoller::delayMs(15000, 4, 1.0), 240000);
        QCOMPARE(BackendPoller::delayMs(15000, 5, 1.0), 300000);
        QCOMPARE(BackendPoller::delayMs(15000, 1000000, 1.0), 300000);
        QCOMPARE(BackendPoller::delayMs(15000, 1, 0.9), 27000);
        QCOMPARE(BackendPoller::delayMs(15000, 0, 0.1), 12000); // jitter clamped to 0.8 …
        QCOMPARE(BackendPoller::delayMs(15000, 0, 7.0), 18000); // … 1.2
        QCOMPARE(BackendPoller::delayMs(15000, 9, 1.2), 360000);
        QCOMPARE(BackendPoller::delayMs(15000, 9, 0.8), 240000);
        // Backing off never polls more often than the backend's own interval.
        QCOMPARE(BackendPoller::delayMs(600000, 3, 1.0), 600000);
    }

    // After two failures the next poll is 3.2-4.8 s away; the server is back sooner than that,
    // and so is the backend: its status is asked for every interval meanwhile.
    void aBackendRecoversWithinAnIntervalOfTheFaultsEnd()
    {
        FaultyHttpServer server;
        QVERIFY(server.listen());
        server.setResponse(
            FaultyHttpServer::response("503 Service Unavailable", "text/plain", "overloaded"));
        const BackendDefinition definition = alertmanager(server.url(), 1);
        AlarmService service;
        service.setBackends({definition});
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(service.health().at(0).failures >= 2, kWaitMs);
        QElapsedTimer sinceFixed;
        sinceFixed.start();
        serveHealthyAlertmanager(server);
        QVERIFY(waitForState(service, 0, State::Ok));
        QVERIFY2(sinceFixed.elapsed() < BackendPoller::delayMs(1000, 2, 0.8),
                 qPrintable(QStringLiteral("recovered after %1 ms").arg(sinceFixed.elapsed())));
        QCOMPARE(service.health().at(0).failures, 0);
    }

    // An answer of several MiB that arrives in one burst (Alertmanager sends its whole answer
    // at once) is taken a turn at a time and answered once all of it is in: every alert.
    void anAnswerLargerThanATurnArrivesWhole()
    {
        constexpr int Count = 4000; // about 3 MB as Alertmanager answers
        const QString endsAt = opsdeck::toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(3600));
        for (int first = 0; first < Count; first += 1000) {
            QByteArray batch = "[";
            for (int i = first; i < first + 1000; ++i) {
                batch += QStringLiteral("%1{\"labels\":{\"alertname\":\"Burst\",\"instance\":"
                                        "\"host-%2\"},\"annotations\":{\"summary\":\"%3\"},"
                                        "\"endsAt\":\"%4\"}")
                             .arg(i == first ? QString() : QStringLiteral(","))
                             .arg(i)
                             .arg(QString(600, QLatin1Char('x')), endsAt)
                             .toUtf8();
            }
            batch += "]";
            QCOMPARE(opsdeck::test::httpPostJson(
                         m_stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts"))),
                         batch)
                         .status,
                     200);
        }
        AlarmService service;
        service.setBackends({alertmanager(m_stack.alertmanagerUrl(), 1)});
        service.start();
        const auto bursts = [&service] {
            return std::count_if(
                service.snapshot().alerts.cbegin(), service.snapshot().alerts.cend(),
                [](const Alert &alert) { return alert.name() == QLatin1String("Burst"); });
        };
        // Alertmanager takes posted alerts in asynchronously: until a poll sees them all.
        QTRY_COMPARE_WITH_TIMEOUT(bursts(), Count, kWaitMs);
        QCOMPARE(service.health().at(0).state, State::Ok);
        QVERIFY(service.health().at(0).error.isEmpty());
    }

    // Fake server from here on: faults a real Prometheus or Alertmanager cannot make.
    void faultsAreNamedAndKeepStaleAlerts_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QStringList>("mentions");
        const auto respond = int(FaultyHttpServer::Behaviour::Respond);
        const QByteArray json = "application/json";
        QTest::newRow("malformed JSON")
            << respond << FaultyHttpServer::response("200 OK", json, "[{\"labels\": {\"a\"")
            << QStringList{QStringLiteral("/api/v2/alerts"), QStringLiteral("not JSON")};
        QTest::newRow("not an alert list")
            << respond << FaultyHttpServer::response("200 OK", json, "{\"status\":\"success\"}")
            << QStringList{QStringLiteral("array")};
        QTest::newRow("html error page")
            << respond
            << FaultyHttpServer::response("502 Bad Gateway", "text/html",
                                          "<html><body>proxy error</body></html>")
            << QStringList{QStringLiteral("HTTP 502 Bad Gateway")};
        QTest::newRow("html with 200")
            << respond
            << FaultyHttpServer::response("200 OK", "text/html; charset=utf-8",
                                          "<html>login page</html>")
            << QStringList{QStringLiteral("text/html"), QStringLiteral("not JSON"),
                           QStringLiteral("login page")};
        QTest::newRow("wrong content type")
            << respond << FaultyHttpServer::response("200 OK", "text/plain", "[]")
            << QStringList{QStringLiteral("text/plain"), QStringLiteral("not JSON")};
        QTest::newRow("401") << respond
                             << FaultyHttpServer::response("401 Unauthorized", "text/plain",
                                                           "missing credentials")
                             << QStringList{QStringLiteral("HTTP 401 Unauthorized"),
                                            QStringLiteral("missing credentials")};
        QTest::newRow("404") << respond
                             << FaultyHttpServer::response("404 Not Found", "text/plain",
                                                           "404 page not found")
                             << QStringList{QStringLiteral("HTTP 404")};
        QTest::newRow("500") << respond
                             << FaultyHttpServer::response("500 Internal Server Error", json,
                                                           "{\"error\":\"storage broken\"}")
                             << QStringList{QStringLiteral("HTTP 500"),
                                            QStringLiteral("storage broken")};
        QTest::newRow("truncated body")
            << respond
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 5000\r\nConnection: close\r\n\r\n[{\"labels\":{")
            << QStringList{QStringLiteral("cut off"), QStringLiteral("of 5000 bytes")};
        QTest::newRow("disappears mid-poll")
            << int(FaultyHttpServer::Behaviour::Vanish)
            << FaultyHttpServer::response("200 OK", json, QByteArray(4000, ' ') + "[]")
            << QStringList{QStringLiteral("cut off"), QStringLiteral("of 4002 bytes")};
        QTest::newRow("over the size cap")
            << respond
            << FaultyHttpServer::response("200 OK", json,
                                          "[" + QByteArray(qsizetype{64} * 1024, ' ') + "]")
            << QStringList{QStringLiteral("larger than 16000 bytes")};
        QTest::newRow("never answers") << int(FaultyHttpServer::Behaviour::Stall) << QByteArray()
                                       << QStringList{QStringLiteral("within 1 s")};
        QTest::newRow("trickles") << int(FaultyHttpServer::Behaviour::Trickle) << QByteArray()
                                  << QStringList{QStringLiteral("within 1 s")};
    }

    void faultsAreNamedAndKeepStaleAlerts()
    {
        QFETCH(int, behaviour);
        QFETCH(QByteArray, response);
        QFETCH(QStringList, mentions);
        FaultyHttpServer server;
        QVERIFY(server.listen());
        // First a healthy answer, so that there are alerts to go stale; then the fault.
        serveHealthyAlertmanager(server);

        BackendDefinition definition = alertmanager(server.url(), 3600);
        definition.timeoutSeconds = 1;
        AlarmService service;
        service.setMaxAnswerBytes(16000);
        service.setBackends({definition});
        service.start();
        QVERIFY(waitForState(service, 0, State::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(findAlert(service, QStringLiteral("FakeAlert")) != nullptr,
                                 kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(service.health().at(0).version, QStringLiteral("0.25.0"),
                                  kWaitMs);
        QVERIFY(!service.health().at(0).isStale());

        server.clearRoutes();
        server.setBehaviour(FaultyHttpServer::Behaviour(behaviour));
        server.setResponse(response);
        service.poll(definition.id);
        QVERIFY(waitForState(service, 0, State::Down));
        const BackendHealth &health = service.health().at(0);
        for (const QString &mention : std::as_const(mentions)) {
            QVERIFY2(health.error.contains(mention), qPrintable(health.error));
        }
        QCOMPARE(health.failures, 1);
        QVERIFY(health.isStale());
        const Alert *alert = findAlert(service, QStringLiteral("FakeAlert"));
        QVERIFY(alert != nullptr);
        QVERIFY(service.isStale(*alert));
        QCOMPARE(service.snapshot().alerts.size(), 1);

        // Fixed again: the next poll brings it back, fresh.
        serveHealthyAlertmanager(server);
        service.poll(definition.id);
        QVERIFY(waitForState(service, 0, State::Ok));
        QVERIFY(service.health().at(0).error.isEmpty());
        QVERIFY(!service.health().at(0).isStale());
        QVERIFY(!service.isStale(*findAlert(service, QStringLiteral("FakeAlert"))));
    }
};

OPSDECK_TEST_MAIN(BackendHealthTest)
#include "tst_backendhealth.moc"
