#include "model/dashboardpanel.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

template <typename Enum>
QString nameOf(const QStringList &names, Enum value)
{
    return names.at(int(value));
}

std::optional<double> optionalNumber(const JsonReader &reader, const char *key)
{
    return reader.present(key) ? std::optional<double>(reader.number(key)) : std::nullopt;
}

void putOptional(Json &json, const char *key, const std::optional<double> &value)
{
    if (value) {
        json[key] = *value;
    }
}

void putText(Json &json, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        json[key] = value;
    }
}

qint64 bounded(const JsonReader &reader, const char *key, qint64 fallback, qint64 low, qint64 high)
{
    const qint64 value = reader.integer(key, fallback);
    if (value < low || value > high) {
        throw ModelError(reader.pathOf(key),
                         QCoreApplication::translate("ModelError", "expected %1 to %2, found %3")
                             .arg(low)
                             .arg(high)
                             .arg(value));
    }
    return value;
}

Json queryJson(const DashboardPanel::Query &query)
{
    Json json{{"refId", query.refId}, {"expr", query.expr}};
    putText(json, "legendFormat", query.legendFormat);
    putText(json, "minStep", query.minStep);
    if (query.instant) {
        json["instant"] = true;
    }
    if (query.format != DashboardPanel::QueryFormat::TimeSeries) {
        json["format"] = nameOf(DashboardPanel::queryFormatNames(), query.format);
    }
    if (query.hidden) {
        json["hidden"] = true;
    }
    return json;
}

DashboardPanel::Query readQuery(const JsonReader &item)
{
    DashboardPanel::Query query;
    query.refId = item.optionalString("refId");
    query.expr = item.optionalString("expr");
    query.legendFormat = item.optionalString("legendFormat");
    query.minStep = item.optionalString("minStep");
    query.instant = item.boolean("instant", false);
    query.format = enumOr(item, "format", DashboardPanel::queryFormatNames(),
                          DashboardPanel::QueryFormat::TimeSeries);
    query.hidden = item.boolean("hidden", false);
    return query;
}

Json overrideJson(const DashboardPanel::Override &change)
{
    Json json{{"match", nameOf(DashboardPanel::matchNames(), change.match)},
              {"pattern", change.pattern}};
    putText(json, "color", change.color);
    putText(json, "unit", change.unit);
    putText(json, "displayName", change.displayName);
    if (change.negativeY) {
        json["negativeY"] = *change.negativeY;
    }
    putOptional(json, "min", change.min);
    putOptional(json, "max", change.max);
    if (change.fillOpacity) {
        json["fillOpacity"] = *change.fillOpacity;
    }
    if (change.drawStyle) {
        json["drawStyle"] = nameOf(DashboardPanel::drawStyleNames(), *change.drawStyle);
    }
    return json;
}

DashboardPanel::Override readOverride(const JsonReader &item)
{
    DashboardPanel::Override change;
    change.match = item.enumeration<DashboardPanel::Match>("match", DashboardPanel::matchNames());
    change.pattern = item.string("pattern");
    change.color = item.optionalString("color");
    change.unit = item.optionalString("unit");
    change.displayName = item.optionalString("displayName");
    if (item.present("negativeY")) {
        change.negativeY = item.boolean("negativeY");
    }
    change.min = optionalNumber(item, "min");
    change.max = optionalNumber(item, "max");
    if (item.present("fillOpacity")) {
        change.fillOpacity = int(bounded(item, "fillOpacity", 0, 0, 100));
    }
    if (item.present("drawStyle")) {
        change.drawStyle = item.enumeration<DashboardPanel::DrawStyle>(
            "drawStyle", DashboardPanel::drawStyleNames());
    }
    return change;
}

QStringList reductionList(const QList<DashboardPanel::Reduction> &values)
{
    QStringList names;
    for (const DashboardPanel::Reduction value : values) {
        names.append(nameOf(DashboardPanel::reductionNames(), value));
    }
    return names;
}

} // namespace

