#include "faultyhttpserver.h"
#include "loopbackbackend.h"
#include "metrics/metricqueryservice.h"
#include "metrics/metricrangequery.h"
#include "monitoringstack.h"
#include "testhome.h"
#include "timeline/metricsnapshotdialog.h"
#include "timeline/metricsnapshotview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
using opsdeck::test::FaultyHttpServer;
using opsdeck::test::MonitoringStack;

namespace {

constexpr int kWaitMs = 30000; // the machine is slow; a passing test takes seconds

BackendDefinition prometheus(const QUrl &url, const QString &name = QStringLiteral("Main"))
{
    return opsdeck::test::loopbackBackend(BackendKind::Prometheus, url, name);
}

struct Outcome {
    bool finished = false;
    std::optional<MetricSnapshot> snapshot;
    QString error;
};

// Runs one range query over the last `seconds` and waits for its outcome.
Outcome runQuery(const BackendDefinition &backend, const QString &query, int seconds = 300)
{
    MetricRangeQuery rangeQuery;
    Outcome outcome;
    QObject::connect(&rangeQuery, &MetricRangeQuery::succeeded, &rangeQuery,
                     [&outcome](const MetricSnapshot &snapshot) {
                         outcome.finished = true;
                         outcome.snapshot = snapshot;
                     });
    QObject::connect(&rangeQuery, &MetricRangeQuery::failed, &rangeQuery,
                     [&outcome](const QString &error) {
                         outcome.finished = true;
                         outcome.error = error;
                     });
    const QDateTime end = QDateTime::currentDateTimeUtc();
    rangeQuery.start(backend, {}, query, end.addSecs(-seconds), end);
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, kWaitMs)) {
        outcome.error = QStringLiteral("neither succeeded() nor failed() within 30 s");
    }
    return outcome;
}

QUrl closedPort()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(MonitoringStack::freeLoopbackPort()));
}

} // namespace

