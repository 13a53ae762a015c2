#include "backends/backendprobe.h"
#include "model/backendendpoint.h"
#include "testhome.h"

#include <QTest>

using opsdeck::BackendEndpoint;
using opsdeck::BackendProbe;
using Kind = opsdeck::BackendEndpoint::Kind;

class BackendEndpointTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsHttpUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "http://127.0.0.1:9090"
                               << "http://127.0.0.1:9090/";
        QTest::newRow("https with prefix") << "https://mon.example.org/prometheus"
                                           << "https://mon.example.org/prometheus/";
        QTest::newRow("query dropped") << "http://am:9093/?x=1"
                                       << "http://am:9093/";
    }

    void acceptsHttpUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = BackendEndpoint::parseUrl(text, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
    }

    void rejectsWhatIsNotABackendUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "URL";
        QTest::newRow("no scheme") << "localhost:9090"
                                   << "localhost:9090";
        QTest::newRow("ftp") << "ftp://host/"
                             << "ftp://host/";
        QTest::newRow("no host") << "http://"
                                 << "http://";
        QTest::newRow("credentials") << "https://admin:hunter2@host/"
                                     << "credentials";
        QTest::newRow("credentials and a bad scheme") << "htps://admin:hunter2@host/"
                                                      << "htps://***@host/";
    }

    void rejectsWhatIsNotABackendUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!BackendEndpoint::parseUrl(text, &error).isValid());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), "a password never reaches a message");
    }

    void statusUrlsFollowTheKind()
    {
        const BackendEndpoint prometheus{
            Kind::Prometheus, {}, QUrl(QStringLiteral("http://p:9090/sub/"))};
        QCOMPARE(prometheus.statusUrl().toString(),
                 QStringLiteral("http://p:9090/sub/api/v1/status/buildinfo"));
        const BackendEndpoint alertmanager{
            Kind::Alertmanager, {}, QUrl(QStringLiteral("http://a:9093/"))};
        QCOMPARE(alertmanager.statusUrl().toString(),
                 QStringLiteral("http://a:9093/api/v2/status"));
    }

    void parsesStatusDocuments()
    {
        const auto prometheus = BackendProbe::parseStatus(
            Kind::Prometheus,
            "{\"status\":\"success\",\"data\":{\"version\":\"2.42.0\",\"revision\":\"x\"}}");
        QVERIFY(prometheus.ok);
        QCOMPARE(prometheus.version, QStringLiteral("2.42.0"));
        const auto alertmanager = BackendProbe::parseStatus(
            Kind::Alertmanager,
            "{\"cluster\":{},\"versionInfo\":{\"version\":\"0.25.0\"},\"uptime\":\"x\"}");
        QVERIFY(alertmanager.ok);
        QCOMPARE(alertmanager.version, QStringLiteral("0.25.0"));
    }

    void badStatusDocumentsSayWhatIsWrong_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << int(Kind::Prometheus) << QByteArray("<html><body>502 Bad Gateway")
                              << "not JSON";
        QTest::newRow("truncated")
            << int(Kind::Alertmanager) << QByteArray("{\"versionInfo\":{\"vers") << "not JSON";
        QTest::newRow("array") << int(Kind::Prometheus) << QByteArray("[1,2]") << "not JSON";
        QTest::newRow("wrong kind")
            << int(Kind::Alertmanager)
            << QByteArray("{\"status\":\"success\",\"data\":{\"version\":\"2.42.0\"}}")
            << "/versionInfo/version";
        QTest::newRow("version not a string")
            << int(Kind::Prometheus) << QByteArray("{\"data\":{\"version\":2}}") << "/data/version";
    }

    void badStatusDocumentsSayWhatIsWrong()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto result = BackendProbe::parseStatus(Kind(kind), body);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    }
};

OPSDECK_TEST_GUILESS_MAIN(BackendEndpointTest)
#include "tst_backendendpoint.moc"