QStringList DashboardPanel::kindNames()
{
    return {QStringLiteral("timeseries"), QStringLiteral("stat"),  QStringLiteral("gauge"),
            QStringLiteral("bargauge"),   QStringLiteral("table"), QStringLiteral("text"),
            QStringLiteral("unsupported")};
}

QStringList DashboardPanel::drawStyleNames()
{
    return {QStringLiteral("line"), QStringLiteral("bars"), QStringLiteral("points")};
}

QStringList DashboardPanel::stackingNames()
{
    return {QStringLiteral("none"), QStringLiteral("normal"), QStringLiteral("percent")};
}

QStringList DashboardPanel::legendModeNames()
{
    return {QStringLiteral("list"), QStringLiteral("table"), QStringLiteral("hidden")};
}

QStringList DashboardPanel::legendPlacementNames()
{
    return {QStringLiteral("bottom"), QStringLiteral("right")};
}

QStringList DashboardPanel::thresholdModeNames()
{
    return {QStringLiteral("absolute"), QStringLiteral("percentage")};
}

QStringList DashboardPanel::matchNames()
{
    return {QStringLiteral("byName"), QStringLiteral("byRegexp")};
}

QStringList DashboardPanel::queryFormatNames()
{
    return {QStringLiteral("time_series"), QStringLiteral("table")};
}

QStringList DashboardPanel::reductionNames()
{
    return {QStringLiteral("lastNotNull"), QStringLiteral("last"), QStringLiteral("firstNotNull"),
            QStringLiteral("first"),       QStringLiteral("mean"), QStringLiteral("min"),
            QStringLiteral("max"),         QStringLiteral("sum"),  QStringLiteral("count"),
            QStringLiteral("range"),       QStringLiteral("delta")};
}

Json DashboardPanel::toJson() const
{
    Json json{{"id", id},
              {"kind", nameOf(kindNames(), kind)},
              {"title", title},
              {"grid", {{"x", grid.x}, {"y", grid.y}, {"w", grid.width}, {"h", grid.height}}}};
    putText(json, "pluginType", pluginType);
    putText(json, "description", description);
    putText(json, "backendId", backendId);
    Json queryList = Json::array();
    for (const Query &query : queries) {
        queryList.push_back(queryJson(query));
    }
    json["queries"] = queryList;
    if (maxSeries != DefaultMaxSeries) {
        json["maxSeries"] = maxSeries;
    }
    putText(json, "minInterval", minInterval);
    putText(json, "unit", unit);
    putOptional(json, "min", min);
    putOptional(json, "max", max);
    if (decimals) {
        json["decimals"] = *decimals;
    }
    if (!thresholds.isEmpty()) {
        Json steps = Json::array();
        for (const Threshold &step : thresholds) {
            Json item{{"color", step.color}};
            putOptional(item, "value", step.value);
            steps.push_back(item);
        }
        json["thresholds"] = {{"mode", nameOf(thresholdModeNames(), thresholdMode)},
                              {"steps", steps}};
    }
    if (!overrides.isEmpty()) {
        Json list = Json::array();
        for (const Override &change : overrides) {
            list.push_back(overrideJson(change));
        }
        json["overrides"] = list;
    }
    json["series"] = {{"drawStyle", nameOf(drawStyleNames(), drawStyle)},
                      {"fillOpacity", fillOpacity},
                      {"lineWidth", lineWidth},
                      {"stacking", nameOf(stackingNames(), stacking)}};
    json["legend"] = {{"mode", nameOf(legendModeNames(), legendMode)},
                      {"placement", nameOf(legendPlacementNames(), legendPlacement)},
                      {"values", reductionList(legendValues)}};
    json["value"] = {{"reduction", nameOf(reductionNames(), reduction)},
                     {"sparkline", sparkline},
                     {"horizontal", horizontal}};
    putText(json, "text", text);
    if (table != TableLayout{}) {
        json["table"] = {{"hidden", table.hidden},
                         {"renamed", table.renamed},
                         {"order", table.order},
                         {"joinBy", table.joinBy}};
    }
    return json;
}