// MetricRangeQuery, MetricQueryService and the snapshot dialog against a real Prometheus, and
// against a fake server for the faults a real one cannot produce.
class MetricRangeQueryTest : public QObject {
    Q_OBJECT

private:
    MonitoringStack m_stack;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        // Prometheus scrapes every second: wait for the first `up` of each of its three jobs.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                const Outcome outcome =
                    runQuery(prometheus(m_stack.prometheusUrl()), QStringLiteral("up"), 60);
                return outcome.snapshot && outcome.snapshot->series.size() >= 3;
            }(),
            60000);
    }

    void aRealPrometheusAnswersARangeQuery()
    {
        const BackendDefinition backend = prometheus(m_stack.prometheusUrl());
        const Outcome outcome = runQuery(backend, QStringLiteral("up"));
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error));
        const MetricSnapshot &snapshot = *outcome.snapshot;
        QCOMPARE(snapshot.query, QStringLiteral("up"));
        QCOMPARE(snapshot.backendId, backend.id);
        QCOMPARE(snapshot.backendName, backend.name);
        QCOMPARE(snapshot.stepSeconds, 1); // 5 minutes / 500 points
        QCOMPARE(snapshot.start.secsTo(snapshot.end), 300);
        QVERIFY(snapshot.warning.isEmpty());
        QStringList jobs;
        for (const MetricSnapshot::Series &series : snapshot.series) {
            QVERIFY(!series.points.empty());
            QCOMPARE(series.labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
            jobs.append(series.labels.value(QStringLiteral("job")));
            for (const auto &[ms, value] : series.points) {
                QVERIFY(ms >= snapshot.start.toMSecsSinceEpoch());
                QVERIFY(ms <= snapshot.end.toMSecsSinceEpoch());
                QVERIFY(value == 0.0 || value == 1.0);
            }
        }
        QVERIFY2(jobs.contains(QStringLiteral("prometheus")), qPrintable(jobs.join(u',')));
        // The demo's unreachable target is down.
        QVERIFY2(jobs.contains(QStringLiteral("demo-down")), qPrintable(jobs.join(u',')));

        const Outcome buildInfo = runQuery(backend, QStringLiteral("prometheus_build_info"));
        QVERIFY2(buildInfo.snapshot, qPrintable(buildInfo.error));
        QCOMPARE(buildInfo.snapshot->series.size(), 1);
        QVERIFY(buildInfo.snapshot->series.at(0).labels.contains(QStringLiteral("version")));
    }

    // A '+' must reach Prometheus as a plus, not as a space.
    void operatorsSurviveTheUrl()
    {
        const Outcome outcome = runQuery(prometheus(m_stack.prometheusUrl()),
                                         QStringLiteral("up{job=\"prometheus\"} + 41"));
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error));
        QCOMPARE(outcome.snapshot->series.size(), 1);
        QCOMPARE(outcome.snapshot->series.at(0).points.back().second, 42.0);
    }

    void aBadQueryShowsPrometheusParseError()
    {
        const Outcome outcome = runQuery(prometheus(m_stack.prometheusUrl(), QStringLiteral("Lab")),
                                         QStringLiteral("sum(rate(up[5m])"));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.snapshot);
        QVERIFY2(outcome.error.contains(QStringLiteral("Prometheus \"Lab\"")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("HTTP 400")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("bad_data")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("parse error")), qPrintable(outcome.error));
    }

    void moreThanAHundredSeriesAreCutWithAWarning()
    {
        // Everything Prometheus scrapes from itself: several hundred series.
        const Outcome outcome = runQuery(prometheus(m_stack.prometheusUrl()),
                                         QStringLiteral("{job=\"prometheus\"}"), 60);
        QVERIFY2(outcome.snapshot, qPrintable(outcome.error));
        QCOMPARE(outcome.snapshot->series.size(), MetricSnapshot::MaxSeries);
        QVERIFY2(outcome.snapshot->warning.contains(QStringLiteral("only the first 100")),
                 qPrintable(outcome.snapshot->warning));
    }

    void aClosedPortIsRefused()
    {
        const QUrl url = closedPort();
        const Outcome outcome =
            runQuery(prometheus(url, QStringLiteral("Gone")), QStringLiteral("up"));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.snapshot);
        QVERIFY2(outcome.error.contains(QStringLiteral("Prometheus \"Gone\"")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(url.toString()), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(outcome.error));
    }

    // FaultyHttpServer is used only here: a real Prometheus never answers 200 with garbage, and
    // cannot be made to accept a request and then say nothing.
    void garbageAndSilenceFromAFakeServer()
    {
        FaultyHttpServer server;
        QVERIFY(server.listen());
        BackendDefinition backend = prometheus(server.url(), QStringLiteral("Fake"));
        backend.timeoutSeconds = 1;

        server.setResponse(FaultyHttpServer::response(
            "200 OK", "application/json", "{\"status\":\"success\",\"data\":{\"resultType\":"));
        Outcome outcome = runQuery(backend, QStringLiteral("up"));
        QVERIFY(outcome.finished && !outcome.snapshot);
        QVERIFY2(outcome.error.contains(QStringLiteral("Prometheus \"Fake\"")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("not JSON")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("byte")), qPrintable(outcome.error));

        server.setBehaviour(FaultyHttpServer::Behaviour::Stall);
        outcome = runQuery(backend, QStringLiteral("up"));
        QVERIFY(outcome.finished && !outcome.snapshot);
        QVERIFY2(outcome.error.contains(QStringLiteral("Prometheus \"Fake\"")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("no complete answer within 1 s")),
                 qPrintable(outcome.error));
    }

    void aNewStartDropsTheOlderAnswer()
    {
        MetricRangeQuery rangeQuery;
        QSignalSpy succeeded(&rangeQuery, &MetricRangeQuery::succeeded);
        QSignalSpy failed(&rangeQuery, &MetricRangeQuery::failed);
        const QDateTime end = QDateTime::currentDateTimeUtc();
        rangeQuery.start(prometheus(closedPort()), {}, QStringLiteral("up"), end.addSecs(-60), end);
        rangeQuery.start(prometheus(m_stack.prometheusUrl()), {}, QStringLiteral("up"),
                         end.addSecs(-60), end);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, kWaitMs);
        // The same refused connection, asked once more: by the time it has failed, the
        // dropped query would have failed too.
        MetricRangeQuery witness;
        QSignalSpy witnessFailed(&witness, &MetricRangeQuery::failed);
        witness.start(prometheus(closedPort()), {}, QStringLiteral("up"), end.addSecs(-60), end);
        QTRY_COMPARE_WITH_TIMEOUT(witnessFailed.size(), 1, kWaitMs);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(succeeded.size(), 1);
        QVERIFY(!rangeQuery.isRunning());
    }

    void theServiceRunsQueriesForItsPrometheusBackends()
    {
        MetricQueryService service;
        BackendDefinition alertmanager = prometheus(m_stack.alertmanagerUrl());
        alertmanager.kind = opsdeck::BackendKind::Alertmanager;
        const BackendDefinition main = prometheus(m_stack.prometheusUrl());
        service.setBackends({alertmanager, main});
        QCOMPARE(service.prometheusBackends().size(), 1);
        QCOMPARE(service.prometheusBackends().at(0).id, main.id);

        QObject context;
        std::optional<MetricSnapshot> answer;
        QString error = QStringLiteral("not called");
        const QDateTime end = QDateTime::currentDateTimeUtc();
        service.run(main.id, QStringLiteral("up"), end.addSecs(-60), end, &context,
                    [&](const std::optional<MetricSnapshot> &snapshot, const QString &text) {
                        answer = snapshot;
                        error = text;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value() || error != QStringLiteral("not called"),
                                 kWaitMs);
        QVERIFY2(answer && !answer->series.isEmpty(), qPrintable(error));

        error = QStringLiteral("not called");
        service.run(alertmanager.id, QStringLiteral("up"), end.addSecs(-60), end, &context,
                    [&](const std::optional<MetricSnapshot> &snapshot, const QString &text) {
                        answer = snapshot;
                        error = text;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not called"), kWaitMs);
        QVERIFY(!answer);
        QVERIFY2(error.contains(alertmanager.id), qPrintable(error));

        // A context destroyed before the answer: the callback never runs.
        bool called = false;
        {
            QObject shortLived;
            service.run(main.id, QStringLiteral("up"), end.addSecs(-60), end, &shortLived,
                        [&called](const std::optional<MetricSnapshot> &, const QString &) {
                            called = true;
                        });
        }
        // The same query for a context that lives: once it has answered, so has the other.
        bool answered = false;
        service.run(main.id, QStringLiteral("up"), end.addSecs(-60), end, &context,
                    [&answered](const std::optional<MetricSnapshot> &, const QString &) {
                        answered = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
        QVERIFY(!called);
    }

    void theDialogAttachesOnlyAnAnsweredQuery()
    {
        MetricQueryService service;
        const BackendDefinition main = prometheus(m_stack.prometheusUrl());
        service.setBackends({main});
        QWidget window;
        window.show();
        QPointer<ui::MetricSnapshotDialog> dialog =
            ui::MetricSnapshotDialog::openFor(&service, {}, {}, &window);
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QSignalSpy attached(dialog.data(), &ui::MetricSnapshotDialog::attachRequested);
        auto *attach = dialog->findChild<QPushButton *>(QStringLiteral("attachButton"));
        auto *query = dialog->findChild<QPushButton *>(QStringLiteral("queryButton"));
        auto *range = dialog->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        auto *preview = dialog->findChild<ui::MetricSnapshotView *>(QStringLiteral("preview"));
        QVERIFY(attach && query && range && preview);
        QVERIFY(!attach->isEnabled());
        QVERIFY(!query->isEnabled()); // no query typed yet

        range->setCurrentIndex(range->findData(15 * 60));
        dialog->findChild<QLineEdit *>(QStringLiteral("queryEdit"))->setText(QStringLiteral("up"));
        QVERIFY(query->isEnabled());
        QTest::mouseClick(query, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(attach->isEnabled(), kWaitMs);
        QVERIFY(preview->isShowingChart());
        QVERIFY(preview->lineSeries().size() >= 2);
        QVERIFY(preview->lineSeries().at(0)->count() > 0);

        // Another range: the preview no longer answers it, so it cannot be attached.
        range->setCurrentIndex(range->findData(3600));
        QVERIFY(!attach->isEnabled());
        range->setCurrentIndex(range->findData(15 * 60));
        QVERIFY(!attach->isEnabled());
        QTest::mouseClick(query, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(attach->isEnabled(), kWaitMs);

        QTest::mouseClick(attach, Qt::LeftButton);
        QCOMPARE(attached.size(), 1);
        const auto snapshot = attached.at(0).at(0).value<MetricSnapshot>();
        QCOMPARE(snapshot.query, QStringLiteral("up"));
        QCOMPARE(snapshot.backendId, main.id);
        QCOMPARE(snapshot.stepSeconds, 2); // 15 minutes / 500 points
        QVERIFY(!snapshot.series.isEmpty());
        QTRY_VERIFY(dialog.isNull()); // closed and deleted itself
    }

    // Last: the fixture's Prometheus goes away.
    void aStoppedPrometheusIsRefused()
    {
        const BackendDefinition backend =
            prometheus(m_stack.prometheusUrl(), QStringLiteral("Main"));
        m_stack.stopPrometheus();
        const Outcome outcome = runQuery(backend, QStringLiteral("up"));
        QVERIFY(outcome.finished && !outcome.snapshot);
        QVERIFY2(outcome.error.contains(QStringLiteral("Prometheus \"Main\"")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(outcome.error));
    }
};

OPSDECK_TEST_MAIN(MetricRangeQueryTest)
#include "tst_metricrangequery.moc"
