#include "dashboards/dashboardcatalog.h"
#include "dashboards/dashboarddock.h"
#include "dashboards/dashboardgrid.h"
#include "dashboards/dashboardlistmodel.h"
#include "dashboards/dashboardsdock.h"
#include "dashboards/dashboardservice.h"
#include "dashboards/dashboardsfeature.h"
#include "dashboards/panelwidget.h"
#include "dashboards/queryengine.h"
#include "dashboards/timeserieschart.h"
#include "loopbackbackend.h"
#include "metrics/metricqueryservice.h"
#include "monitoringstack.h"
#include "secrets/secretstore.h"
#include "store/workspacestore.h"
#include "testhome.h"
#include "testwindowhost.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace opsdeck;
using namespace opsdeck::ui;
using opsdeck::test::MonitoringStack;

namespace {

constexpr int kWaitMs = 30000;

DashboardPanel panel(const QString &id, DashboardPanel::Kind kind, const QString &title,
                     const QString &expr, DashboardPanel::GridPos grid)
{
    DashboardPanel made;
    made.id = id;
    made.kind = kind;
    made.title = title;
    made.grid = grid;
    if (!expr.isEmpty()) {
        made.queries.append(DashboardPanel::Query::promql(QStringLiteral("A"), expr));
    }
    return made;
}

// Panels above the first row, a collapsed row, and a tall open row whose last panel is far
// below the fold.
Dashboard demoDashboard()
{
    using Kind = DashboardPanel::Kind;
    Dashboard dashboard;
    dashboard.title = QStringLiteral("Demo service");
    dashboard.from = QStringLiteral("now-5m");
    DashboardPanel up = panel(QStringLiteral("1"), Kind::TimeSeries, QStringLiteral("Targets up"),
                              QStringLiteral("up"), {0, 0, 12, 8});
    up.queries[0].legendFormat = QStringLiteral("{{job}}");
    dashboard.panels.append(up);
    DashboardPanel count = panel(QStringLiteral("2"), Kind::Stat, QStringLiteral("Targets"),
                                 QStringLiteral("count(up)"), {12, 0, 6, 8});
    dashboard.panels.append(count);
    dashboard.panels.append(panel(QStringLiteral("3"), Kind::TimeSeries,
                                  QStringLiteral("Broken query"),
                                  QStringLiteral("sum(rate(up[5m])"), {18, 0, 6, 8}));
    DashboardRow folded;
    folded.title = QStringLiteral("Details");
    folded.collapsed = true;
    folded.y = 8;
    folded.panels.append(panel(QStringLiteral("4"), Kind::TimeSeries, QStringLiteral("Hidden"),
                               QStringLiteral("up * 2"), {0, 9, 24, 8}));
    dashboard.rows.append(folded);
    DashboardRow tall;
    tall.title = QStringLiteral("More");
    tall.y = 9;
    tall.panels.append(panel(QStringLiteral("5"), Kind::TimeSeries, QStringLiteral("Tall"),
                             QStringLiteral("up * 3"), {0, 10, 24, 60}));
    tall.panels.append(panel(QStringLiteral("6"), Kind::Stat, QStringLiteral("Far below"),
                             QStringLiteral("count(up) * 10"), {0, 70, 24, 6}));
    tall.panels.append(
        panel(QStringLiteral("7"), Kind::Unsupported, QStringLiteral("Logs"), {}, {0, 76, 24, 4}));
    tall.panels.last().pluginType = QStringLiteral("logs");
    dashboard.rows.append(tall);
    return dashboard;
}

} // namespace

// The Dashboards view and an open dashboard against a real Prometheus: the list follows the
// workspace, the panels in sight draw, the rest ask nothing until they are seen.
class DashboardViewTest : public QObject {
    Q_OBJECT

private:
    MonitoringStack m_stack;
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    SecretStore m_secrets{QStringLiteral("test.opsdeck.org")};
    MetricQueryService m_metrics;
    QString m_dashboardId;

