#include "dashboards/grafanapanelimport.h"

#include "dashboards/grafanajson.h"
#include "dashboards/grafanalegacypanels.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace opsdeck {
namespace {

using namespace grafana;
using Panel = DashboardPanel;

std::optional<Panel::Kind> kindOfType(const QString &type)
{
    static const QMap<QString, Panel::Kind> kinds = {
        {QStringLiteral("timeseries"), Panel::Kind::TimeSeries},
        {QStringLiteral("graph"), Panel::Kind::TimeSeries},
        {QStringLiteral("stat"), Panel::Kind::Stat},
        {QStringLiteral("singlestat"), Panel::Kind::Stat},
        {QStringLiteral("gauge"), Panel::Kind::Gauge},
        {QStringLiteral("bargauge"), Panel::Kind::BarGauge},
        {QStringLiteral("table"), Panel::Kind::Table},
        {QStringLiteral("table-old"), Panel::Kind::Table},
        {QStringLiteral("text"), Panel::Kind::Text},
    };
    const auto found = kinds.constFind(type);
    return found == kinds.cend() ? std::nullopt : std::optional(*found);
}

void sortThresholds(QList<Panel::Threshold> *steps)
{
    std::stable_sort(steps->begin(), steps->end(), [](const auto &a, const auto &b) {
        return a.value.value_or(-INFINITY) < b.value.value_or(-INFINITY);
    });
}

} // namespace

GrafanaPanelImport::GrafanaPanelImport(const GrafanaDatasources &datasources, ImportReport &report)
    : m_datasources(datasources)
    , m_report(report)
{}

void GrafanaPanelImport::approximated(const QString &what)
{
    m_report.approximated(m_where, what);
}

void GrafanaPanelImport::dropped(const QString &what)
{
    m_report.dropped(m_where, what);
}

DashboardPanel GrafanaPanelImport::read(const Json &panel, const QString &path)
{
    if (!panel.is_object()) {
        throw ModelError(path, QCoreApplication::translate("GrafanaImport", "expected an object"));
    }
    Panel result;
    const qsizetype firstEntry = m_report.entries.size();
    result.title = text(panel, "title", path);
    const Json &id = member(panel, "id");
    result.id = plain(id);
    m_where = QCoreApplication::translate("GrafanaImport", "panel \"%1\"")
                  .arg(result.title.isEmpty() ? result.id : result.title);
    result.description = text(panel, "description", path);
    const QString type = text(panel, "type", path);
    const Json &grid = object(panel, "gridPos", path);
    result.grid.x = clampedInt(numberOf(member(grid, "x")), 0, Panel::Columns - 1, 0);
    result.grid.width =
        clampedInt(numberOf(member(grid, "w")), 1, Panel::Columns - result.grid.x, 12);
    result.grid.y = clampedInt(numberOf(member(grid, "y")), 0, Panel::MaxY, 0);
    result.grid.height = clampedInt(numberOf(member(grid, "h")), 1, 1000, 8);
    result.minInterval = text(panel, "interval", path);

    if (member(panel, "libraryPanel").is_object()) {
        result.kind = Panel::Kind::Unsupported;
        result.pluginType = QStringLiteral("library panel");
        dropped(QCoreApplication::translate(
            "GrafanaImport",
            "a library panel: its model is kept in the Grafana instance, not in the "
            "file; shown as a placeholder"));
        return result;
    }
    const auto kind = kindOfType(type);
    if (!kind) {
        result.kind = Panel::Kind::Unsupported;
        result.pluginType = type;
        dropped(QCoreApplication::translate(
                    "GrafanaImport", "a %1 panel is not drawn by Opsdeck; shown as a placeholder "
                                     "naming its type, its queries kept")
                    .arg(type.isEmpty() ? QCoreApplication::translate("GrafanaImport", "(no type)")
                                        : type));
    } else {
        result.kind = *kind;
    }

    readQueries(panel, path, &result);
    readFieldConfig(panel, path, &result);
    readOptions(panel, &result);
    if (type == QLatin1String("graph")) {
        GrafanaLegacyPanels(m_report, m_where).graph(panel, &result);
        approximated(QCoreApplication::translate(
            "GrafanaImport", "a Graph panel: drawn as a time series, as Grafana migrates it"));
    } else if (type == QLatin1String("singlestat")) {
        GrafanaLegacyPanels(m_report, m_where).singlestat(panel, &result);
    } else if (type == QLatin1String("table-old")) {
        approximated(QCoreApplication::translate(
            "GrafanaImport",
            "an old Table panel: drawn as a table; its column styles are not kept"));
    } else if (type == QLatin1String("text")) {
        const Json &options = member(panel, "options");
        result.text = text(member(options, "content").is_null() ? panel : options, "content", path);
        const QString mode =
            plain(member(member(options, "mode").is_null() ? panel : options, "mode"));
        if (mode == QLatin1String("html")) {
            approximated(QCoreApplication::translate(
                "GrafanaImport", "HTML text: shown as Markdown, its tags as written"));
        }
    }
    readTransformations(panel, &result);
    if (truthy(member(panel, "repeat"))) {
        approximated(QCoreApplication::translate(
                         "GrafanaImport", "repeated for each value of $%1 in Grafana; shown once")
                         .arg(plain(member(panel, "repeat"))));
    }
    const Json &links = member(panel, "links");
    if (links.is_array() && !links.empty()) {
        dropped(QCoreApplication::translate("GrafanaImport", "panel links are not kept"));
    }
    if (result.kind != Panel::Kind::Unsupported && result.kind != Panel::Kind::Text &&
        result.queries.isEmpty()) {
        approximated(QCoreApplication::translate(
            "GrafanaImport", "no PromQL query left: the panel shows nothing until one is added"));
    }
    if (result.kind != Panel::Kind::Unsupported) {
        // What the panel is comes first, then what became of its parts.
        m_report.entries.insert(firstEntry,
                                {m_where, ImportReport::Outcome::Kept,
                                 QCoreApplication::translate("GrafanaImport", "%1, %n query(s)",
                                                             nullptr, int(result.queries.size()))
                                     .arg(Panel::kindNames().at(int(result.kind)))});
    }
    return result;
}

