#include "httpfetch.h"
#include "monitoringstack.h"
#include "testhome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using opsdeck::test::httpGet;
using opsdeck::test::MonitoringStack;

// The real-service fixture works: the demo rules fire in a real Prometheus and the alerts
// reach a real Alertmanager, which the tests stop by process id.
class MonitoringStackTest : public QObject {
    Q_OBJECT

private:
    MonitoringStack m_stack;

    static QJsonObject findAlert(const QJsonArray &alerts, const QString &name)
    {
        for (const QJsonValue &alert : alerts) {
            const QJsonObject object = alert.toObject();
            if (object.value(QStringLiteral("labels"))
                    .toObject()
                    .value(QStringLiteral("alertname"))
                    .toString() == name) {
                return object;
            }
        }
        return {};
    }

    static int runTool(const QString &program, const QStringList &arguments, QString *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            return -1;
        }
        *output = QString::fromUtf8(process.readAll());
        return process.exitCode();
    }

private Q_SLOTS:
    void demoConfigurationIsValid()
    {
        QString output;
        QCOMPARE(runTool(QStringLiteral("promtool"),
                         {QStringLiteral("check"), QStringLiteral("rules"),
                          QStringLiteral(OPSDECK_SOURCE_DIR "/resources/demo/alerts.rules.yml")},
                         &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("SUCCESS")), qPrintable(output));
        QCOMPARE(runTool(QStringLiteral("amtool"),
                         {QStringLiteral("check-config"),
                          QStringLiteral(OPSDECK_SOURCE_DIR "/resources/demo/alertmanager.yml")},
                         &output),
                 0);
    }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        QVERIFY(m_stack.prometheusPid() > 0);
        QVERIFY(m_stack.alertmanagerPid() > 0);
        QCOMPARE(m_stack.prometheusUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void anAlertFromARealRuleReachesAlertmanager()
    {
        const QUrl alertsUrl =
            m_stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts")));
        QJsonObject alert;
        QJsonArray alerts;
        const bool arrived = QTest::qWaitFor(
            [&] {
                alerts = QJsonDocument::fromJson(httpGet(alertsUrl).body).array();
                alert = findAlert(alerts, QStringLiteral("CheckoutErrorRateHigh"));
                return !alert.isEmpty();
            },
            60000);
        QVERIFY2(arrived, "CheckoutErrorRateHigh did not reach Alertmanager within 60 s");
        const QJsonObject labels = alert.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        const QJsonObject annotations = alert.value(QStringLiteral("annotations")).toObject();
        QVERIFY(annotations.value(QStringLiteral("runbook_url"))
                    .toString()
                    .startsWith(QStringLiteral("https://")));
        QVERIFY(!annotations.value(QStringLiteral("summary")).toString().isEmpty());
        QVERIFY(!alert.value(QStringLiteral("fingerprint")).toString().isEmpty());
    }

    void theInfoAlertIsInhibitedByTheCriticalOne()
    {
        const QUrl alertsUrl =
            m_stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts")));
        QJsonObject status;
        const bool inhibited = QTest::qWaitFor(
            [&] {
                const QJsonArray alerts = QJsonDocument::fromJson(httpGet(alertsUrl).body).array();
                status = findAlert(alerts, QStringLiteral("TLSCertificateExpiresSoon"))
                             .value(QStringLiteral("status"))
                             .toObject();
                return !status.value(QStringLiteral("inhibitedBy")).toArray().isEmpty();
            },
            30000);
        QVERIFY2(inhibited, QJsonDocument(status).toJson().constData());
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("suppressed"));
    }

    void theSlowRuleStaysPendingInPrometheus()
    {
        const QUrl alertsUrl =
            m_stack.prometheusUrl().resolved(QUrl(QStringLiteral("api/v1/alerts")));
        QString state;
        const bool pending = QTest::qWaitFor(
            [&] {
                const QJsonArray alerts = QJsonDocument::fromJson(httpGet(alertsUrl).body)
                                              .object()
                                              .value(QStringLiteral("data"))
                                              .toObject()
                                              .value(QStringLiteral("alerts"))
                                              .toArray();
                state = findAlert(alerts, QStringLiteral("ReplicationLagGrowing"))
                            .value(QStringLiteral("state"))
                            .toString();
                return state == QLatin1String("pending");
            },
            30000);
        QVERIFY2(pending, qPrintable(state));
    }

    void stoppingByProcessIdEndsTheServer()
    {
        const qint64 pid = m_stack.alertmanagerPid();
        const QUrl ready = m_stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("-/ready")));
        QCOMPARE(httpGet(ready).status, 200);
        m_stack.stopAlertmanager();
        QCOMPARE(httpGet(ready, 2000).status, 0);
        // The process is gone (reaped by QProcess), not merely unresponsive.
        QCOMPARE(::kill(pid_t(pid), 0), -1);

        QString error;
        QVERIFY2(m_stack.startAlertmanager(&error), qPrintable(error));
        QCOMPARE(httpGet(ready).status, 200);
    }
};

OPSDECK_TEST_GUILESS_MAIN(MonitoringStackTest)
#include "tst_monitoringstack.moc"
