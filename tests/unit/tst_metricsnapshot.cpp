#include "metrics/metricrangequery.h"
#include "metrics/metricsnapshot.h"
#include "testhome.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

using namespace opsdeck;

namespace {

// An answer as Prometheus 2.x writes it for /api/v1/query_range.
const QByteArray kMatrix = R"({"status":"success","data":{"resultType":"matrix","result":[
  {"metric":{"__name__":"up","instance":"127.0.0.1:9090","job":"prometheus"},
   "values":[[1700000000.123,"1"],[1700000015,"1.5"],[1700000030,"NaN"],[1700000045,"+Inf"],
             [1700000060,"-Inf"],[1700000075,"-2.5e-3"]]},
  {"metric":{"job":"demo-down"},"values":[[1700000000,"0"]]}
]},"warnings":["some warning"]})";

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

MetricSnapshot sample()
{
    MetricSnapshot snapshot;
    snapshot.query = QStringLiteral("rate(http_requests_total{code=~\"5..\"}[5m]) + 1");
    snapshot.backendId = QStringLiteral("0190c3a2-0000-7000-8000-000000000001");
    snapshot.backendName = QStringLiteral("Main Prometheus");
    snapshot.start = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    snapshot.end = utc(1700003600);
    snapshot.stepSeconds = 8;
    MetricSnapshot::Series first;
    first.labels = {{QStringLiteral("__name__"), QStringLiteral("up")},
                    {QStringLiteral("job"), QStringLiteral("a\"b")}};
    first.points = {{1700000000123, 1.0},
                    {1700000008123, std::nan("")},
                    {1700000016123, std::numeric_limits<double>::infinity()},
                    {1700000024123, -std::numeric_limits<double>::infinity()},
                    {1700000032123, 0.1 + 0.2}};
    snapshot.series = {first, MetricSnapshot::Series{}};
    snapshot.warning = QStringLiteral("the query returned 120 series; only the first 100 are kept");
    return snapshot;
}

} // namespace

class MetricSnapshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAMatrixWithNaNAndInfinities()
    {
        QString error;
        qsizetype total = 0;
        QStringList warnings;
        const QList<MetricSnapshot::Series> series =
            MetricSnapshot::parseQueryRange(kMatrix, &error, -1, &total, &warnings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(total, 2);
        QCOMPARE(series.size(), 2);
        QCOMPARE(warnings, QStringList{QStringLiteral("some warning")});
        const MetricSnapshot::Series &up = series.at(0);
        QCOMPARE(up.labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
        QCOMPARE(up.labels.value(QStringLiteral("job")), QStringLiteral("prometheus"));
        QCOMPARE(up.points.size(), std::size_t(6));
        QCOMPARE(up.points[0].first, qint64(1700000000123));
        QCOMPARE(up.points[0].second, 1.0);
        QCOMPARE(up.points[1].first, qint64(1700000015000));
        QCOMPARE(up.points[1].second, 1.5);
        QVERIFY(std::isnan(up.points[2].second));
        QVERIFY(std::isinf(up.points[3].second) && up.points[3].second > 0);
        QVERIFY(std::isinf(up.points[4].second) && up.points[4].second < 0);
        QCOMPARE(up.points[5].second, -0.0025);
        QCOMPARE(series.at(1).points.size(), std::size_t(1));

        MetricSnapshot snapshot;
        snapshot.series = series;
        QCOMPARE(snapshot.seriesName(0),
                 QStringLiteral("up{instance=\"127.0.0.1:9090\", job=\"prometheus\"}"));
        QCOMPARE(snapshot.seriesName(1), QStringLiteral("{job=\"demo-down\"}"));
        QCOMPARE(MetricSnapshot::seriesNameOf({{QStringLiteral("__name__"), QStringLiteral("up")}}),
                 QStringLiteral("up"));
        QCOMPARE(MetricSnapshot::seriesNameOf({}), QStringLiteral("{}"));
        QCOMPARE(snapshot.pointCount(), 7);
    }

    void keepsAtMostTheGivenNumberOfSeries()
    {
        QString error;
        qsizetype total = 0;
        const auto series = MetricSnapshot::parseQueryRange(kMatrix, &error, 1, &total);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(series.size(), 1);
        QCOMPARE(total, 2);
    }

    void anEmptyMatrixIsNoError()
    {
        QString error = QStringLiteral("stale");
        const auto series = MetricSnapshot::parseQueryRange(
            R"({"status":"success","data":{"resultType":"matrix","result":[]}})", &error);
        QVERIFY(error.isEmpty());
        QVERIFY(series.isEmpty());
    }

    void reportsPrometheusErrors()
    {
        QString error;
        const auto series = MetricSnapshot::parseQueryRange(
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected right parenthesis ')'"})",
            &error);
        QVERIFY(series.isEmpty());
        QCOMPARE(error,
                 QStringLiteral("bad_data: 1:5: parse error: unexpected right parenthesis ')'"));
    }

    void explainsGarbage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("html") << QByteArray("<html>502</html>")
                              << QStringList{QStringLiteral("not JSON"),
                                             QStringLiteral("at byte 0 of 16")};
        QTest::newRow("cut off") << QByteArray("{\"status\":\"success\",\"data\":{\"resu")
                                 << QStringList{QStringLiteral("not JSON"),
                                                QStringLiteral("at byte 33 of 33")};
        QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("not JSON")};
        // Found by fuzzing: a number beyond a double ended the console.
        QTest::newRow("number beyond a double")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{},"values":[[1e309,"1"]]}]}})")
            << QStringList{QStringLiteral("not JSON"), QStringLiteral("1e309")};
        QTest::newRow("no status")
            << QByteArray(R"({"data":{}})") << QStringList{QStringLiteral("status: is missing")};
        QTest::newRow("vector")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
            << QStringList{QStringLiteral("data.resultType"), QStringLiteral("matrix")};
        QTest::newRow("bad value")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{},"values":[[1,"1"]]},
                {"metric":{},"values":[[1,"1"],[2,"many"]]}]}})")
            << QStringList{QStringLiteral("data.result[1].values[1][1]"),
                           QStringLiteral("\"many\"")};
        QTest::newRow("bad time")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{},"values":[["soon","1"]]}]}})")
            << QStringList{QStringLiteral("data.result[0].values[0][0]")};
        QTest::newRow("bad label")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"job":3},"values":[]}]}})")
            << QStringList{QStringLiteral("data.result[0].metric.job")};
    }

    void explainsGarbage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, mentions);
        QString error;
        const auto series = MetricSnapshot::parseQueryRange(body, &error);
        QVERIFY(series.isEmpty());
        for (const QString &mention : mentions) {
            QVERIFY2(error.contains(mention), qPrintable(error));
        }
    }

    void payloadRoundTrips()
    {
        const MetricSnapshot snapshot = sample();
        const Json payload = snapshot.toPayload();
        QCOMPARE(QString::fromStdString(payload.at("query").get<std::string>()), snapshot.query);
        QCOMPARE(payload.at("start").get<std::string>(), std::string("2023-11-14T22:13:20.123Z"));
        QCOMPARE(payload.at("stepSeconds").get<int>(), 8);
        const Json &points = payload.at("series").at(0).at("points");
        QCOMPARE(points.at(0).at(0).get<qint64>(), qint64(1700000000123));
        QCOMPARE(points.at(1).at(1).get<std::string>(), std::string("NaN"));
        QCOMPARE(points.at(2).at(1).get<std::string>(), std::string("+Inf"));
        QCOMPARE(points.at(3).at(1).get<std::string>(), std::string("-Inf"));

        // Through text, as the workspace stores it.
        const Json stored = Json::parse(jsonText(payload).toStdString());
        const MetricSnapshot back = MetricSnapshot::fromPayload(stored, QStringLiteral("payload"));
        QVERIFY(back == snapshot);
        QCOMPARE(back.series.at(0).points[4].second, 0.1 + 0.2); // exact, not rounded

        MetricSnapshot withoutWarning = snapshot;
        withoutWarning.warning.clear();
        QVERIFY(!withoutWarning.toPayload().contains("warning"));
    }

    void aBrokenPayloadNamesTheField_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer of the field to break
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("path");
        QTest::newRow("query") << "/query"
                               << "3"
                               << "event.payload.query";
        QTest::newRow("start") << "/start"
                               << "\"yesterday\""
                               << "event.payload.start";
        QTest::newRow("step") << "/stepSeconds"
                              << "0"
                              << "event.payload.stepSeconds";
        QTest::newRow("series") << "/series"
                                << "{}"
                                << "event.payload.series";
        QTest::newRow("labels") << "/series/0/labels/job"
                                << "1"
                                << "event.payload.series[0].labels.job";
        QTest::newRow("point") << "/series/0/points/2"
                               << "[1]"
                               << "event.payload.series[0].points[2]";
        QTest::newRow("time") << "/series/0/points/1/0"
                              << "1.5"
                              << "event.payload.series[0].points[1][0]";
        QTest::newRow("value") << "/series/0/points/4/1"
                               << "\"lots\""
                               << "event.payload.series[0].points[4][1]";
    }

    void aBrokenPayloadNamesTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, path);
        Json payload = sample().toPayload();
        payload[Json::json_pointer(pointer.toStdString())] = Json::parse(replacement.toStdString());
        try {
            MetricSnapshot::fromPayload(payload, QStringLiteral("event.payload"));
            QFAIL("accepted a broken payload");
        } catch (const ModelError &e) {
            QCOMPARE(e.path(), path);
        }
    }

    void stepKeepsSeriesWithinPrometheusLimit_data()
    {
        QTest::addColumn<qint64>("rangeSeconds");
        QTest::addColumn<int>("expectedStep");
        QTest::newRow("1 min") << qint64(60) << 1;
        QTest::newRow("15 min") << qint64(900) << 2;
        QTest::newRow("1 h") << qint64(3600) << 8;
        QTest::newRow("6 h") << qint64(6 * 3600) << 44;
        QTest::newRow("24 h") << qint64(86400) << 173;
        QTest::newRow("30 days") << qint64(30 * 86400) << 5184;
        QTest::newRow("empty") << qint64(0) << 1;
    }

    void stepKeepsSeriesWithinPrometheusLimit()
    {
        QFETCH(qint64, rangeSeconds);
        QFETCH(int, expectedStep);
        const QDateTime start = utc(1700000000);
        const QDateTime end = start.addSecs(rangeSeconds);
        const int step = MetricSnapshot::stepSecondsFor(start, end);
        QCOMPARE(step, expectedStep);
        const qint64 points = rangeSeconds / step + 1;
        QVERIFY(points <= MetricSnapshot::MaxPointsPerSeries);
        QVERIFY(points <= MetricSnapshot::TargetPointsPerSeries + 1);
    }

    void theRequestEncodesEveryCharacter()
    {
        const QString query = QStringLiteral("sum(rate(x{a=~\"b|c\"}[5m])) + 1 & 2");
        const QString path =
            MetricRangeQuery::requestPath(query, utc(1700000000), utc(1700003600), 8, 10);
        QVERIFY2(!path.contains(QLatin1Char('+')), qPrintable(path)); // Go reads '+' as space
        const QUrlQuery parameters(QUrl(path).query(QUrl::FullyEncoded));
        QCOMPARE(parameters.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), query);
        QCOMPARE(parameters.queryItemValue(QStringLiteral("start")),
                 QStringLiteral("1700000000.000"));
        QCOMPARE(parameters.queryItemValue(QStringLiteral("end")),
                 QStringLiteral("1700003600.000"));
        QCOMPARE(parameters.queryItemValue(QStringLiteral("step")), QStringLiteral("8"));
        QCOMPARE(parameters.queryItemValue(QStringLiteral("timeout")), QStringLiteral("10s"));
        QVERIFY(path.startsWith(QLatin1String("api/v1/query_range?")));
    }
};

OPSDECK_TEST_GUILESS_MAIN(MetricSnapshotTest)
#include "tst_metricsnapshot.moc"