DashboardPanel DashboardPanel::fromJson(const JsonReader &reader)
{
    DashboardPanel panel;
    panel.id = reader.string("id");
    panel.kind = reader.enumeration<Kind>("kind", kindNames());
    panel.pluginType = reader.optionalString("pluginType");
    panel.title = reader.optionalString("title");
    panel.description = reader.optionalString("description");
    const Json gridJson = reader.object("grid");
    const JsonReader grid(gridJson, reader.pathOf("grid"));
    panel.grid.x = int(bounded(grid, "x", 0, 0, Columns - 1));
    panel.grid.width = int(bounded(grid, "w", 12, 1, Columns - panel.grid.x));
    panel.grid.y = int(bounded(grid, "y", 0, 0, MaxY));
    panel.grid.height = int(bounded(grid, "h", 8, 1, 1000));
    panel.backendId = reader.optionalString("backendId");
    panel.queries = reader.list<Query>("queries", &readQuery);
    panel.maxSeries = int(bounded(reader, "maxSeries", DefaultMaxSeries, 1, 100'000));
    panel.minInterval = reader.optionalString("minInterval");
    panel.unit = reader.optionalString("unit");
    panel.min = optionalNumber(reader, "min");
    panel.max = optionalNumber(reader, "max");
    if (reader.present("decimals")) {
        panel.decimals = int(bounded(reader, "decimals", 0, 0, 20));
    }
    const Json thresholdsJson = reader.object("thresholds");
    const JsonReader thresholds(thresholdsJson, reader.pathOf("thresholds"));
    panel.thresholdMode = enumOr(thresholds, "mode", thresholdModeNames(), ThresholdMode::Absolute);
    panel.thresholds = thresholds.list<Threshold>("steps", [](const JsonReader &item) {
        return Threshold{optionalNumber(item, "value"), item.string("color")};
    });
    panel.overrides = reader.list<Override>("overrides", &readOverride);
    const Json seriesJson = reader.object("series");
    const JsonReader series(seriesJson, reader.pathOf("series"));
    panel.drawStyle = enumOr(series, "drawStyle", drawStyleNames(), DrawStyle::Lines);
    panel.fillOpacity = int(bounded(series, "fillOpacity", 0, 0, 100));
    panel.lineWidth = series.number("lineWidth", 1);
    panel.stacking = enumOr(series, "stacking", stackingNames(), Stacking::None);
    const Json legendJson = reader.object("legend");
    const JsonReader legend(legendJson, reader.pathOf("legend"));
    panel.legendMode = enumOr(legend, "mode", legendModeNames(), LegendMode::List);
    panel.legendPlacement =
        enumOr(legend, "placement", legendPlacementNames(), LegendPlacement::Bottom);
    for (const QString &name : legend.strings("values")) {
        const auto value = enumFromName<Reduction>(reductionNames(), name);
        if (!value) {
            throw ModelError(
                legend.pathOf("values"),
                QCoreApplication::translate("ModelError", "unknown value \"%1\"").arg(name));
        }
        panel.legendValues.append(*value);
    }
    const Json valueJson = reader.object("value");
    const JsonReader value(valueJson, reader.pathOf("value"));
    panel.reduction = enumOr(value, "reduction", reductionNames(), Reduction::LastNotNull);
    panel.sparkline = value.boolean("sparkline", false);
    panel.horizontal = value.boolean("horizontal", true);
    panel.text = reader.optionalString("text");
    const Json tableJson = reader.object("table");
    const JsonReader table(tableJson, reader.pathOf("table"));
    panel.table.hidden = table.strings("hidden");
    panel.table.renamed = table.stringMap("renamed");
    panel.table.order = table.strings("order");
    panel.table.joinBy = table.optionalString("joinBy");
    return panel;
}

} // namespace opsdeck
