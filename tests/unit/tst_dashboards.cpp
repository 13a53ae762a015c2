#include "dashboards/dashboardservice.h"
#include "dashboards/grafanaexport.h"
#include "dashboards/grafanaimport.h"
#include "dashboards/grafanarows.h"
#include "model/dashboard.h"
#include "model/jsontext.h"
#include "store/workspacestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

using Panel = DashboardPanel;

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(OPSDECK_SOURCE_DIR "/tests/data/grafana/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return file.readAll();
}

struct Expected {
    const char *where;
    ImportReport::Outcome outcome;
    const char *part; // a word of its text
};

// The expected entries that `report` does not have exactly once, named; empty when all are.
QString missingEntries(const ImportReport &report, std::initializer_list<Expected> expected)
{
    QStringList missing;
    for (const Expected &entry : expected) {
        const auto found =
            std::count_if(report.entries.cbegin(), report.entries.cend(), [&](const auto &has) {
                return has.where == QString::fromUtf8(entry.where) &&
                       has.outcome == entry.outcome &&
                       has.what.contains(QString::fromUtf8(entry.part));
            });
        if (found != 1) {
            missing.append(QStringLiteral("%1: %2 (%3 times)")
                               .arg(QString::fromUtf8(entry.where), QString::fromUtf8(entry.part))
                               .arg(found));
        }
    }
    return missing.join(QLatin1String("; "));
}

const Panel &panelTitled(const Dashboard &dashboard, const QString &title)
{
    for (const Panel *panel : dashboard.allPanels()) {
        if (panel->title == title) {
            return *panel;
        }
    }
    qFatal("no panel %s", qPrintable(title));
}

} // namespace

class DashboardsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aDashboardReadsBackWhatItWrote()
    {
        Dashboard dashboard;
        dashboard.id = newId();
        dashboard.title = QStringLiteral("Checkout");
        dashboard.tags = {QStringLiteral("tier-1")};
        dashboard.from = QStringLiteral("now-7d");
        dashboard.refresh = QStringLiteral("30s");
        dashboard.backendId = QStringLiteral("prom-eu");
        DashboardVariable variable;
        variable.name = QStringLiteral("instance");
        variable.query = QStringLiteral("label_values(up, instance)");
        variable.multi = true;
        variable.includeAll = true;
        variable.current = {QStringLiteral("$__all")};
        dashboard.variables = {variable};
        Panel panel;
        panel.id = QStringLiteral("1");
        panel.title = QStringLiteral("Errors");
        panel.grid = {6, 2, 18, 9};
        panel.queries = {{QStringLiteral("A"), QStringLiteral("sum(rate(errors_total[5m]))"),
                          QStringLiteral("{{code}}"), false, Panel::QueryFormat::TimeSeries,
                          QStringLiteral("30s"), false}};
        panel.unit = QStringLiteral("reqps");
        panel.min = 0;
        panel.decimals = 2;
        panel.thresholds = {{std::nullopt, QStringLiteral("green")}, {5.5, QStringLiteral("red")}};
        auto change = Panel::Override::matching(Panel::Match::ByRegex, QStringLiteral("4.."));
        change.negativeY = true;
        change.color = QStringLiteral("#ff0000");
        panel.overrides = {change};
        panel.stacking = Panel::Stacking::Percent;
        panel.legendValues = {Panel::Reduction::Mean, Panel::Reduction::Max};
        panel.table.joinBy = QStringLiteral("instance");
        panel.table.renamed = {{QStringLiteral("Value"), QStringLiteral("Up")}};
        dashboard.panels = {panel};
        Panel folded = panel;
        folded.id = QStringLiteral("2");
        folded.kind = Panel::Kind::Unsupported;
        folded.pluginType = QStringLiteral("heatmap");
        dashboard.rows = {{QStringLiteral("Details"), true, 11, {folded}}};

        const Json json = dashboard.toJson();
        QCOMPARE(Dashboard::fromJson(Json::parse(json.dump())), dashboard);
    }

    void aDashboardOfTheFirstSchemaReadsAsTimeSeries()
    {
        const Json json = Json::parse(R"({"schema": 1, "id": "0193a0e4-7b1c-7c3e-8a6f-0d2c1b6f9e10",
            "title": "Old", "panels": [
              {"title": "Load", "query": "node_load1", "rangeSeconds": 7200, "stepSeconds": 30},
              {"title": "Memory", "query": "node_memory_MemFree_bytes", "rangeSeconds": 3600},
              {"title": "Disk", "query": "node_filesystem_free_bytes"}]})");
        const Dashboard dashboard = Dashboard::fromJson(json);
        QCOMPARE(dashboard.from, QStringLiteral("now-7200s"));
        QCOMPARE(dashboard.panels.size(), 3);
        QCOMPARE(dashboard.panels.at(0).queries.at(0).expr, QStringLiteral("node_load1"));
        QCOMPARE(dashboard.panels.at(0).minInterval, QStringLiteral("30s"));
        QCOMPARE(dashboard.panels.at(1).grid, (Panel::GridPos{12, 0, 12, 8}));
        QCOMPARE(dashboard.panels.at(2).grid, (Panel::GridPos{0, 8, 12, 8}));
        QCOMPARE(Dashboard::fromJson(Json::parse(dashboard.toJson().dump())), dashboard);
    }

    void aBadDashboardIsRefusedNamingWhere_data()
    {
        QTest::addColumn<QByteArray>("panel");
        QTest::addColumn<QString>("error");
        QTest::newRow("too wide")
            << QByteArray(R"({"id": "1", "kind": "stat", "grid": {"x": 20, "w": 6}})")
            << QStringLiteral("panels[0].grid.w: expected 1 to 4, found 6");
        QTest::newRow("kind") << QByteArray(R"({"id": "1", "kind": "pie"})")
                              << QStringLiteral("panels[0].kind");
        QTest::newRow("fill")
            << QByteArray(R"({"id": "1", "kind": "stat", "series": {"fillOpacity": 101}})")
            << QStringLiteral("panels[0].series.fillOpacity: expected 0 to 100");
        QTest::newRow("legend")
            << QByteArray(R"({"id": "1", "kind": "stat", "legend": {"values": ["median"]}})")
            << QStringLiteral("panels[0].legend.values: unknown value \"median\"");
        QTest::newRow("override")
            << QByteArray(R"({"id": "1", "kind": "stat", "overrides": [{"match": "byType"}]})")
            << QStringLiteral("panels[0].overrides[0].match");
    }

    void aBadDashboardIsRefusedNamingWhere()
    {
        QFETCH(QByteArray, panel);
        QFETCH(QString, error);
        const Json json = Json::parse(
            R"({"schema": 2, "id": "0193a0e4-7b1c-7c3e-8a6f-0d2c1b6f9e10", "title": "T", "panels": [)" +
            panel.toStdString() + "]}");
        try {
            Dashboard::fromJson(json);
            QFAIL("accepted");
        } catch (const ModelError &problem) {
            QVERIFY2(problem.text().startsWith(error), qPrintable(problem.text()));
        }
    }

    void aGrafanaDashboardImportsWithItsLayoutQueriesAndVariables()
    {
        const DashboardImport result =
            GrafanaImport::read(fixture("service-overview.json"), QStringLiteral("prom-eu"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Dashboard &dashboard = *result.dashboard;
        QCOMPARE(dashboard.title, QStringLiteral("Checkout service"));
        QCOMPARE(dashboard.tags,
                 (QStringList{QStringLiteral("checkout"), QStringLiteral("tier-1")}));
        QCOMPARE(dashboard.from, QStringLiteral("now-24h"));
        QCOMPARE(dashboard.refresh, QStringLiteral("1m"));
        QCOMPARE(dashboard.backendId, QStringLiteral("prom-eu"));
        QVERIFY(dashboard.sharedCrosshair);
        QVERIFY(dashboard.panels.isEmpty());
        QCOMPARE(dashboard.rows.size(), 2);
        QCOMPARE(dashboard.rows.at(0).title, QStringLiteral("Overview"));
        QVERIFY(!dashboard.rows.at(0).collapsed);
        QCOMPARE(dashboard.rows.at(0).panels.size(), 2);
        QCOMPARE(dashboard.rows.at(1).title, QStringLiteral("Details"));
        QVERIFY(dashboard.rows.at(1).collapsed);
        QCOMPARE(dashboard.rows.at(1).y, 9);
        QCOMPARE(dashboard.rows.at(1).panels.size(), 5);

        const Panel &stat = panelTitled(dashboard, QStringLiteral("Availability"));
        QCOMPARE(stat.kind, Panel::Kind::Stat);
        QCOMPARE(stat.grid, (Panel::GridPos{0, 1, 6, 5}));
        QVERIFY(stat.queries.at(0).instant);
        QCOMPARE(stat.unit, QStringLiteral("percentunit"));
        QCOMPARE(stat.decimals, 3);
        QCOMPARE(stat.reduction, Panel::Reduction::Mean);
        QVERIFY(stat.sparkline);
        // Sorted, the base (null) first, as Grafana keeps them.
        QCOMPARE(stat.thresholds, (QList<Panel::Threshold>{{std::nullopt, QStringLiteral("red")},
                                                           {0.99, QStringLiteral("orange")},
                                                           {0.999, QStringLiteral("green")}}));

        const Panel &traffic = panelTitled(dashboard, QStringLiteral("Traffic"));
        QCOMPARE(traffic.kind, Panel::Kind::TimeSeries);
        QCOMPARE(traffic.queries.size(), 2);
        QCOMPARE(traffic.queries.at(0).legendFormat, QStringLiteral("{{code}}"));
        QCOMPARE(traffic.queries.at(1).legendFormat, QString()); // Grafana's __auto
        QCOMPARE(traffic.queries.at(1).minStep, QStringLiteral("30s"));
        QCOMPARE(traffic.stacking, Panel::Stacking::Normal);
        QCOMPARE(traffic.fillOpacity, 20);
        QCOMPARE(traffic.lineWidth, 2.0);
        QCOMPARE(traffic.min, 0.0);
        QCOMPARE(traffic.legendMode, Panel::LegendMode::Table);
        QCOMPARE(traffic.legendPlacement, Panel::LegendPlacement::Right);
        QCOMPARE(traffic.legendValues,
                 (QList<Panel::Reduction>{Panel::Reduction::Mean, Panel::Reduction::Max,
                                          Panel::Reduction::LastNotNull}));
        QCOMPARE(traffic.overrides.size(), 2);
        QCOMPARE(traffic.overrides.at(0).color, QStringLiteral("red"));
        QCOMPARE(traffic.overrides.at(1).match, Panel::Match::ByRegex);
        QCOMPARE(traffic.overrides.at(1).negativeY, true);

        const Panel &heatmap = panelTitled(dashboard, QStringLiteral("Latency"));
        QCOMPARE(heatmap.kind, Panel::Kind::Unsupported);
        QCOMPARE(heatmap.pluginType, QStringLiteral("heatmap"));
        QCOMPARE(heatmap.queries.size(), 1);
        const Panel &logs = panelTitled(dashboard, QStringLiteral("Errors"));
        QCOMPARE(logs.kind, Panel::Kind::Unsupported);
        QVERIFY(logs.queries.isEmpty());
        const Panel &table = panelTitled(dashboard, QStringLiteral("Instances"));
        QCOMPARE(table.kind, Panel::Kind::Table);
        QCOMPARE(table.queries.at(1).format, Panel::QueryFormat::Table);
        QCOMPARE(table.table.joinBy, QStringLiteral("instance"));
        QCOMPARE(table.table.hidden,
                 (QStringList{QStringLiteral("Time"), QStringLiteral("__name__")}));
        QCOMPARE(table.table.renamed.value(QStringLiteral("Value #A")), QStringLiteral("Up"));
        QCOMPARE(table.table.order,
                 (QStringList{QStringLiteral("instance"), QStringLiteral("Value #A")}));
        const Panel &gauge = panelTitled(dashboard, QStringLiteral("Saturation"));
        QCOMPARE(gauge.thresholdMode, Panel::ThresholdMode::Percentage);
        QCOMPARE(panelTitled(dashboard, QStringLiteral("About")).text,
                 QStringLiteral("Runbook: **checkout**"));

        QCOMPARE(dashboard.variables.size(), 4);
        const DashboardVariable &instance = dashboard.variables.at(1);
        QCOMPARE(instance.name, QStringLiteral("instance"));
        QCOMPARE(instance.kind, DashboardVariable::Kind::Query);
        QCOMPARE(instance.query, QStringLiteral("label_values(up{job=\"checkout\"}, instance)"));
        QCOMPARE(instance.regex, QStringLiteral("/([^:]+):.*/"));
        QVERIFY(instance.multi && instance.includeAll);
        QCOMPARE(instance.refresh, DashboardVariable::Refresh::OnTimeRangeChange);
        QCOMPARE(instance.current, QStringList{QStringLiteral("$__all")});
        QCOMPARE(dashboard.variables.at(0).kind, DashboardVariable::Kind::Datasource);
        QCOMPARE(dashboard.variables.at(2).query, QStringLiteral("0.5,0.9,0.99"));
        QCOMPARE(dashboard.variables.at(3).kind, DashboardVariable::Kind::Interval);

        // The report names each part and why.
        using Outcome = ImportReport::Outcome;
        const ImportReport &report = result.report;
        const QString missing = missingEntries(
            report, {{"panel \"Latency\"", Outcome::Dropped, "heatmap"},
                     {"panel \"Errors\"", Outcome::Dropped, "loki"},
                     {"panel \"Traffic\"", Outcome::Dropped, "exemplars"},
                     {"panel \"Traffic\"", Outcome::Approximated, "custom.axisPlacement"},
                     {"panel \"Traffic\"", Outcome::Dropped, "byFrameRefID"},
                     {"panel \"Instances\"", Outcome::Dropped, "sortBy"},
                     {"$stream", Outcome::Dropped, "loki"},
                     {"$filters", Outcome::Dropped, "adhoc"},
                     {"$window", Outcome::Approximated, "auto"},
                     {"panel \"Availability\"", Outcome::Kept, "stat"}});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY(report.text().startsWith(QStringLiteral("%1 kept, %2 approximated, %3 dropped")
                                             .arg(report.count(Outcome::Kept))
                                             .arg(report.count(Outcome::Approximated))
                                             .arg(report.count(Outcome::Dropped))));
        // What Opsdeck made of it is an Opsdeck dashboard like any other.
        QCOMPARE(Dashboard::fromJson(Json::parse(dashboard.toJson().dump())), dashboard);
    }

    void anOldRowsDashboardIsLaidOutAsGrafanaDoes()
    {
        const DashboardImport result = GrafanaImport::read(fixture("old-rows.json"), QString());
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Dashboard &dashboard = *result.dashboard;
        QCOMPARE(dashboard.refresh, QString());
        QVERIFY(!dashboard.sharedCrosshair);
        QCOMPARE(dashboard.rows.size(), 2);
        QCOMPARE(dashboard.rows.at(0).title, QStringLiteral("Traffic"));
        QCOMPARE(dashboard.rows.at(0).y, 0);
        // 250 px is ceil(250 / 38) = 7 grid rows; span 8 of 12 is 16 of 24 columns.
        const Panel &network = dashboard.rows.at(0).panels.at(0);
        QCOMPARE(network.grid, (Panel::GridPos{0, 1, 16, 7}));
        const Panel &uptime = dashboard.rows.at(0).panels.at(1);
        QCOMPARE(uptime.grid, (Panel::GridPos{16, 1, 8, 7}));
        QCOMPARE(dashboard.rows.at(1).y, 8);
        QVERIFY(dashboard.rows.at(1).collapsed);
        const Panel &load = dashboard.rows.at(1).panels.at(0);
        QCOMPARE(load.grid, (Panel::GridPos{0, 9, 24, 6}));

        // graph → time series, as Grafana migrates it.
        QCOMPARE(network.kind, Panel::Kind::TimeSeries);
        QCOMPARE(network.unit, QStringLiteral("Bps"));
        QCOMPARE(network.min, 0.0);
        QCOMPARE(network.fillOpacity, 30);
        QCOMPARE(network.lineWidth, 2.0);
        QCOMPARE(network.legendMode, Panel::LegendMode::Table);
        QCOMPARE(network.legendValues,
                 (QList<Panel::Reduction>{Panel::Reduction::Mean, Panel::Reduction::LastNotNull}));
        QCOMPARE(network.overrides.size(), 2);
        QCOMPARE(network.overrides.at(0).pattern, QStringLiteral("eth0 in"));
        QCOMPARE(network.overrides.at(0).color, QStringLiteral("#7EB26D"));
        QCOMPARE(network.overrides.at(1).match, Panel::Match::ByRegex);
        QCOMPARE(network.overrides.at(1).pattern, QStringLiteral(" out$"));
        QCOMPARE(network.overrides.at(1).negativeY, true);
        QCOMPARE(network.thresholds,
                 (QList<Panel::Threshold>{{std::nullopt, QStringLiteral("transparent")},
                                          {1000000.0, QStringLiteral("red")}}));
        // singlestat → stat, and → gauge where it showed one.
        QCOMPARE(uptime.kind, Panel::Kind::Stat);
        QCOMPARE(uptime.unit, QStringLiteral("s"));
        QCOMPARE(uptime.reduction, Panel::Reduction::LastNotNull);
        QVERIFY(uptime.sparkline);
        QCOMPARE(uptime.thresholds, (QList<Panel::Threshold>{{std::nullopt, QStringLiteral("red")},
                                                             {3600.0, QStringLiteral("orange")},
                                                             {86400.0, QStringLiteral("green")}}));
        QCOMPARE(load.kind, Panel::Kind::Gauge);
        QCOMPARE(load.max, 8.0);
        QCOMPARE(load.reduction, Panel::Reduction::Mean);

        using Outcome = ImportReport::Outcome;
        const QString missing =
            missingEntries(result.report, {{"panel \"Network\"", Outcome::Approximated, "stepped"},
                                           {"panel \"Network\"", Outcome::Approximated, "dashes"},
                                           {"panel \"Uptime\"", Outcome::Approximated, "postfix"}});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void aBadFileIsRefusedNamingWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\n  \"title\": \"x\",\n  panels: []\n}")
                                  << QStringLiteral("line 3, column 3: ");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
        QTest::newRow("no panels")
            << QByteArray(R"({"title": "x"})") << QStringLiteral("not a Grafana dashboard");
        QTest::newRow("Perses") << QByteArray(R"({"kind": "Dashboard", "spec": {"panels": {}}})")
                                << QStringLiteral("this is a Grafana schema v2 or Perses");
        QTest::newRow("a title that is a number")
            << QByteArray(R"({"panels": [{"type": "stat"}, {"type": "stat", "title": 5}]})")
            << QStringLiteral("panels[1].title: expected a string");
        QTest::newRow("targets that are not a list")
            << QByteArray(R"({"panels": [{"type": "stat", "targets": {"expr": "up"}}]})")
            << QStringLiteral("panels[0].targets: expected an array");
        QTest::newRow("from the HTTP API")
            << QByteArray(
                   R"({"meta": {}, "dashboard": {"panels": [{"type": "row", "panels": [7]}]}})")
            << QStringLiteral("dashboard.panels[0].panels[0]: expected an object");
        QTest::newRow("a variable that is not an object")
            << QByteArray(R"({"panels": [], "templating": {"list": ["x"]}})")
            << QStringLiteral("templating.list[0]: expected an object");
    }

    void aBadFileIsRefusedNamingWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const DashboardImport result = GrafanaImport::read(text, QString());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
        QVERIFY(result.report.entries.isEmpty());
    }

    void gridHeightsFollowGrafana_data()
    {
        QTest::addColumn<QByteArray>("height");
        QTest::addColumn<int>("rows");
        QTest::newRow("250px") << QByteArray("\"250px\"") << 7;
        QTest::newRow("300") << QByteArray("300") << 8;
        QTest::newRow("below the least") << QByteArray("50") << 3;
        QTest::newRow("not a height") << QByteArray("\"tall\"") << 7;
        QTest::newRow("absent") << QByteArray("null") << 7;
    }

    void gridHeightsFollowGrafana()
    {
        QFETCH(QByteArray, height);
        QFETCH(int, rows);
        QCOMPARE(GrafanaRows::gridHeight(Json::parse(height.toStdString()), 250), rows);
    }

    void whatOpsdeckSupportsRoundTripsThroughGrafana_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("service overview") << fixture("service-overview.json");
        QTest::newRow("old rows") << fixture("old-rows.json");
    }

    void whatOpsdeckSupportsRoundTripsThroughGrafana()
    {
        QFETCH(QByteArray, file);
        const DashboardImport first = GrafanaImport::read(file, QString());
        QVERIFY2(first.ok(), qPrintable(first.error));
        const Json exported = GrafanaExport::toJson(*first.dashboard);
        QCOMPARE(exported.at("schemaVersion").get<int>(), 39);
        const DashboardImport second = GrafanaImport::read(exported.dump(), QString());
        QVERIFY2(second.ok(), qPrintable(second.error));
        Dashboard again = *second.dashboard;
        again.id = first.dashboard->id;
        QCOMPARE(again, *first.dashboard);
        // Nothing more was lost the second time: only the placeholders are reported dropped.
        const QList<const Panel *> panels = again.allPanels();
        const auto placeholders =
            std::count_if(panels.cbegin(), panels.cend(), [](const Panel *panel) {
                return panel->kind == Panel::Kind::Unsupported;
            });
        QCOMPARE(second.report.count(ImportReport::Outcome::Dropped), placeholders);
    }

    void aDashboardMadeInOpsdeckRoundTripsThroughGrafana()
    {
        Dashboard dashboard;
        dashboard.id = newId();
        dashboard.title = QStringLiteral("Made here");
        dashboard.sharedCrosshair = false;
        dashboard.refresh = QStringLiteral("5m");
        DashboardVariable job;
        job.name = QStringLiteral("job");
        job.kind = DashboardVariable::Kind::Custom;
        job.query = QStringLiteral("api,web");
        job.multi = true;
        job.current = {QStringLiteral("api"), QStringLiteral("web")};
        job.hide = DashboardVariable::Hide::Label;
        dashboard.variables = {job};
        Panel top;
        top.id = QStringLiteral("top");
        top.kind = Panel::Kind::BarGauge;
        top.title = QStringLiteral("Queues");
        top.grid = {0, 0, 24, 4};
        top.horizontal = false;
        top.reduction = Panel::Reduction::Max;
        top.queries = {Panel::Query::promql(QStringLiteral("A"), QStringLiteral("queue_depth"))};
        top.queries[0].instant = true;
        top.queries[0].hidden = true;
        auto change = Panel::Override::matching(Panel::Match::ByName, QStringLiteral("q1"));
        change.drawStyle = Panel::DrawStyle::Bars;
        change.fillOpacity = 40;
        change.displayName = QStringLiteral("first queue");
        change.negativeY = false;
        change.max = 10;
        top.overrides = {change};
        dashboard.panels = {top};
        Panel text;
        text.id = QStringLiteral("7");
        text.kind = Panel::Kind::Text;
        text.title = QStringLiteral("Notes");
        text.text = QStringLiteral("# Heading");
        text.grid = {0, 5, 24, 3};
        dashboard.rows = {{QStringLiteral("Notes"), false, 4, {text}}};

        const DashboardImport back =
            GrafanaImport::read(GrafanaExport::toJson(dashboard).dump(), QString());
        QVERIFY2(back.ok(), qPrintable(back.error));
        Dashboard again = *back.dashboard;
        again.id = dashboard.id;
        QVERIFY2(again.panels.size() == 1,
                 qPrintable(QStringLiteral("%1 panels, %2 rows, %3 in the first; %4")
                                .arg(again.panels.size())
                                .arg(again.rows.size())
                                .arg(again.rows.value(0).panels.size())
                                .arg(back.report.text())));
        // Grafana's panel ids are numbers: "top" got the first free one.
        QCOMPARE(again.panels.at(0).id, QStringLiteral("1"));
        again.panels[0].id = QStringLiteral("top");
        QCOMPARE(again, dashboard);
    }

    void everySaveKeepsAVersionThatCanBeRestored()
    {
        QTemporaryDir folder;
        QString error;
        const auto store =
            WorkspaceStore::open(folder.filePath(QStringLiteral("w.opsdeck")), &error);
        QVERIFY2(store, qPrintable(error));
        DashboardService service(*store);
        Dashboard dashboard;
        dashboard.title = QStringLiteral("Checkout");
        QCOMPARE(service.save(dashboard, QStringLiteral("ana"), DashboardVersion::Reason::Imported,
                              &error),
                 1);
        QVERIFY(!dashboard.id.isEmpty());
        dashboard.title = QStringLiteral("Checkout v2");
        QCOMPARE(
            service.save(dashboard, QStringLiteral("ben"), DashboardVersion::Reason::Saved, &error),
            2);

        const QList<DashboardVersion> versions = service.versions(dashboard.id, &error);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).number, 2); // newest first
        QCOMPARE(versions.at(0).author, QStringLiteral("ben"));
        QCOMPARE(versions.at(1).reason, DashboardVersion::Reason::Imported);
        QCOMPARE(versions.at(1).title, QStringLiteral("Checkout"));
        QCOMPARE(service.version(dashboard.id, 1, &error)->title, QStringLiteral("Checkout"));

        QCOMPARE(service.restore(dashboard.id, 1, QStringLiteral("cy"), &error), 3);
        QCOMPARE(service.find(dashboard.id, &error)->title, QStringLiteral("Checkout"));
        QCOMPARE(service.find(QStringLiteral("Checkout"), &error)->id, dashboard.id);
        QVERIFY(!service.find(QStringLiteral("Checkout v2"), &error));
        QVERIFY2(error.contains(QStringLiteral("no dashboard")), qPrintable(error));
        QVERIFY(!service.version(dashboard.id, 9, &error));

        QVERIFY2(service.remove(dashboard.id, &error), qPrintable(error));
        QVERIFY(service.versions(dashboard.id, &error).isEmpty());
        QVERIFY(!service.remove(dashboard.id, &error));
    }

    void aTextPositionCountsLinesAndCharacters()
    {
        QCOMPARE(textPosition("ab\ncd", 4), QStringLiteral("line 2, column 2"));
        QCOMPARE(textPosition("\xc3\xa4x", 2), QStringLiteral("line 1, column 2"));
        QCOMPARE(textPosition("a", 9), QStringLiteral("line 1, column 2"));
    }
};

QTEST_GUILESS_MAIN(DashboardsTest)
#include "tst_dashboards.moc"
