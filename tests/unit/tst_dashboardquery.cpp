#include "common/duration.h"
#include "dashboards/panelvalues.h"
#include "dashboards/queryengine.h"
#include "dashboards/querywindow.h"
#include "dashboards/seriesreduction.h"
#include "dashboards/timerange.h"
#include "dashboards/variableinterpolation.h"
#include "metrics/queryanswer.h"

#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace opsdeck;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2026-12-08T00:00:00Z, a multiple of every step below.
constexpr qint64 kMidnight = 1'796'688'000'000;

std::optional<QueryAnswer> parsed(const QByteArray &body, QString *error, qsizetype maxSeries = -1)
{
    return QueryAnswer::parse(body, maxSeries, error);
}

} // namespace

// The query engine's pure parts: the step and window of a panel's range query, the Prometheus
// durations its variables use, the request it sends and the answers it reads.
class DashboardQueryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prometheusDurationsRead()
    {
        QCOMPARE(parsePrometheusDurationMs(u"90s"), 90 * kSecond);
        QCOMPARE(parsePrometheusDurationMs(u"1h30m"), 90 * kMinute);
        QCOMPARE(parsePrometheusDurationMs(u"250ms"), 250);
        QCOMPARE(parsePrometheusDurationMs(u"1m500ms"), kMinute + 500);
        QCOMPARE(parsePrometheusDurationMs(u"2d"), 2 * kDay);
        QCOMPARE(parsePrometheusDurationMs(u"1w"), 7 * kDay);
        QCOMPARE(parsePrometheusDurationMs(u"1y"), 365 * kDay);
        QCOMPARE(parsePrometheusDurationMs(u" 30 "), 30 * kSecond); // a bare number: seconds
        // Units out of order, repeated, unknown, or missing a number are not durations.
        for (const QString &bad :
             {QStringLiteral("30m1h"), QStringLiteral("1m1m"), QStringLiteral("5x"),
              QStringLiteral("m"), QStringLiteral("5m x"), QStringLiteral(""),
              QStringLiteral("-5m"), QStringLiteral("99999999999999999999y")}) {
            QVERIFY2(!parsePrometheusDurationMs(bad), qPrintable(bad));
        }
    }

    void prometheusDurationsWrite()
    {
        QCOMPARE(formatPrometheusDuration(90 * kMinute), QStringLiteral("1h30m"));
        QCOMPARE(formatPrometheusDuration(kDay + 1), QStringLiteral("1d1ms"));
        QCOMPARE(formatPrometheusDuration(15 * kSecond), QStringLiteral("15s"));
        QCOMPARE(formatPrometheusDuration(0), QStringLiteral("0s"));
        for (const qint64 ms : {qint64{1}, 61 * kSecond, 3 * kDay + 4 * kHour, 400 * kDay}) {
            QCOMPARE(parsePrometheusDurationMs(formatPrometheusDuration(ms)), ms);
        }
    }

    // step = max(min step, range ÷ width, range ÷ 11,000), whole seconds, ends aligned down.
    void theStepFollowsTheWidthAndTheLimit()
    {
        // One hour over 1,000 pixels: 3.6 s a pixel, rounded up to 4 s.
        QueryWindow window = QueryWindow::plan(kMidnight - kHour, kMidnight, 1000);
        QCOMPARE(window.stepMs, 4 * kSecond);
        QCOMPARE(window.startMs, kMidnight - kHour);
        QCOMPARE(window.endMs, kMidnight);

        // A wider panel than Prometheus allows points: 30 days over 100,000 pixels.
        window = QueryWindow::plan(kMidnight - 30 * kDay, kMidnight, 100'000);
        QCOMPARE(window.stepMs, 236 * kSecond); // 2,592,000 s ÷ 10,999, rounded up
        QVERIFY(window.points() <= QueryWindow::MaxPoints);

        // The panel's minimum step wins over a finer one.
        window = QueryWindow::plan(kMidnight - kHour, kMidnight, 1000, kMinute);
        QCOMPARE(window.stepMs, kMinute);
        QCOMPARE(window.points(), 61);

        // Five minutes over 1,000 pixels would be 0.3 s: never under a second.
        window = QueryWindow::plan(kMidnight - 5 * kMinute, kMidnight, 1000);
        QCOMPARE(window.stepMs, kSecond);
    }

    void bothEndsSitOnMultiplesOfTheStep()
    {
        // A range that starts and ends between steps: both ends move back to a multiple, so the
        // same panel asked a few seconds later sends the same request (a cache can answer it).
        const QueryWindow first =
            QueryWindow::plan(kMidnight - kHour + 1234, kMidnight + 1234, 1000);
        const QueryWindow later =
            QueryWindow::plan(kMidnight - kHour + 2345, kMidnight + 2345, 1000);
        QCOMPARE(first.stepMs, 4 * kSecond);
        QCOMPARE(first.startMs % first.stepMs, 0);
        QCOMPARE(first.endMs % first.stepMs, 0);
        QCOMPARE(first, later);
        QCOMPARE(first.endMs, kMidnight);

        // An empty or reversed range becomes a single point.
        const QueryWindow empty = QueryWindow::plan(kMidnight, kMidnight - kHour, 500);
        QCOMPARE(empty.startMs, empty.endMs);
        QCOMPARE(empty.points(), 1);
    }

    void theRateIntervalCoversTwoScrapes()
    {
        // max(interval + scrape, 4 × scrape)
        QCOMPARE(QueryWindow::rateIntervalMs(4 * kSecond, 15 * kSecond), 60 * kSecond);
        QCOMPARE(QueryWindow::rateIntervalMs(5 * kMinute, 15 * kSecond), 5 * kMinute + 15'000);
        QCOMPARE(QueryWindow::rateIntervalMs(kSecond, 0), 60 * kSecond); // the default scrape
    }

    void theRequestCarriesEveryParameterEncoded()
    {
        PanelQuery query;
        query.backendId = QStringLiteral("b1");
        query.expr = QStringLiteral("sum(rate(x{a=~\"b|c\"}[5m])) + 1");
        query.window = QueryWindow::plan(kMidnight - kHour, kMidnight, 1000);
        query.maxSeries = 500;
        QCOMPARE(query.path(), QStringLiteral("api/v1/query_range"));
        const QUrlQuery form(QString::fromLatin1(query.form(30)));
        QCOMPARE(form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), query.expr);
        QCOMPARE(form.queryItemValue(QStringLiteral("start")), QStringLiteral("1796684400.000"));
        QCOMPARE(form.queryItemValue(QStringLiteral("end")), QStringLiteral("1796688000.000"));
        QCOMPARE(form.queryItemValue(QStringLiteral("step")), QStringLiteral("4.000"));
        QCOMPARE(form.queryItemValue(QStringLiteral("timeout")), QStringLiteral("30s"));
        QCOMPARE(form.queryItemValue(QStringLiteral("limit")), QStringLiteral("501"));
        // The '+' must not arrive as a space.
        QVERIFY(!query.form(30).contains('+'));

        query.instant = true;
        query.maxSeries = 0;
        QCOMPARE(query.path(), QStringLiteral("api/v1/query"));
        const QUrlQuery instant(QString::fromLatin1(query.form(0)));
        QCOMPARE(instant.queryItemValue(QStringLiteral("time")), QStringLiteral("1796688000.000"));
        QVERIFY(!instant.hasQueryItem(QStringLiteral("step")));
        QVERIFY(!instant.hasQueryItem(QStringLiteral("timeout")));
        QVERIFY(!instant.hasQueryItem(QStringLiteral("limit")));
    }

    void identicalQueriesShareAKey()
    {
        PanelQuery a;
        a.backendId = QStringLiteral("b1");
        a.expr = QStringLiteral("up");
        a.window = QueryWindow::plan(kMidnight - kHour + 100, kMidnight + 100, 800);
        PanelQuery b = a;
        b.window = QueryWindow::plan(kMidnight - kHour + 900, kMidnight + 900, 800);
        QCOMPARE(a.key(), b.key());
        b.expr = QStringLiteral("up ");
        QVERIFY(a.key() != b.key());
        b = a;
        b.backendId = QStringLiteral("b2");
        QVERIFY(a.key() != b.key());
        b = a;
        b.instant = true;
        QVERIFY(a.key() != b.key());
    }

    void aMatrixAnswerReads()
    {
        QString error;
        const auto answer = parsed(
            R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"__name__":"up","job":"a"},"values":[[1700000000,"1"],[1700000015.5,"NaN"],
                  [1700000030,"+Inf"],[1700000045,"-Inf"],[1700000060,"1e3"]]},
                {"metric":{},"values":[]}]},
              "warnings":["partial response: store b down"],"infos":["metric might not be a counter"]})",
            &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->resultType, QueryAnswer::ResultType::Matrix);
        QCOMPARE(answer->series.size(), 2);
        QCOMPARE(answer->seriesInAnswer, 2);
        QCOMPARE(answer->series.at(0).labels.value(QStringLiteral("job")), QStringLiteral("a"));
        const auto &points = answer->series.at(0).points;
        QCOMPARE(points.size(), std::size_t(5));
        QCOMPARE(points.at(0).first, 1'700'000'000'000);
        QCOMPARE(points.at(1).first, 1'700'000'015'500);
        QVERIFY(std::isnan(points.at(1).second));
        QVERIFY(std::isinf(points.at(2).second) && points.at(2).second > 0);
        QVERIFY(std::isinf(points.at(3).second) && points.at(3).second < 0);
        QCOMPARE(points.at(4).second, 1000.0);
        QCOMPARE(answer->warnings, QStringList{QStringLiteral("partial response: store b down")});
        QCOMPARE(answer->infos, QStringList{QStringLiteral("metric might not be a counter")});
    }

    void vectorScalarAndStringAnswersRead()
    {
        QString error;
        auto answer = parsed(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"job":"a"},"value":[1700000000,"3"]},
            {"metric":{"job":"b"},"value":[1700000000,"4.5"]}]}})",
                             &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->resultType, QueryAnswer::ResultType::Vector);
        QCOMPARE(answer->series.size(), 2);
        QCOMPARE(answer->series.at(1).points.at(0).second, 4.5);

        // resultType after the result, as a server may write it.
        answer = parsed(
            R"({"data":{"result":[1700000000.25,"42"],"resultType":"scalar"},"status":"success"})",
            &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->resultType, QueryAnswer::ResultType::Scalar);
        QCOMPARE(answer->series.size(), 1);
        QCOMPARE(answer->series.at(0).points.at(0),
                 std::make_pair(qint64{1'700'000'000'250}, 42.0));

        answer = parsed(
            R"({"status":"success","data":{"resultType":"string","result":[1700000000,"hello"]}})",
            &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->resultType, QueryAnswer::ResultType::String);
        QCOMPARE(answer->text, QStringLiteral("hello"));
        QVERIFY(answer->series.isEmpty());
    }

    void seriesBeyondTheCapAreCountedNotKept()
    {
        QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
        for (int i = 0; i < 12; ++i) {
            body += (i > 0 ? "," : "") +
                    QStringLiteral(R"({"metric":{"i":"%1"},"values":[[1,"%1"]]})").arg(i).toUtf8();
        }
        body += "]}}";
        QString error;
        const auto answer = parsed(body, &error, 5);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->series.size(), 5);
        QCOMPARE(answer->seriesInAnswer, 12);
        QCOMPARE(answer->series.at(4).labels.value(QStringLiteral("i")), QStringLiteral("4"));
    }

    // What the token reader declines (an exponent, a long number) the full reader takes.
    void unusualNumbersReadAlike()
    {
        QString error;
        const auto answer = parsed(
            R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"a":"\u00e9"},"values":[[1.7e9,"2"],[1700000001.0000000000000001,"3"]]}]}})",
            &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->series.at(0).labels.value(QStringLiteral("a")), QStringLiteral("é"));
        QCOMPARE(answer->series.at(0).points.at(0).first, 1'700'000'000'000);
        QCOMPARE(answer->series.at(0).points.at(1).first, 1'700'000'001'000);
    }

    void theServersErrorIsItsOwnWords()
    {
        QString error;
        QVERIFY(!parsed(
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unclosed left parenthesis"})",
            &error));
        QCOMPARE(error, QStringLiteral("bad_data: 1:5: parse error: unclosed left parenthesis"));
        QVERIFY(!parsed(R"({"status":"error"})", &error));
        QVERIFY2(error.contains(QStringLiteral("without saying")), qPrintable(error));
    }

    // Every reducer at once, over the finite values; a counter's reset is not a decrease.
    void aSeriesSumsUp()
    {
        const double nan = std::nan("");
        const SeriesSummary summary =
            SeriesSummary::of({{1000, 1.0}, {2000, 2.0}, {3000, nan}, {4000, 0.0}, {5000, 3.0}});
        using Reduction = DashboardPanel::Reduction;
        QCOMPARE(summary.value(Reduction::First), 1.0);
        QCOMPARE(summary.value(Reduction::LastNotNull), 3.0);
        QCOMPARE(summary.value(Reduction::Min), 0.0);
        QCOMPARE(summary.value(Reduction::Max), 3.0);
        QCOMPARE(summary.value(Reduction::Mean), 1.5);
        QCOMPARE(summary.value(Reduction::Sum), 6.0);
        QCOMPARE(summary.value(Reduction::Count), 4.0);
        QCOMPARE(summary.value(Reduction::Range), 3.0);
        QCOMPARE(summary.value(Reduction::Delta), 4.0); // +1, reset to 0, +3
        const SeriesSummary trailingGap = SeriesSummary::of({{1000, 5.0}, {2000, nan}});
        QVERIFY(std::isnan(*trailingGap.value(Reduction::Last)));
        QCOMPARE(trailingGap.value(Reduction::LastNotNull), 5.0);
        const SeriesSummary none = SeriesSummary::of({});
        QVERIFY(!none.value(Reduction::Mean) && !none.value(Reduction::Sum));
        QCOMPARE(none.value(Reduction::Count), 0.0);
    }

    // M4: per pixel column the first, lowest, highest and last point, in time order.
    void decimationKeepsEverySpike()
    {
        SeriesPoints points;
        for (qint64 i = 0; i < 11'000; ++i) {
            points.emplace_back(i * 1000, std::sin(double(i) / 50.0));
        }
        points[7777].second = 40.0; // one spike
        points[3333].second = -40.0;
        const SeriesPoints drawn = decimateForColumns(points, 0, 10'999'000, 200, 1000);
        QVERIFY2(drawn.size() <= 800, qPrintable(QString::number(drawn.size())));
        QVERIFY(drawn.size() >= 400);
        QVERIFY(std::is_sorted(drawn.cbegin(), drawn.cend()));
        QVERIFY(std::find(drawn.cbegin(), drawn.cend(), points[7777]) != drawn.cend());
        QVERIFY(std::find(drawn.cbegin(), drawn.cend(), points[3333]) != drawn.cend());
        QCOMPARE(drawn.front(), points.front());
        QCOMPARE(drawn.back(), points.back());
    }

    void gapsStayGaps()
    {
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();
        // A NaN, an infinity, and three steps without samples each break the line once.
        const SeriesPoints drawn = decimateForColumns(
            {{0, 1}, {1000, nan}, {2000, 2}, {3000, inf}, {4000, 3}, {8000, 4}, {9000, 5}}, 0, 9000,
            100, 1000);
        QStringList shape;
        for (const auto &[ms, value] : drawn) {
            shape.append(std::isnan(value) ? QStringLiteral("gap") : QString::number(value));
        }
        QCOMPARE(shape.join(u' '), QStringLiteral("1 gap 2 gap 3 gap 4 5"));
        // A series that starts with a gap does not start with a break.
        QCOMPARE(decimateForColumns({{0, nan}, {1000, 1}}, 0, 1000, 10, 1000).size(),
                 std::size_t(1));
    }

    void legendFormatsNameSeries()
    {
        const QMap<QString, QString> labels{{QStringLiteral("__name__"), QStringLiteral("up")},
                                            {QStringLiteral("instance"), QStringLiteral("a:9100")},
                                            {QStringLiteral("job"), QStringLiteral("node")}};
        QCOMPARE(panelvalues::seriesName(QStringLiteral("{{instance}} – {{ job }}"), labels),
                 QStringLiteral("a:9100 – node"));
        QCOMPARE(panelvalues::seriesName(QStringLiteral("{{missing}}x"), labels),
                 QStringLiteral("x"));
        QCOMPARE(panelvalues::seriesName({}, labels),
                 QStringLiteral("up{instance=\"a:9100\", job=\"node\"}"));
        QCOMPARE(panelvalues::seriesName(QStringLiteral("__auto"), labels),
                 panelvalues::seriesName({}, labels));
    }

    void valuesAreWrittenInTheirUnit_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("decimals"); // -1: as many as are useful
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << 1536.0 << QStringLiteral("bytes") << -1
                               << QStringLiteral("1.5 KiB");
        QTest::newRow("gibibytes") << 3.0 * 1024 * 1024 * 1024 << QStringLiteral("bytes") << 1
                                   << QStringLiteral("3.0 GiB");
        QTest::newRow("decimal bytes")
            << 2500.0 << QStringLiteral("decbytes") << -1 << QStringLiteral("2.5 kB");
        QTest::newRow("small decimal bytes")
            << 12.0 << QStringLiteral("decbytes") << -1 << QStringLiteral("12 B");
        QTest::newRow("bits a second")
            << 4.2e6 << QStringLiteral("bps") << -1 << QStringLiteral("4.2 Mb/s");
        QTest::newRow("seconds below one")
            << 0.25 << QStringLiteral("s") << -1 << QStringLiteral("250 ms");
        QTest::newRow("seconds above a minute")
            << 90.0 << QStringLiteral("s") << -1 << QStringLiteral("1.5 min");
        QTest::newRow("milliseconds")
            << 1500.0 << QStringLiteral("ms") << -1 << QStringLiteral("1.5 s");
        QTest::newRow("percent") << 42.123 << QStringLiteral("percent") << 1
                                 << QStringLiteral("42.1%");
        QTest::newRow("percent unit")
            << 0.5 << QStringLiteral("percentunit") << -1 << QStringLiteral("50%");
        QTest::newRow("requests") << 3.0 << QStringLiteral("reqps") << 2
                                  << QStringLiteral("3.00 req/s");
        QTest::newRow("operations")
            << 1200.0 << QStringLiteral("ops") << -1 << QStringLiteral("1.2 kops/s");
        QTest::newRow("short") << 1234567.0 << QStringLiteral("short") << -1
                               << QStringLiteral("1.23 Mil");
        QTest::newRow("no unit") << 0.000123 << QStringLiteral("") << -1
                                 << QStringLiteral("0.000123");
        QTest::newRow("an unknown unit")
            << 5.0 << QStringLiteral("widgets") << -1 << QStringLiteral("5 widgets");
        QTest::newRow("not a number")
            << std::nan("") << QStringLiteral("bytes") << -1 << QStringLiteral("NaN");
        QTest::newRow("infinity") << -std::numeric_limits<double>::infinity() << QStringLiteral("s")
                                  << -1 << QStringLiteral("-Inf");
    }

    void valuesAreWrittenInTheirUnit()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(panelvalues::format(value, unit,
                                     decimals < 0 ? std::nullopt : std::optional<int>(decimals)),
                 text);
        QCOMPARE(panelvalues::format(std::nullopt, unit), QStringLiteral("No data"));
    }

    void dashboardTimesRead()
    {
        const qint64 now = kMidnight + 5 * kHour + 17 * kMinute + 3 * kSecond;
        QCOMPARE(parseDashboardTime(QStringLiteral("now"), now), now);
        QCOMPARE(parseDashboardTime(QStringLiteral("now-15m"), now), now - 15 * kMinute);
        QCOMPARE(parseDashboardTime(QStringLiteral(" now+1h "), now), now + kHour);
        QCOMPARE(parseDashboardTime(QStringLiteral("now/d"), now), kMidnight);
        QCOMPARE(parseDashboardTime(QStringLiteral("now-1d/d"), now), kMidnight - kDay);
        QCOMPARE(parseDashboardTime(QStringLiteral("now/h"), now), kMidnight + 5 * kHour);
        QCOMPARE(parseDashboardTime(QStringLiteral("2026-12-08T00:00:00Z"), now), kMidnight);
        QCOMPARE(parseDashboardTime(QStringLiteral("2026-12-08T01:30:00+01:30"), now), kMidnight);
        QCOMPARE(parseDashboardTime(QStringLiteral("1796688000000"), now), kMidnight);
        for (const QString &bad :
             {QStringLiteral("yesterday"), QStringLiteral("now-"), QStringLiteral("now-5x"),
              QStringLiteral("now/q"), QStringLiteral("2026-12-08T00:00:00"), QString()}) {
            QVERIFY2(!parseDashboardTime(bad, now), qPrintable(bad));
        }
    }

    void variablesArePutIn()
    {
        InterpolationScope scope;
        scope.values.insert(QStringLiteral("instance"),
                            {QStringLiteral("a.b:9100"), QStringLiteral("c")});
        scope.values.insert(QStringLiteral("job"), {QStringLiteral("node")});
        scope.values.insert(QStringLiteral("one"), {QStringLiteral("x+y")});
        scope.regexValued = {QStringLiteral("instance"), QStringLiteral("one")};
        scope.intervalMs = 15 * kSecond;
        scope.rateIntervalMs = kMinute;
        scope.rangeMs = kHour;
        QCOMPARE(interpolateVariables(
                     QStringLiteral(R"(rate(x{instance=~"$instance"}[$__rate_interval]))"), scope),
                 QStringLiteral(R"q(rate(x{instance=~"(a\\.b:9100|c)"}[1m]))q"));
        QCOMPARE(interpolateVariables(QStringLiteral("${job}/[[job]]/$job"), scope),
                 QStringLiteral("node/node/node"));
        QCOMPARE(interpolateVariables(QStringLiteral("${instance:pipe} ${instance:csv}"), scope),
                 QStringLiteral("a.b:9100|c a.b:9100,c"));
        QCOMPARE(interpolateVariables(QStringLiteral(R"({a=~"$one"})"), scope),
                 QStringLiteral(R"({a=~"x\\+y"})"));
        QCOMPARE(interpolateVariables(
                     QStringLiteral("$__interval $__interval_ms $__range $__range_s $__range_ms"),
                     scope),
                 QStringLiteral("15s 15000 1h 3600 3600000"));
        // Not a variable of this dashboard: left as written, for the server to refuse.
        QCOMPARE(interpolateVariables(QStringLiteral("up{a=\"$nothing\"} $"), scope),
                 QStringLiteral("up{a=\"$nothing\"} $"));
        QCOMPARE(escapePromQlRegex(QStringLiteral(R"(a\b)")), QStringLiteral(R"(a\\\\b)"));
    }

    void badAnswersSayWhere_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::newRow("not JSON") << QByteArray(R"({"status":"success","data":)")
                                  << QStringLiteral("at byte 27 of 27");
        QTest::newRow("trailing text")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)")
            << QStringLiteral("at byte 64 of 65");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("(answer)");
        QTest::newRow("unknown status")
            << QByteArray(R"({"status":"maybe","data":{}})") << QStringLiteral("status:");
        QTest::newRow("no data") << QByteArray(R"({"status":"success"})")
                                 << QStringLiteral("data: is missing");
        QTest::newRow("unknown result type")
            << QByteArray(R"({"status":"success","data":{"resultType":"cube","result":[]}})")
            << QStringLiteral("data.resultType:");
        QTest::newRow("value not a string")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,3]]}]}})")
            << QStringLiteral("data.result[0].values[1][1]:");
        QTest::newRow("value not a number")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"many"]}]}})")
            << QStringLiteral("data.result[0].value[1]: expected a number as a string");
        QTest::newRow("label not a string")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})")
            << QStringLiteral("data.result[0].metric.a:");
        QTest::newRow("time missing")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"vector","result":[{"value":["1"]}]}})")
            << QStringLiteral("data.result[0].value[0]:");
        QTest::newRow("a scalar where series belong")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[1,"1"]}})")
            << QStringLiteral("data.result: expected a list of series");
        QTest::newRow("a point too many")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"vector","result":[{"value":[1,"1",2]}]}})")
            << QStringLiteral("data.result[0].value[2]:");
        QTest::newRow("a time out of range")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"vector","result":[{"value":[1e300,"1"]}]}})")
            << QStringLiteral("data.result[0].value[0]: the time");
    }

    void badAnswersSayWhere()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!parsed(body, &error));
        QVERIFY2(error.contains(where), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(DashboardQueryTest)
#include "tst_dashboardquery.moc"
