#include "dashboards/queryengine.h"
#include "faultyhttpserver.h"
#include "loopbackbackend.h"
#include "metrics/metricqueryservice.h"
#include "monitoringstack.h"
#include "testhome.h"

#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
using opsdeck::test::FaultyHttpServer;
using opsdeck::test::MonitoringStack;

namespace {

constexpr int kWaitMs = 30000; // the machine is slow; a passing test takes seconds

BackendDefinition prometheus(const QUrl &url, const QString &name)
{
    return opsdeck::test::loopbackBackend(BackendKind::Prometheus, url, name);
}

// What a panel receives.
struct Received {
    int calls = 0;
    QList<PanelQueryResult> results;
};

} // namespace

// The dashboards' query engine against a real Prometheus, and against a fake server for the
// answers a real Prometheus does not give (Thanos's partial answer) and to see the method used.
class QueryEngineTest : public QObject {
    Q_OBJECT

private:
    MonitoringStack m_stack;
    MetricQueryService m_backends;
    BackendDefinition m_main;

    PanelQuery query(const QString &expr, qint64 seconds = 300, int width = 300) const
    {
        PanelQuery panelQuery;
        panelQuery.backendId = m_main.id;
        panelQuery.expr = expr;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        panelQuery.window = QueryWindow::plan(now - seconds * 1000, now, width);
        return panelQuery;
    }