    PanelWidget *panelTitled(const DashboardDock &dock, const QString &title) const
    {
        for (PanelWidget *widget : dock.panels()) {
            if (widget->panel().title == title) {
                return widget;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("dash.opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        const BackendDefinition prometheus = opsdeck::test::loopbackBackend(
            BackendKind::Prometheus, m_stack.prometheusUrl(), QStringLiteral("Demo"));
        m_metrics.setBackends({prometheus});
        // Prometheus scrapes every second: wait for the `up` of each of its three jobs to be
        // there a few seconds back, so that a range query ending now on a whole step has it.
        QueryEngine engine(m_metrics);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                PanelQuery query;
                query.backendId = prometheus.id;
                query.expr = QStringLiteral("up");
                query.instant = true;
                query.window.endMs = QDateTime::currentMSecsSinceEpoch() - 5000;
                QObject waiter;
                std::optional<qsizetype> series;
                engine.run({query}, &waiter, [&series](const QList<PanelQueryResult> &results) {
                    series = results.value(0).answer.series.size();
                });
                return QTest::qWaitFor([&series] { return series.has_value(); }, kWaitMs) &&
                       *series >= 3;
            }(),
            60000);
        Dashboard dashboard = demoDashboard();
        DashboardService service(*m_store);
        QVERIFY2(service.save(dashboard, QStringLiteral("tester"),
                              DashboardVersion::Reason::Created, &error),
                 qPrintable(error));
        m_dashboardId = dashboard.id;
    }

    void anEmptyWorkspaceOffersImport()
    {
        QTemporaryDir dir;
        QString error;
        const auto empty =
            WorkspaceStore::open(dir.filePath(QStringLiteral("empty.opsdeck")), &error);
        QVERIFY2(empty, qPrintable(error));
        DashboardCatalog catalog(*empty);
        DashboardsDock dock(catalog);
        QVERIFY(!dock.isShowingEmptyState()); // not before the catalogue is read
        QSignalSpy loaded(&catalog, &CatalogSignals::loaded);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        QVERIFY(dock.isShowingEmptyState());
        QSignalSpy importAsked(&dock, &DashboardsDock::importRequested);
        const QList<QToolButton *> buttons = dock.findChildren<QToolButton *>();
        const auto offered = std::find_if(buttons.cbegin(), buttons.cend(), [](auto *button) {
            return button->defaultAction() != nullptr &&
                   button->defaultAction()->objectName() ==
                       QLatin1String("importDashboardAction") &&
                   button->isVisibleTo(button->window());
        });
        QVERIFY(offered != buttons.cend());
        (*offered)->click();
        QCOMPARE(importAsked.size(), 1);
    }

