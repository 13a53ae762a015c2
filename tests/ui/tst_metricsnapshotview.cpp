#include "metrics/metricqueryservice.h"
#include "monitoringstack.h"
#include "testhome.h"
#include "timeline/metricsnapshotdialog.h"
#include "timeline/metricsnapshotview.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTest>

#include <cmath>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

constexpr qint64 kStartMs = 1700000000000; // 2023-11-14 22:13:20 UTC, 23:13:20 in Berlin

MetricSnapshot::Series line(const QString &job, qsizetype points, double base = 0)
{
    MetricSnapshot::Series series;
    series.labels = {{QStringLiteral("__name__"), QStringLiteral("requests")},
                     {QStringLiteral("job"), job}};
    for (qsizetype i = 0; i < points; ++i) {
        series.points.emplace_back(kStartMs + i * 1000, base + std::sin(double(i) / 50.0));
    }
    return series;
}

MetricSnapshot snapshotOf(QList<MetricSnapshot::Series> series)
{
    MetricSnapshot snapshot;
    snapshot.query = QStringLiteral("rate(requests[5m])");
    snapshot.backendName = QStringLiteral("Main");
    snapshot.start = QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC);
    snapshot.end = snapshot.start.addSecs(3 * 3600 + 3600);
    snapshot.stepSeconds = 1;
    snapshot.series = std::move(series);
    return snapshot;
}

BackendDefinition prometheusAt(const QUrl &url, const QString &name)
{
    BackendDefinition definition;
    definition.id = newId();
    definition.name = name;
    definition.kind = opsdeck::BackendKind::Prometheus;
    definition.url = url.toString();
    definition.proxy = QStringLiteral("none");
    return definition;
}

double maxY(const QLineSeries *series)
{
    double highest = -1e300;
    for (const QPointF &point : series->points()) {
        highest = std::max(highest, point.y());
    }
    return highest;
}

} // namespace

class MetricSnapshotViewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsOneLinePerSeriesWithNamesAndTitle()
    {
        MetricSnapshotView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isShowingChart());
        const MetricSnapshot snapshot =
            snapshotOf({line(QStringLiteral("a"), 100), line(QStringLiteral("b"), 100, 2),
                        line(QStringLiteral("c"), 100, 4)});
        view.setSnapshot(snapshot);
        QVERIFY(view.isShowingChart());
        QVERIFY(view.shownText().isEmpty());
        QCOMPARE(view.chart()->series().size(), 3);
        QCOMPARE(view.lineSeries().size(), 3);
        QCOMPARE(view.chart()->title(), snapshot.query);
        QVERIFY(view.chart()->legend()->isVisible());
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(view.lineSeries().at(i)->name(), snapshot.seriesName(i));
            QCOMPARE(view.lineSeries().at(i)->count(), 100); // few points: all drawn
        }
        QCOMPARE(view.lineSeries().at(1)->name(), QStringLiteral("requests{job=\"b\"}"));
        QVERIFY(view.accessibleName().contains(snapshot.query));
        QVERIFY2(view.accessibleDescription().contains(QStringLiteral("3 series")),
                 qPrintable(view.accessibleDescription()));

        // Replacing the snapshot replaces the lines.
        view.setSnapshot(snapshotOf({line(QStringLiteral("only"), 10)}));
        QCOMPARE(view.chart()->series().size(), 1);
    }

    void decimatesLongSeriesToTwoPointsPerPixel()
    {
        MetricSnapshotView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MetricSnapshot::Series longSeries = line(QStringLiteral("long"), 11000);
        longSeries.points[5003].second = 1000; // one spike must survive
        longSeries.points[7001].second = -1000;
        longSeries.points[9000].second = std::nan("");
        view.setSnapshot(snapshotOf({longSeries, line(QStringLiteral("short"), 300)}));
        QLineSeries *drawn = view.lineSeries().at(0);
        QVERIFY2(drawn->count() <= 2 * 600, qPrintable(QString::number(drawn->count())));
        QVERIFY2(drawn->count() >= 200, qPrintable(QString::number(drawn->count())));
        QCOMPARE(maxY(drawn), 1000.0);
        double lowest = 0;
        for (const QPointF &point : drawn->points()) {
            QVERIFY(std::isfinite(point.y()));
            lowest = std::min(lowest, point.y());
        }
        QCOMPARE(lowest, -1000.0);
        // In time order, as a line needs.
        const QList<QPointF> points = drawn->points();
        for (qsizetype i = 1; i < points.size(); ++i) {
            QVERIFY(points.at(i).x() > points.at(i - 1).x());
        }
        QCOMPARE(view.lineSeries().at(1)->count(), 300);

        // Narrower: fewer points once the resize settles.
        view.resize(300, 400);
        QTRY_VERIFY(view.lineSeries().at(0)->count() <= 2 * 300);
        QCOMPARE(maxY(view.lineSeries().at(0)), 1000.0);
    }

    void decimateKeepsMinimumAndMaximumPerBucket()
    {
        std::vector<std::pair<qint64, double>> points;
        for (qint64 i = 0; i < 1000; ++i) {
            points.emplace_back(i, double(i % 10));
        }
        points.emplace_back(1000, std::numeric_limits<double>::infinity());
        const QList<QPointF> drawn = MetricSnapshotView::decimate(points, 10, 5);
        QCOMPARE(drawn.size(), 20);
        for (qsizetype i = 0; i < drawn.size(); i += 2) {
            QCOMPARE(drawn.at(i).y(), 0.0);
            QCOMPARE(drawn.at(i + 1).y(), 9.0);
        }
        QCOMPARE(drawn.first().x(), 5.0);                                  // shifted
        QCOMPARE(MetricSnapshotView::decimate(points, 1000).size(), 1000); // fits: unchanged
    }

    void showsTextWhenThereIsNoData()
    {
        MetricSnapshotView view;
        view.setPlaceholderText(QStringLiteral("Run a query"));
        QVERIFY(!view.isShowingChart());
        QCOMPARE(view.shownText(), QStringLiteral("Run a query"));
        QCOMPARE(view.accessibleDescription(), QStringLiteral("Run a query"));

        view.setSnapshot(snapshotOf({}));
        QVERIFY(!view.isShowingChart());
        QVERIFY2(view.shownText().contains(QStringLiteral("no data")),
                 qPrintable(view.shownText()));
        QVERIFY(view.shownText().contains(QStringLiteral("rate(requests[5m])")));

        MetricSnapshot::Series nothingFinite;
        nothingFinite.points = {{kStartMs, std::nan("")}};
        view.setSnapshot(snapshotOf({nothingFinite}));
        QVERIFY(!view.isShowingChart());

        view.setSnapshot(snapshotOf({line(QStringLiteral("a"), 5)}));
        QVERIFY(view.isShowingChart());
        view.clear();
        QVERIFY(!view.isShowingChart());
        QCOMPARE(view.chart()->series().size(), 0);
    }

    // CTest runs this with TZ=Europe/Berlin: local time is UTC+1 in November.
    void switchesBetweenLocalTimeAndUtc()
    {
        MetricSnapshotView view;
        view.setSnapshot(snapshotOf({line(QStringLiteral("a"), 5)}));
        auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QVERIFY(!view.isUtc());
        QCOMPARE(axis->titleText(), QStringLiteral("Time (local)"));
        QCOMPARE(view.lineSeries().at(0)->at(0).x(), double(kStartMs));
        QCOMPARE(axis->min().time(), QTime(23, 13, 20));

        view.setUtc(true);
        QCOMPARE(axis->titleText(), QStringLiteral("Time (UTC)"));
        QCOMPARE(view.lineSeries().at(0)->at(0).x(), double(kStartMs - 3600 * 1000));
        QCOMPARE(axis->min().time(), QTime(22, 13, 20)); // the axis labels read UTC
        view.setUtc(false);
        QCOMPARE(view.lineSeries().at(0)->at(0).x(), double(kStartMs));
    }

    void theLegendHidesForTooManySeries()
    {
        MetricSnapshotView view;
        QList<MetricSnapshot::Series> many;
        for (int i = 0; i < MetricSnapshotView::MaxLegendSeries + 1; ++i) {
            many.append(line(QString::number(i), 3));
        }
        view.setSnapshot(snapshotOf(many));
        QCOMPARE(view.lineSeries().size(), MetricSnapshotView::MaxLegendSeries + 1);
        QVERIFY(!view.chart()->legend()->isVisible());
        QVERIFY(view.accessibleDescription().contains(QStringLiteral("legend is hidden")));
    }

    void theDialogWithoutBackendsSaysSo()
    {
        MetricQueryService service;
        auto *dialog = new MetricSnapshotDialog(&service);
        dialog->setQuery(QStringLiteral("up"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("No Prometheus backend")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("queryButton"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("attachButton"))->isEnabled());
        delete dialog;
    }

    void theDialogOffersTheIncidentSpan()
    {
        MetricQueryService service;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-7200);
        MetricSnapshotDialog dialog(&service, start, {});
        auto *range = dialog.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        QCOMPARE(range->count(), 5);
        QCOMPARE(range->currentIndex(), 0); // the incident, chosen by default
        QVERIFY(range->currentText().contains(QStringLiteral("incident")));

        MetricSnapshotDialog withoutIncident(&service);
        auto *plainRange = withoutIncident.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        QCOMPARE(plainRange->count(), 4);
        QCOMPARE(plainRange->currentData().toInt(), 3600);
    }

    void aFailedQueryShowsItsReasonAndAttachesNothing()
    {
        MetricQueryService service;
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/")
                              .arg(opsdeck::test::MonitoringStack::freeLoopbackPort()));
        service.setBackends({prometheusAt(closed, QStringLiteral("Nowhere"))});
        QWidget window;
        window.show();
        MetricSnapshotDialog *dialog = MetricSnapshotDialog::openFor(&service, {}, {}, &window);
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QVERIFY(dialog->isVisible());
        int attached = 0;
        connect(dialog, &MetricSnapshotDialog::attachRequested, this, [&attached] { ++attached; });
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *query = dialog->findChild<QPushButton *>(QStringLiteral("queryButton"));
        auto *attach = dialog->findChild<QPushButton *>(QStringLiteral("attachButton"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("backendCombo"))->currentText(),
                 QStringLiteral("Nowhere"));
        QVERIFY(error->isHidden());
        QVERIFY(!query->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("queryEdit"))->setText(QStringLiteral("up"));
        QVERIFY(query->isEnabled());
        QVERIFY(!attach->isEnabled());

        QTest::mouseClick(query, Qt::LeftButton);
        QVERIFY(!query->isEnabled()); // one query at a time
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("Nowhere")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(error->text()));
        QVERIFY(!attach->isEnabled());
        QVERIFY(query->isEnabled()); // try again
        QVERIFY(
            !dialog->findChild<MetricSnapshotView *>(QStringLiteral("preview"))->isShowingChart());
        QVERIFY(!dialog->previewed());
        // Pressing Attach anyway (Enter) attaches nothing.
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(attached, 0);
        dialog->close();
    }
};

OPSDECK_TEST_MAIN(MetricSnapshotViewTest)
#include "tst_metricsnapshotview.moc"
