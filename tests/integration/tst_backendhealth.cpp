#include "backends/backendhealthindicator.h"
#include "backends/backendhealthmodel.h"
#include "backends/backendhealthmonitor.h"
#include "backends/backendsdock.h"
#include "faultyhttpserver.h"
#include "monitoringstack.h"
#include "shell/viewregistry.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using opsdeck::BackendEndpoint;
using opsdeck::BackendHealthMonitor;
using opsdeck::test::FaultyHttpServer;
using State = opsdeck::BackendHealth::State;

// The health probe against a real Prometheus and Alertmanager, and against a fake server for
// the faults those cannot produce.
class BackendHealthTest : public QObject {
    Q_OBJECT

private:
    opsdeck::test::MonitoringStack m_stack;

    static BackendEndpoint endpoint(BackendEndpoint::Kind kind, const QUrl &url)
    {
        return {kind, url.authority(), url};
    }

    // The version the installed binary reports, e.g. "2.42.0+ds".
    static QString installedVersion(const QString &program)
    {
        QProcess process;
        process.start(program, {QStringLiteral("--version")});
        process.waitForFinished(10000);
        const QString text =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        const qsizetype at = text.indexOf(QStringLiteral("version "));
        return at < 0 ? QString() : text.mid(at + 8).section(QLatin1Char(' '), 0, 0);
    }