    void theListFollowsTheWorkspace()
    {
        DashboardCatalog catalog(*m_store);
        QSignalSpy loaded(&catalog, &CatalogSignals::loaded);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        DashboardsDock dock(catalog);
        QAbstractItemModelTester tester(dock.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dock.model()->rowCount(), 1);
        QVERIFY(!dock.isShowingEmptyState());
        QCOMPARE(dock.model()->index(0, DashboardListModel::Title).data().toString(),
                 QStringLiteral("Demo service"));
        QCOMPARE(dock.model()->index(0, DashboardListModel::Panels).data().toInt(), 7);

        // Another writer adds one: it appears without a reload.
        Dashboard second;
        second.title = QStringLiteral("Another");
        QString error;
        QVERIFY(DashboardService(*m_store).save(second, QStringLiteral("tester"),
                                                DashboardVersion::Reason::Created, &error));
        QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 2, 5000);
        QVERIFY(DashboardService(*m_store).remove(second.id, &error));
        QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), 1, 5000);
    }

    void anOpenDashboardDrawsWhatIsInSight()
    {
        QWidget window;
        window.resize(1200, 700);
        TestWindowHost host(&window);
        DashboardsFeature feature(FeatureEnvironment{*m_store, m_secrets, QStringLiteral("tester")},
                                  m_metrics);
        const QList<ViewDock *> views = feature.createViews(host);
        feature.start(host);
        QTRY_VERIFY_WITH_TIMEOUT(feature.catalog().isLoaded(), 5000);
        window.show();
        DashboardDock *dock = feature.open(host, m_dashboardId);
        QVERIFY(dock != nullptr);
        dock->resize(1200, 650);

        PanelWidget *up = panelTitled(*dock, QStringLiteral("Targets up"));
        PanelWidget *count = panelTitled(*dock, QStringLiteral("Targets"));
        PanelWidget *broken = panelTitled(*dock, QStringLiteral("Broken query"));
        PanelWidget *hidden = panelTitled(*dock, QStringLiteral("Hidden"));
        PanelWidget *far = panelTitled(*dock, QStringLiteral("Far below"));
        PanelWidget *logs = panelTitled(*dock, QStringLiteral("Logs"));
        QVERIFY(up && count && broken && hidden && far && logs);
        QTRY_VERIFY_WITH_TIMEOUT(up->hasData() && count->hasData() && !broken->isLoading(),
                                 kWaitMs);

        // A chart with a line a job, named by the legend format.
        QStringList names;
        for (const TimeSeriesChart::Line &line : up->chart()->lines()) {
            names.append(line.name);
        }
        QVERIFY2(names.contains(QStringLiteral("prometheus")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("demo-down")));
        QCOMPARE(count->shownValue(), QString::number(names.size()));
        // The server's own words on the broken panel; the others draw.
        QVERIFY2(broken->statusText().contains(QStringLiteral("Error")),
                 qPrintable(broken->statusText()));
        QVERIFY(!broken->hasData());
        QVERIFY(logs->findChild<QWidget *>(QStringLiteral("unsupportedPanel")) != nullptr);

        // Folded and far below: nothing asked.
        QVERIFY(hidden->isHidden());
        QVERIFY(!hidden->hasData() && !hidden->isLoading());
        QVERIFY(!far->hasData() && !far->isLoading());

        // Unfolded, the row's panel asks and draws.
        dock->grid()->setRowCollapsed(0, false);
        QTRY_VERIFY_WITH_TIMEOUT(hidden->hasData(), kWaitMs);
        // Scrolled to the bottom, the far panel asks and draws.
        QScrollBar *scroll = dock->scrollArea()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(far->hasData(), kWaitMs);
        QCOMPARE(far->shownValue(), QString::number(names.size() * 10));

        // Opening it again shows the same dock.
        QCOMPARE(feature.open(host, m_dashboardId), dock);
        qDeleteAll(views);
    }

    // The dashboards open when the console quits open again at its next start; one the user
    // closed does not.
    void whatWasOpenOpensAgain()
    {
        const FeatureEnvironment environment{*m_store, m_secrets, QStringLiteral("tester")};
        QWidget window;
        {
            TestWindowHost host(&window);
            DashboardsFeature feature(environment, m_metrics);
            const QList<ViewDock *> views = feature.createViews(host);
            QSignalSpy loaded(&feature.catalog(), &CatalogSignals::loaded);
            feature.start(host);
            QVERIFY(loaded.wait(5000));
            QVERIFY(feature.open(host, m_dashboardId) != nullptr);
            qDeleteAll(views);
        } // the console quits with the dashboard open
        TestWindowHost host(&window);
        auto feature = std::make_unique<DashboardsFeature>(environment, m_metrics);
        QList<ViewDock *> views = feature->createViews(host);
        QSignalSpy loaded(&feature->catalog(), &CatalogSignals::loaded);
        feature->start(host);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(host.documentDocks.size(), 1);
        auto *reopened = qobject_cast<DashboardDock *>(host.documentDocks.first().data());
        QVERIFY(reopened != nullptr);
        QCOMPARE(reopened->dashboardId(), m_dashboardId);
        reopened->close(); // by the user
        QTRY_VERIFY(host.documentDocks.first().isNull());
        qDeleteAll(views);
        feature.reset();

        TestWindowHost next(&window);
        DashboardsFeature again(environment, m_metrics);
        views = again.createViews(next);
        QSignalSpy loadedAgain(&again.catalog(), &CatalogSignals::loaded);
        again.start(next);
        QVERIFY(loadedAgain.wait(5000));
        QVERIFY(next.documentDocks.isEmpty());
        qDeleteAll(views);
    }

    // A drag on a chart zooms every panel to that range; Back returns.
    void zoomAndBack()
    {
        QueryEngine engine(m_metrics);
        DashboardService service(*m_store);
        QString error;
        const std::optional<Dashboard> dashboard = service.find(m_dashboardId, &error);
        QVERIFY2(dashboard, qPrintable(error));
        DashboardDock dock(*dashboard, engine, m_metrics.prometheusBackends().first().id);
        dock.resize(1000, 600);
        dock.show();
        const auto [start, end] = dock.range();
        QCOMPARE(end - start, 5 * 60'000);
        PanelWidget *up = dock.panels().first();
        Q_EMIT up->zoomRequested(start + 60'000, start + 120'000);
        QCOMPARE(dock.range(), std::make_pair(start + 60'000, start + 120'000));
        QVERIFY(dock.canGoBack());
        QTRY_VERIFY_WITH_TIMEOUT(up->hasData() && up->isCurrentFor(start + 60'000, start + 120'000),
                                 kWaitMs);
        dock.goBack();
        QVERIFY(!dock.canGoBack());
        QCOMPARE(dock.range().second - dock.range().first, 5 * 60'000);
    }
};

OPSDECK_TEST_MAIN(DashboardViewTest)
#include "tst_dashboardview.moc"