void GrafanaPanelImport::readQueries(const Json &panel, const QString &path, Panel *into)
{
    const Json &panelSource = member(panel, "datasource");
    const auto panelVerdict = m_datasources.verdict(panelSource);
    const Json &targets = array(panel, "targets", path);
    if (targets.is_null()) {
        return;
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Json &target = targets.at(i);
        const QString targetPath = QStringLiteral("%1.targets[%2]").arg(path).arg(i);
        if (!target.is_object()) {
            throw ModelError(targetPath,
                             QCoreApplication::translate("GrafanaImport", "expected an object"));
        }
        Panel::Query query;
        query.refId = text(target, "refId", targetPath);
        const QString name = query.refId.isEmpty() ? QString::number(i + 1) : query.refId;
        const Json &source = member(target, "datasource");
        if (m_datasources.verdict(source, panelVerdict) == GrafanaDatasources::Verdict::Other) {
            dropped(
                QCoreApplication::translate("GrafanaImport",
                                            "query %1 asks %2, not Prometheus; not kept")
                    .arg(name, m_datasources.describe(source.is_null() ? panelSource : source)));
            continue;
        }
        query.expr = text(target, "expr", targetPath);
        if (query.expr.isEmpty()) {
            dropped(QCoreApplication::translate("GrafanaImport",
                                                "query %1 has no PromQL expression; not kept")
                        .arg(name));
            continue;
        }
        query.legendFormat = text(target, "legendFormat", targetPath);
        if (query.legendFormat == QLatin1String("__auto")) {
            query.legendFormat.clear(); // Grafana's "Auto": the series' labels
        }
        query.instant = truthy(member(target, "instant")) && !truthy(member(target, "range"));
        const QString format = text(target, "format", targetPath);
        if (format == QLatin1String("table")) {
            query.format = Panel::QueryFormat::Table;
        } else if (format == QLatin1String("heatmap")) {
            approximated(QCoreApplication::translate(
                             "GrafanaImport", "query %1's heatmap format is read as time series")
                             .arg(name));
        }
        query.minStep = text(target, "interval", targetPath);
        query.hidden = truthy(member(target, "hide"));
        if (numberOf(member(target, "intervalFactor")).value_or(1) > 1) {
            approximated(QCoreApplication::translate(
                             "GrafanaImport", "query %1's resolution factor is not used; its "
                                              "step follows the panel's width")
                             .arg(name));
        }
        if (truthy(member(target, "exemplar"))) {
            dropped(
                QCoreApplication::translate("GrafanaImport", "query %1's exemplars are not shown")
                    .arg(name));
        }
        into->queries.append(query);
    }
}