    // Runs `queries` for a panel of its own and waits for them.
    static Received runAndWait(QueryEngine &engine, const QList<PanelQuery> &queries)
    {
        QObject panel;
        Received received;
        engine.run(queries, &panel, [&received](const QList<PanelQueryResult> &results) {
            ++received.calls;
            received.results = results;
        });
        if (!QTest::qWaitFor([&received] { return received.calls > 0; }, kWaitMs)) {
            qWarning("no result within %d ms", kWaitMs);
        }
        return received;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        m_main = prometheus(m_stack.prometheusUrl(), QStringLiteral("Main"));
        m_backends.setBackends({m_main});
        QueryEngine engine(m_backends);
        // Prometheus scrapes every second: wait for the first `up` of each of its three jobs.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Received received = runAndWait(engine, {query(QStringLiteral("up"), 60)});
                return received.calls == 1 && received.results.value(0).ok() &&
                       received.results.at(0).answer.series.size() >= 3;
            }(),
            60000);
    }

    void aRangeQueryAndAnInstantQueryAnswer()
    {
        QueryEngine engine(m_backends);
        PanelQuery range = query(QStringLiteral("up"));
        PanelQuery instant = query(QStringLiteral("count(up)"));
        instant.instant = true;
        const Received received = runAndWait(engine, {range, instant});
        QCOMPARE(received.calls, 1);
        QCOMPARE(received.results.size(), 2);
        const PanelQueryResult &first = received.results.at(0);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.answer.resultType, QueryAnswer::ResultType::Matrix);
        QVERIFY(first.answer.series.size() >= 3);
        QVERIFY(!first.partial && !first.capped());
        QVERIFY(first.latencyMs >= 0);
        for (const MetricSnapshot::Series &series : first.answer.series) {
            // Every point sits on the aligned grid of the window asked for.
            for (const auto &[ms, value] : series.points) {
                QCOMPARE((ms - range.window.startMs) % range.window.stepMs, 0);
                QVERIFY(ms >= range.window.startMs && ms <= range.window.endMs);
            }
        }
        const PanelQueryResult &second = received.results.at(1);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.answer.resultType, QueryAnswer::ResultType::Vector);
        QCOMPARE(second.answer.series.size(), 1);
        QCOMPARE(second.answer.series.at(0).points.at(0).second,
                 double(first.answer.series.size()));
    }

    // A PromQL error shows on its query with the server's words; the panel's other query draws.
    void aBadQueryFailsAloneWithTheServersMessage()
    {
        QueryEngine engine(m_backends);
        const Received received = runAndWait(
            engine, {query(QStringLiteral("sum(rate(up[5m])")), query(QStringLiteral("up"))});
        QCOMPARE(received.results.size(), 2);
        const QString error = received.results.at(0).error;
        QVERIFY2(error.contains(QStringLiteral("Prometheus \"Main\"")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("HTTP 400")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad_data")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("parse error")), qPrintable(error));
        QVERIFY2(received.results.at(1).ok(), qPrintable(received.results.at(1).error));
    }

    void identicalQueriesShareOneRequest()
    {
        QueryEngine engine(m_backends);
        const PanelQuery shared = query(QStringLiteral("up"));
        QObject left;
        QObject right;
        Received leftReceived;
        Received rightReceived;
        engine.run({shared}, &left, [&](const QList<PanelQueryResult> &results) {
            ++leftReceived.calls;
            leftReceived.results = results;
        });
        engine.run({shared}, &right, [&](const QList<PanelQueryResult> &results) {
            ++rightReceived.calls;
            rightReceived.results = results;
        });
        QTRY_VERIFY_WITH_TIMEOUT(leftReceived.calls == 1 && rightReceived.calls == 1, kWaitMs);
        QCOMPARE(engine.requestsSent(), 1);
        QVERIFY(leftReceived.results.at(0).ok());
        QCOMPARE(leftReceived.results.at(0).answer.series,
                 rightReceived.results.at(0).answer.series);
    }

    // More series than the cap: the first ones are kept and the answer says how many came
    // (this Prometheus does not know `limit`; it must still accept it).
    void seriesBeyondTheCapAreLeftOutAndCounted()
    {
        QueryEngine engine(m_backends);
        PanelQuery many = query(QStringLiteral("{job=\"prometheus\"}"), 60);
        many.maxSeries = 10;
        const Received received = runAndWait(engine, {many});
        const PanelQueryResult &result = received.results.value(0);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.answer.series.size(), 10);
        QVERIFY(result.capped());
        QVERIFY2(result.answer.seriesInAnswer > 100,
                 qPrintable(QString::number(result.answer.seriesInAnswer)));
    }

    void atMostFourRequestsToOneBackendAtATime()
    {
        QueryEngine engine(m_backends);
        QList<PanelQuery> queries;
        for (int i = 0; i < 10; ++i) {
            queries.append(query(QStringLiteral("vector(%1)").arg(i)));
        }
        QObject panel;
        Received received;
        QSignalSpy idle(&engine, &QueryEngine::idle);
        engine.run(queries, &panel, [&received](const QList<PanelQueryResult> &results) {
            ++received.calls;
            received.results = results;
        });
        QCOMPARE(engine.requestsInFlight(), QueryEngine::MaxPerBackend);
        QCOMPARE(engine.requestsQueued(), 10 - QueryEngine::MaxPerBackend);
        QTRY_VERIFY_WITH_TIMEOUT(received.calls == 1, kWaitMs);
        QCOMPARE(engine.requestsSent(), 10);
        for (int i = 0; i < 10; ++i) {
            const PanelQueryResult &result = received.results.at(i);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.answer.series.at(0).points.back().second, double(i)); // in order
        }
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), kWaitMs);
        QCOMPARE(engine.requestsInFlight(), 0);
    }

    // A panel that asks again, or goes, takes its earlier queries with it: their answers never
    // arrive, and requests nobody waits for are aborted.
    void aNewRunOrACancelDropsWhatWasAsked()
    {
        QueryEngine engine(m_backends);
        QObject panel;
        int oldCalls = 0;
        Received latest;
        engine.run({query(QStringLiteral("vector(1)"))}, &panel,
                   [&oldCalls](const QList<PanelQueryResult> &) { ++oldCalls; });
        engine.run({query(QStringLiteral("vector(2)"))}, &panel,
                   [&latest](const QList<PanelQueryResult> &results) {
                       ++latest.calls;
                       latest.results = results;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(latest.calls == 1, kWaitMs);
        QCOMPARE(latest.results.at(0).answer.series.at(0).points.back().second, 2.0);

        QSignalSpy idle(&engine, &QueryEngine::idle);
        int cancelledCalls = 0;
        engine.run({query(QStringLiteral("vector(3)"))}, &panel,
                   [&cancelledCalls](const QList<PanelQueryResult> &) { ++cancelledCalls; });
        QCOMPARE(engine.requestsInFlight(), 1);
        engine.cancel(&panel);
        // The aborted request's end is the positive event waited for.
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), kWaitMs);
        QCOMPARE(engine.requestsInFlight(), 0);
        QCOMPARE(oldCalls, 0);
        QCOMPARE(cancelledCalls, 0);

        auto *closing = new QObject;
        engine.run({query(QStringLiteral("vector(4)"))}, closing,
                   [](const QList<PanelQueryResult> &) { QFAIL("a destroyed panel got results"); });
        idle.clear();
        delete closing;
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), kWaitMs);
    }

    void anUnknownBackendOrAnEmptyQueryIsRefused()
    {
        QueryEngine engine(m_backends);
        PanelQuery elsewhere = query(QStringLiteral("up"));
        elsewhere.backendId = QStringLiteral("nowhere");
        const Received received = runAndWait(engine, {elsewhere, query(QStringLiteral("  "))});
        QCOMPARE(received.calls, 1);
        QVERIFY2(received.results.at(0).error.contains(QStringLiteral("nowhere")),
                 qPrintable(received.results.at(0).error));
        QVERIFY2(received.results.at(1).error.contains(QStringLiteral("empty")),
                 qPrintable(received.results.at(1).error));
        QCOMPARE(engine.requestsSent(), 0);
    }

    void aDownBackendNamesItself()
    {
        MetricQueryService backends;
        const BackendDefinition gone = prometheus(
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(MonitoringStack::freeLoopbackPort())),
            QStringLiteral("Gone"));
        backends.setBackends({gone});
        QueryEngine engine(backends);
        PanelQuery asked = query(QStringLiteral("up"));
        asked.backendId = gone.id;
        const Received received = runAndWait(engine, {asked});
        const QString error = received.results.value(0).error;
        QVERIFY2(error.contains(QStringLiteral("Prometheus \"Gone\"")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(received.results.at(0).fetchedAt.isValid());
    }

    // FaultyHttpServer: a Prometheus does not answer partially (Thanos does, with HTTP 200 and
    // warnings), and a real server does not tell which method a request came with.
    void aPartialAnswerIsMarkedAndALongQueryIsPosted()
    {
        FaultyHttpServer server;
        QVERIFY(server.listen());
        MetricQueryService backends;
        const BackendDefinition fake = prometheus(server.url(), QStringLiteral("Thanos"));
        backends.setBackends({fake});
        QueryEngine engine(backends);
        server.setResponse(FaultyHttpServer::response(
            "200 OK", "application/json",
            R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"job":"a"},"values":[[1700000000,"1"]]}]},
                "warnings":["No StoreAPIs matched for this query"]})"));
        PanelQuery shortQuery = query(QStringLiteral("up"));
        shortQuery.backendId = fake.id;
        Received received = runAndWait(engine, {shortQuery});
        QVERIFY2(received.results.value(0).ok(), qPrintable(received.results.value(0).error));
        QVERIFY(received.results.at(0).partial);
        QCOMPARE(received.results.at(0).answer.warnings,
                 QStringList{QStringLiteral("No StoreAPIs matched for this query")});
        QVERIFY2(server.lastRequestLine().startsWith("GET /api/v1/query_range?query=up&"),
                 server.lastRequestLine().constData());

        PanelQuery longQuery = shortQuery;
        longQuery.expr = QStringLiteral("up{job=~\"%1\"}").arg(QString(3000, QLatin1Char('a')));
        received = runAndWait(engine, {longQuery});
        QVERIFY(received.results.value(0).ok());
        QCOMPARE(server.lastRequestLine(), QByteArray("POST /api/v1/query_range HTTP/1.1"));
    }
};

OPSDECK_TEST_GUILESS_MAIN(QueryEngineTest)
#include "tst_queryengine.moc"
