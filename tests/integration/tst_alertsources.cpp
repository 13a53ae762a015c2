#include "alarms/alertparser.h"
#include "alarms/alertsnapshot.h"
#include "httpfetch.h"
#include "monitoringstack.h"
#include "testhome.h"

#include <QTest>

using namespace opsdeck;
using opsdeck::test::httpGet;

// Parsing what a real Alertmanager and a real Prometheus answer, fingerprints included.
class AlertSourcesTest : public QObject {
    Q_OBJECT

private:
    opsdeck::test::MonitoringStack m_stack;

    ParsedAlerts alertmanagerAlerts() const
    {
        return AlertParser::parseAlertmanager(
            httpGet(m_stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts")))).body,
            QStringLiteral("am"));
    }

    ParsedAlerts prometheusAlerts() const
    {
        return AlertParser::parsePrometheus(
            httpGet(m_stack.prometheusUrl().resolved(QUrl(QStringLiteral("api/v1/alerts")))).body,
            QStringLiteral("prom"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        // Wait until the firing demo alerts have reached Alertmanager.
        QVERIFY(QTest::qWaitFor([this] { return alertmanagerAlerts().alerts.size() >= 3; }, 60000));
    }

    void alertmanagerAlertsParseWithoutWarnings()
    {
        const ParsedAlerts parsed = alertmanagerAlerts();
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(QLatin1Char('\n'))));
        bool inhibited = false;
        for (const Alert &alert : parsed.alerts) {
            QVERIFY(alert.startsAt.isValid());
            QVERIFY(!alert.name().isEmpty());
            inhibited = inhibited || !alert.inhibitedBy.isEmpty();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            inhibited ||
                [this] {
                    for (const Alert &alert : alertmanagerAlerts().alerts) {
                        if (!alert.inhibitedBy.isEmpty()) {
                            return true;
                        }
                    }
                    return false;
                }(),
            20000);
    }

    void ourFingerprintsAreAlertmanagers()
    {
        const ParsedAlerts parsed = alertmanagerAlerts();
        QVERIFY(!parsed.alerts.isEmpty());
        for (const Alert &alert : parsed.alerts) {
            QCOMPARE(AlertParser::fingerprint(alert.labels), alert.fingerprint);
        }
    }

    void aPrometheusAndAnAlertmanagerAlertAreOne()
    {
        const ParsedAlerts fromPrometheus = prometheusAlerts();
        QVERIFY2(fromPrometheus.ok(), qPrintable(fromPrometheus.error));
        QVERIFY2(fromPrometheus.warnings.isEmpty(),
                 qPrintable(fromPrometheus.warnings.join(QLatin1Char('\n'))));
        const ParsedAlerts fromAlertmanager = alertmanagerAlerts();
        const AlertSnapshot snapshot =
            AlertSnapshot::merge({fromAlertmanager.alerts, fromPrometheus.alerts});
        bool sawBoth = false;
        bool sawPendingOnlyInPrometheus = false;
        for (const Alert &alert : snapshot.alerts) {
            if (alert.name() == QLatin1String("CheckoutErrorRateHigh")) {
                QCOMPARE(alert.sources,
                         (QStringList{QStringLiteral("am"), QStringLiteral("prom")}));
                sawBoth = true;
            }
            if (alert.name() == QLatin1String("ReplicationLagGrowing")) {
                QCOMPARE(alert.sources, QStringList{QStringLiteral("prom")});
                QCOMPARE(alert.state, Alert::State::Pending);
                sawPendingOnlyInPrometheus = true;
            }
        }
        QVERIFY(sawBoth);
        QVERIFY(sawPendingOnlyInPrometheus);
    }
};

OPSDECK_TEST_GUILESS_MAIN(AlertSourcesTest)
#include "tst_alertsources.moc"