    static bool waitForState(const BackendHealthMonitor &monitor, int index, State state,
                             int ms = 15000)
    {
        return QTest::qWaitFor([&] { return monitor.health().at(index).state == state; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
    }

    void realServersReportTheirVersions()
    {
        BackendHealthMonitor monitor(
            {endpoint(BackendEndpoint::Kind::Prometheus, m_stack.prometheusUrl()),
             endpoint(BackendEndpoint::Kind::Alertmanager, m_stack.alertmanagerUrl())});
        monitor.probeAll();
        QVERIFY(waitForState(monitor, 0, State::Ok));
        QVERIFY(waitForState(monitor, 1, State::Ok));
        const QString prometheus = installedVersion(QStringLiteral("prometheus"));
        const QString alertmanager = installedVersion(QStringLiteral("prometheus-alertmanager"));
        QVERIFY2(!prometheus.isEmpty() &&
                     prometheus.startsWith(monitor.health().at(0).lastProbe.version),
                 qPrintable(prometheus + QStringLiteral(" vs ") +
                            monitor.health().at(0).lastProbe.version));
        QVERIFY2(alertmanager.startsWith(monitor.health().at(1).lastProbe.version),
                 qPrintable(alertmanager + QStringLiteral(" vs ") +
                            monitor.health().at(1).lastProbe.version));
        QVERIFY(monitor.health().at(0).lastProbe.latencyMs >= 0);
        QVERIFY(monitor.health().at(0).lastSuccess.isValid());
    }

    void aStoppedServerIsDownAndRecovers()
    {
        BackendHealthMonitor monitor(
            {endpoint(BackendEndpoint::Kind::Alertmanager, m_stack.alertmanagerUrl())});
        monitor.setInterval(200);
        monitor.start();
        QVERIFY(waitForState(monitor, 0, State::Ok));

        m_stack.stopAlertmanager();
        QVERIFY(waitForState(monitor, 0, State::Down));
        QVERIFY2(monitor.health().at(0).lastProbe.error.contains(QStringLiteral("refused")),
                 qPrintable(monitor.health().at(0).lastProbe.error));
        // Later failed probes keep the time of the last success.
        const QDateTime lastSuccess = monitor.health().at(0).lastSuccess;
        const QDateTime failedAt = monitor.health().at(0).lastProbe.finishedAt;
        QVERIFY(lastSuccess.isValid() && lastSuccess < failedAt);
        QVERIFY(QTest::qWaitFor(
            [&] { return monitor.health().at(0).lastProbe.finishedAt > failedAt; }, 5000));
        QCOMPARE(monitor.health().at(0).state, State::Down);
        QCOMPARE(monitor.health().at(0).lastSuccess, lastSuccess);

        QString error;
        QVERIFY2(m_stack.startAlertmanager(&error), qPrintable(error));
        QVERIFY(waitForState(monitor, 0, State::Ok));
    }

    void theStatusBarShowsEachBackend()
    {
        BackendHealthMonitor monitor(
            {endpoint(BackendEndpoint::Kind::Prometheus, m_stack.prometheusUrl()),
             endpoint(BackendEndpoint::Kind::Alertmanager,
                      QUrl(QStringLiteral("http://127.0.0.1:%1/")
                               .arg(opsdeck::test::MonitoringStack::freeLoopbackPort())))});
        opsdeck::ui::BackendHealthIndicator indicator(&monitor);
        QCOMPARE(indicator.texts().size(), 2);
        monitor.probeAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            indicator.texts().at(0).startsWith(QStringLiteral("Prometheus 2.")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(indicator.texts().at(1), QStringLiteral("Alertmanager down"),
                                  15000);
    }

    void theBackendsDockListsEachBackendWithItsHealth()
    {
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/")
                              .arg(opsdeck::test::MonitoringStack::freeLoopbackPort()));
        BackendHealthMonitor monitor(
            {endpoint(BackendEndpoint::Kind::Prometheus, m_stack.prometheusUrl()),
             endpoint(BackendEndpoint::Kind::Alertmanager, closed)});
        const opsdeck::ui::BackendsDock dock(opsdeck::ui::ViewContext{&monitor}, nullptr);
        QVERIFY(!dock.isShowingEmptyState());
        const QAbstractItemModel *model = dock.model();
        QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(model),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        using Model = opsdeck::ui::BackendHealthModel;
        QCOMPARE(model->index(0, Model::State).data().toString(), QStringLiteral("Not asked yet"));

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        monitor.probeAll();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, Model::State).data().toString(),
                                  QStringLiteral("OK"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, Model::State).data().toString(),
                                  QStringLiteral("Down"), 15000);
        QVERIFY(model->index(0, Model::Version).data().toString().startsWith(QStringLiteral("2.")));
        QVERIFY(!model->index(0, Model::LastSuccess).data().toString().isEmpty());
        QVERIFY(
            model->index(1, Model::Error).data().toString().contains(QStringLiteral("refused")));
        QCOMPARE(model->index(1, Model::Name).data(Qt::ToolTipRole).toString(), closed.toString());
        // Each answer touches its own row only.
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());
        }
        QCOMPARE(changed.size(), 2);
    }

    // Fake server from here on: faults a real server cannot make.
    void faultsAreNamedExactly_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html error page")
            << FaultyHttpServer::response("502 Bad Gateway", "text/html",
                                          "<html>proxy error</html>")
            << int(State::Down) << "502";
        QTest::newRow("html with 200")
            << FaultyHttpServer::response("200 OK", "text/html", "<html>login page</html>")
            << int(State::Degraded) << "not JSON";
        QTest::newRow("wrong kind of server")
            << FaultyHttpServer::response("200 OK", "application/json",
                                          "{\"status\":\"success\",\"data\":{}}")
            << int(State::Degraded) << "/data/version";
        QTest::newRow("oversize") << FaultyHttpServer::response("200 OK", "application/json",
                                                                QByteArray(3 * 1024 * 1024, ' '))
                                  << int(State::Down) << "larger than";
    }

    void faultsAreNamedExactly()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, state);
        QFETCH(QString, mentions);
        FaultyHttpServer server;
        QVERIFY(server.listen());
        server.setResponse(response);
        BackendHealthMonitor monitor({endpoint(BackendEndpoint::Kind::Prometheus, server.url())});
        monitor.probeAll();
        QVERIFY(waitForState(monitor, 0, State(state)));
        QVERIFY2(monitor.health().at(0).lastProbe.error.contains(mentions),
                 qPrintable(monitor.health().at(0).lastProbe.error));
    }

    void slowServersTimeOut_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::newRow("never answers") << int(FaultyHttpServer::Behaviour::Stall);
        QTest::newRow("trickles") << int(FaultyHttpServer::Behaviour::Trickle);
    }

    void slowServersTimeOut()
    {
        QFETCH(int, behaviour);
        FaultyHttpServer server;
        QVERIFY(server.listen());
        server.setBehaviour(FaultyHttpServer::Behaviour(behaviour));
        BackendHealthMonitor monitor({endpoint(BackendEndpoint::Kind::Alertmanager, server.url())});
        monitor.setTimeout(800);
        monitor.probeAll();
        QVERIFY(waitForState(monitor, 0, State::Down, 5000));
        QVERIFY2(monitor.health().at(0).lastProbe.error.contains(QStringLiteral("800 ms")),
                 qPrintable(monitor.health().at(0).lastProbe.error));
    }
};

OPSDECK_TEST_MAIN(BackendHealthTest)
#include "tst_backendhealth.moc"
