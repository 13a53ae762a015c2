#include "dashboards/grafanaexport.h"

#include <QSet>

namespace opsdeck {
namespace {

using Panel = DashboardPanel;
using Variable = DashboardVariable;

constexpr int SchemaVersion = 39;
constexpr const char *Placeholder = "${DS_PROMETHEUS}";

Json prometheus()
{
    return {{"type", "prometheus"}, {"uid", Placeholder}};
}

template <typename Enum>
QString nameOf(const QStringList &names, Enum value)
{
    return names.at(int(value));
}

Json thresholdsJson(const Panel &panel)
{
    Json steps = Json::array();
    for (const Panel::Threshold &step : panel.thresholds) {
        steps.push_back(
            {{"color", step.color}, {"value", step.value ? Json(*step.value) : Json(nullptr)}});
    }
    return {{"mode", nameOf(Panel::thresholdModeNames(), panel.thresholdMode)}, {"steps", steps}};
}

Json overrideJson(const Panel::Override &change)
{
    Json properties = Json::array();
    if (!change.color.isEmpty()) {
        properties.push_back(
            {{"id", "color"}, {"value", {{"mode", "fixed"}, {"fixedColor", change.color}}}});
    }
    if (!change.unit.isEmpty()) {
        properties.push_back({{"id", "unit"}, {"value", change.unit}});
    }
    if (change.min) {
        properties.push_back({{"id", "min"}, {"value", *change.min}});
    }
    if (change.max) {
        properties.push_back({{"id", "max"}, {"value", *change.max}});
    }
    if (!change.displayName.isEmpty()) {
        properties.push_back({{"id", "displayName"}, {"value", change.displayName}});
    }
    if (change.negativeY) {
        properties.push_back(
            {{"id", "custom.transform"}, {"value", *change.negativeY ? "negative-Y" : "constant"}});
    }
    if (change.fillOpacity) {
        properties.push_back({{"id", "custom.fillOpacity"}, {"value", *change.fillOpacity}});
    }
    if (change.drawStyle) {
        properties.push_back({{"id", "custom.drawStyle"},
                              {"value", nameOf(Panel::drawStyleNames(), *change.drawStyle)}});
    }
    return {{"matcher",
             {{"id", nameOf(Panel::matchNames(), change.match)}, {"options", change.pattern}}},
            {"properties", properties}};
}

Json transformationsJson(const Panel::TableLayout &table)
{
    Json list = Json::array();
    if (!table.joinBy.isEmpty()) {
        list.push_back(
            {{"id", "joinByField"}, {"options", {{"byField", table.joinBy}, {"mode", "outer"}}}});
    }
    if (!table.hidden.isEmpty() || !table.renamed.isEmpty() || !table.order.isEmpty()) {
        Json excluded = Json::object();
        for (const QString &name : table.hidden) {
            excluded[name.toStdString()] = true;
        }
        Json order = Json::object();
        for (qsizetype i = 0; i < table.order.size(); ++i) {
            order[table.order.at(i).toStdString()] = i;
        }
        list.push_back({{"id", "organize"},
                        {"options",
                         {{"excludeByName", excluded},
                          {"renameByName", table.renamed},
                          {"indexByName", order}}}});
    }
    return list;
}

Json queriesJson(const Panel &panel)
{
    Json targets = Json::array();
    for (const Panel::Query &query : panel.queries) {
        Json target{{"refId", query.refId},
                    {"datasource", prometheus()},
                    {"expr", query.expr},
                    {"legendFormat", query.legendFormat},
                    {"instant", query.instant},
                    {"range", !query.instant},
                    {"format", nameOf(Panel::queryFormatNames(), query.format)}};
        if (!query.minStep.isEmpty()) {
            target["interval"] = query.minStep;
        }
        if (query.hidden) {
            target["hide"] = true;
        }
        targets.push_back(target);
    }
    return targets;
}

class Writer {
public:
    Json panel(const Panel &panel)
    {
        const QString type = panel.kind == Panel::Kind::Unsupported
                                 ? panel.pluginType
                                 : nameOf(Panel::kindNames(), panel.kind);
        Json defaults{
            {"thresholds", thresholdsJson(panel)},
            {"custom",
             {{"drawStyle", nameOf(Panel::drawStyleNames(), panel.drawStyle)},
              {"fillOpacity", panel.fillOpacity},
              {"lineWidth", panel.lineWidth},
              {"stacking",
               {{"mode", nameOf(Panel::stackingNames(), panel.stacking)}, {"group", "A"}}}}},
            {"color", {{"mode", "palette-classic"}}}};
        if (!panel.unit.isEmpty()) {
            defaults["unit"] = panel.unit;
        }
        if (panel.min) {
            defaults["min"] = *panel.min;
        }
        if (panel.max) {
            defaults["max"] = *panel.max;
        }
        if (panel.decimals) {
            defaults["decimals"] = *panel.decimals;
        }
        Json overrides = Json::array();
        for (const Panel::Override &change : panel.overrides) {
            overrides.push_back(overrideJson(change));
        }
        QStringList calcs;
        for (const Panel::Reduction value : panel.legendValues) {
            calcs.append(nameOf(Panel::reductionNames(), value));
        }
        Json options{{"legend",
                      {{"displayMode", nameOf(Panel::legendModeNames(), panel.legendMode)},
                       {"showLegend", panel.legendMode != Panel::LegendMode::Hidden},
                       {"placement", nameOf(Panel::legendPlacementNames(), panel.legendPlacement)},
                       {"calcs", calcs}}},
                     {"tooltip", {{"mode", "multi"}, {"sort", "none"}}},
                     {"reduceOptions",
                      {{"calcs", QStringList{nameOf(Panel::reductionNames(), panel.reduction)}},
                       {"values", false},
                       {"fields", ""}}},
                     {"graphMode", panel.sparkline ? "area" : "none"},
                     {"orientation", panel.horizontal ? "horizontal" : "vertical"}};
        if (panel.kind == Panel::Kind::Text) {
            options["mode"] = "markdown";
            options["content"] = panel.text;
        }
        Json json{{"id", idOf(panel.id)},
                  {"type", type},
                  {"title", panel.title},
                  {"gridPos", grid(panel.grid)},
                  {"datasource", prometheus()},
                  {"targets", queriesJson(panel)},
                  {"fieldConfig", {{"defaults", defaults}, {"overrides", overrides}}},
                  {"options", options}};
        if (!panel.description.isEmpty()) {
            json["description"] = panel.description;
        }
        if (!panel.minInterval.isEmpty()) {
            json["interval"] = panel.minInterval;
        }
        const Json transformations = transformationsJson(panel.table);
        if (!transformations.empty()) {
            json["transformations"] = transformations;
        }
        return json;
    }