void GrafanaPanelImport::readFieldConfig(const Json &panel, const QString &path, Panel *into)
{
    const Json &fieldConfig = object(panel, "fieldConfig", path);
    const QString configPath = keyPath(path, "fieldConfig");
    const Json &defaults = object(fieldConfig, "defaults", configPath);
    const QString defaultsPath = keyPath(configPath, "defaults");
    into->unit = text(defaults, "unit", defaultsPath);
    into->min = numberOf(member(defaults, "min"));
    into->max = numberOf(member(defaults, "max"));
    if (const auto decimals = numberOf(member(defaults, "decimals"))) {
        into->decimals = clampedInt(decimals, 0, 20, 0);
    }
    const Json &thresholds = object(defaults, "thresholds", defaultsPath);
    if (plain(member(thresholds, "mode")) == QLatin1String("percentage")) {
        into->thresholdMode = Panel::ThresholdMode::Percentage;
    }
    const Json &steps = array(thresholds, "steps", keyPath(defaultsPath, "thresholds"));
    for (const Json &step : steps.is_array() ? steps : Json::array()) {
        into->thresholds.append({numberOf(member(step, "value")), plain(member(step, "color"))});
    }
    sortThresholds(&into->thresholds);
    const Json &custom = member(defaults, "custom");
    const QString drawStyle = plain(member(custom, "drawStyle"));
    into->drawStyle = drawStyle == QLatin1String("bars")     ? Panel::DrawStyle::Bars
                      : drawStyle == QLatin1String("points") ? Panel::DrawStyle::Points
                                                             : Panel::DrawStyle::Lines;
    into->fillOpacity = clampedInt(numberOf(member(custom, "fillOpacity")), 0, 100, 0);
    into->lineWidth = std::clamp(numberOf(member(custom, "lineWidth")).value_or(1), 0.0, 10.0);
    const QString stacking = plain(member(member(custom, "stacking"), "mode"));
    into->stacking = stacking == QLatin1String("normal")    ? Panel::Stacking::Normal
                     : stacking == QLatin1String("percent") ? Panel::Stacking::Percent
                                                            : Panel::Stacking::None;
    if (plain(member(custom, "transform")) == QLatin1String("negative-Y")) {
        into->overrides.append(
            Panel::Override::matching(Panel::Match::ByRegex, QStringLiteral(".*")));
        into->overrides.last().negativeY = true;
    }
    const Json &mappings = member(defaults, "mappings");
    if (mappings.is_array() && !mappings.empty()) {
        dropped(QCoreApplication::translate("GrafanaImport", "value mappings are not applied"));
    }
    const Json &overrides = array(fieldConfig, "overrides", configPath);
    for (const Json &rule : overrides.is_array() ? overrides : Json::array()) {
        readOverride(rule, into);
    }
}

void GrafanaPanelImport::readOverride(const Json &rule, Panel *into)
{
    const Json &matcher = member(rule, "matcher");
    const QString id = plain(member(matcher, "id"));
    const QString pattern = plain(member(matcher, "options"));
    if (id != QLatin1String("byName") && id != QLatin1String("byRegexp")) {
        dropped(QCoreApplication::translate("GrafanaImport",
                                            "an override matching fields %1 \"%2\" is not applied")
                    .arg(id, pattern));
        return;
    }
    Panel::Override change;
    change.match = id == QLatin1String("byName") ? Panel::Match::ByName : Panel::Match::ByRegex;
    change.pattern = pattern;
    const Json &properties = member(rule, "properties");
    for (const Json &property : properties.is_array() ? properties : Json::array()) {
        const QString name = plain(member(property, "id"));
        const Json &value = member(property, "value");
        if (name == QLatin1String("color")) {
            change.color = plain(member(value, "fixedColor"));
        } else if (name == QLatin1String("unit")) {
            change.unit = plain(value);
        } else if (name == QLatin1String("min")) {
            change.min = numberOf(value);
        } else if (name == QLatin1String("max")) {
            change.max = numberOf(value);
        } else if (name == QLatin1String("displayName")) {
            change.displayName = plain(value);
        } else if (name == QLatin1String("custom.transform")) {
            change.negativeY = plain(value) == QLatin1String("negative-Y");
        } else if (name == QLatin1String("custom.fillOpacity")) {
            change.fillOpacity = clampedInt(numberOf(value), 0, 100, 0);
        } else if (name == QLatin1String("custom.drawStyle")) {
            const QString style = plain(value);
            change.drawStyle = style == QLatin1String("bars")     ? Panel::DrawStyle::Bars
                               : style == QLatin1String("points") ? Panel::DrawStyle::Points
                                                                  : Panel::DrawStyle::Lines;
        } else {
            approximated(QCoreApplication::translate("GrafanaImport",
                                                     "override \"%1\": its %2 is not applied")
                             .arg(pattern, name));
        }
    }
    into->overrides.append(change);
}