    Json row(const DashboardRow &row)
    {
        Json inner = Json::array();
        if (row.collapsed) {
            for (const Panel &panel : row.panels) {
                inner.push_back(this->panel(panel));
            }
        }
        return {{"id", idOf(QString())},
                {"type", "row"},
                {"title", row.title},
                {"collapsed", row.collapsed},
                {"gridPos", grid({0, row.y, Panel::Columns, 1})},
                {"panels", inner}};
    }

    // Grafana's panel ids are numbers: a numeric id is kept, any other gets the next free one.
    void reserve(const Dashboard &dashboard)
    {
        for (const Panel *panel : dashboard.allPanels()) {
            bool numeric = false;
            const qint64 id = panel->id.toLongLong(&numeric);
            if (numeric) {
                m_used.insert(id);
            }
        }
    }

private:
    static Json grid(const Panel::GridPos &place)
    {
        return {{"x", place.x}, {"y", place.y}, {"w", place.width}, {"h", place.height}};
    }

    qint64 idOf(const QString &id)
    {
        bool numeric = false;
        const qint64 number = id.toLongLong(&numeric);
        if (numeric) {
            return number;
        }
        while (m_used.contains(m_next)) {
            ++m_next;
        }
        m_used.insert(m_next);
        return m_next;
    }

    QSet<qint64> m_used;
    qint64 m_next = 1;
};

Json variableJson(const Variable &variable)
{
    Json json{{"name", variable.name},
              {"label", variable.label},
              {"type", nameOf(Variable::kindNames(), variable.kind)},
              {"query", variable.query},
              {"regex", variable.regex},
              {"multi", variable.multi},
              {"includeAll", variable.includeAll},
              {"allValue", variable.allValue.isEmpty() ? Json(nullptr) : Json(variable.allValue)},
              {"refresh", variable.refresh == Variable::Refresh::OnTimeRangeChange ? 2 : 1},
              {"hide", int(variable.hide)},
              {"options", Json::array()}};
    if (variable.kind == Variable::Kind::Query) {
        json["datasource"] = prometheus();
        json["definition"] = variable.query;
    }
    if (!variable.current.isEmpty()) {
        // One value as Grafana writes it, a string; an empty one in a list, so that it stays.
        const bool single = variable.current.size() == 1 && !variable.current.first().isEmpty();
        const Json value = single ? Json(variable.current.first()) : Json(variable.current);
        json["current"] = {{"text", value}, {"value", value}};
    }
    return json;
}

} // namespace

Json GrafanaExport::toJson(const Dashboard &dashboard)
{
    Writer writer;
    writer.reserve(dashboard);
    Json panels = Json::array();
    for (const Panel &panel : dashboard.panels) {
        panels.push_back(writer.panel(panel));
    }
    for (const DashboardRow &row : dashboard.rows) {
        panels.push_back(writer.row(row));
        if (!row.collapsed) {
            for (const Panel &panel : row.panels) {
                panels.push_back(writer.panel(panel));
            }
        }
    }
    Json variables = Json::array();
    for (const Variable &variable : dashboard.variables) {
        variables.push_back(variableJson(variable));
    }
    return {
        {"__inputs",
         {{{"name", "DS_PROMETHEUS"},
           {"label", "Prometheus"},
           {"description", ""},
           {"type", "datasource"},
           {"pluginId", "prometheus"},
           {"pluginName", "Prometheus"}}}},
        {"__requires", {{{"type", "datasource"}, {"id", "prometheus"}, {"name", "Prometheus"}}}},
        {"title", dashboard.title},
        {"description", dashboard.description},
        {"tags", dashboard.tags},
        {"uid", dashboard.id},
        {"schemaVersion", SchemaVersion},
        {"editable", true},
        {"graphTooltip", dashboard.sharedCrosshair ? 1 : 0},
        {"time", {{"from", dashboard.from}, {"to", dashboard.to}}},
        {"refresh", dashboard.refresh.isEmpty() ? Json(false) : Json(dashboard.refresh)},
        {"timezone", ""},
        {"templating", {{"list", variables}}},
        {"annotations", {{"list", Json::array()}}},
        {"panels", panels}};
}

} // namespace opsdeck