void GrafanaPanelImport::readOptions(const Json &panel, Panel *into)
{
    const Json &options = member(panel, "options");
    const Json &legend = member(options, "legend");
    const QString mode = plain(member(legend, "displayMode"));
    into->legendMode =
        mode == QLatin1String("table") ? Panel::LegendMode::Table
        : mode == QLatin1String("hidden") || (member(legend, "showLegend").is_boolean() &&
                                              !member(legend, "showLegend").get<bool>())
            ? Panel::LegendMode::Hidden
            : Panel::LegendMode::List;
    into->legendPlacement = plain(member(legend, "placement")) == QLatin1String("right")
                                ? Panel::LegendPlacement::Right
                                : Panel::LegendPlacement::Bottom;
    const Json &calcs = member(legend, "calcs");
    for (const Json &calc : calcs.is_array() ? calcs : Json::array()) {
        if (const auto reduction = reductionNamed(plain(calc))) {
            into->legendValues.append(*reduction);
        } else {
            dropped(QCoreApplication::translate("GrafanaImport", "legend value %1 is not shown")
                        .arg(plain(calc)));
        }
    }
    const Json &reduce = member(options, "reduceOptions");
    const Json &reduceCalcs = member(reduce, "calcs");
    if (reduceCalcs.is_array() && !reduceCalcs.empty()) {
        const QString name = plain(reduceCalcs.at(0));
        if (const auto reduction = reductionNamed(name)) {
            into->reduction = *reduction;
        } else {
            approximated(QCoreApplication::translate("GrafanaImport",
                                                     "calculation %1 is shown as the last value")
                             .arg(name));
        }
    }
    if (truthy(member(reduce, "values"))) {
        approximated(QCoreApplication::translate(
            "GrafanaImport", "every value of the series: shown as one calculated value"));
    }
    into->sparkline = plain(member(options, "graphMode")) == QLatin1String("area");
    into->horizontal = plain(member(options, "orientation")) != QLatin1String("vertical");
}

namespace {

// Grafana's "organize fields": hidden columns, new headers and an order.
void readOrganize(const Json &options, Panel::TableLayout *into)
{
    const Json &excluded = member(options, "excludeByName");
    if (excluded.is_object()) {
        for (auto it = excluded.begin(); it != excluded.end(); ++it) {
            if (truthy(it.value())) {
                into->hidden.append(QString::fromStdString(it.key()));
            }
        }
    }
    const Json &renamed = member(options, "renameByName");
    if (renamed.is_object()) {
        for (auto it = renamed.begin(); it != renamed.end(); ++it) {
            into->renamed.insert(QString::fromStdString(it.key()), plain(it.value()));
        }
    }
    const Json &order = member(options, "indexByName");
    QList<std::pair<double, QString>> ranked;
    if (order.is_object()) {
        for (auto it = order.begin(); it != order.end(); ++it) {
            ranked.append(
                std::pair(numberOf(it.value()).value_or(0), QString::fromStdString(it.key())));
        }
    }
    std::stable_sort(ranked.begin(), ranked.end());
    for (const auto &entry : ranked) {
        into->order.append(entry.second);
    }
}

} // namespace

void GrafanaPanelImport::readTransformations(const Json &panel, Panel *into)
{
    const Json &transformations = member(panel, "transformations");
    for (const Json &step : transformations.is_array() ? transformations : Json::array()) {
        const QString id = plain(member(step, "id"));
        const Json &options = member(step, "options");
        if (id == QLatin1String("organize")) {
            readOrganize(options, &into->table);
        } else if (id == QLatin1String("joinByField") || id == QLatin1String("seriesToColumns")) {
            into->table.joinBy = plain(member(options, "byField"));
            if (into->table.joinBy.isEmpty()) {
                into->table.joinBy = QStringLiteral("Time");
            }
        } else if (id == QLatin1String("merge")) {
            into->table.joinBy = QStringLiteral("Time");
            approximated(QCoreApplication::translate(
                "GrafanaImport", "the merge of the queries' tables is done as a join on Time"));
        } else {
            dropped(
                QCoreApplication::translate("GrafanaImport", "the %1 transformation is not applied")
                    .arg(id));
        }
    }
}

} // namespace opsdeck
