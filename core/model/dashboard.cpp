#include "model/dashboard.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck {
namespace {

Json panelList(const QList<DashboardPanel> &panels)
{
    Json list = Json::array();
    for (const DashboardPanel &panel : panels) {
        list.push_back(panel.toJson());
    }
    return list;
}

QList<DashboardPanel> readPanels(const JsonReader &reader)
{
    return reader.list<DashboardPanel>("panels", &DashboardPanel::fromJson);
}

// Schema 1: one query per panel, its own range and step, no grid. The panels become time
// series two to a row; the first panel's range becomes the dashboard's.
void readVersion1(const JsonReader &reader, Dashboard *dashboard)
{
    int index = 0;
    qint64 range = 0;
    dashboard->panels = reader.list<DashboardPanel>("panels", [&](const JsonReader &item) {
        DashboardPanel panel;
        panel.id = QString::number(++index);
        panel.title = item.optionalString("title");
        panel.backendId = item.optionalString("backendId");
        panel.queries = {DashboardPanel::Query::promql(QStringLiteral("A"), item.string("query"))};
        const qint64 rangeSeconds = item.integer("rangeSeconds", 3600);
        const qint64 stepSeconds = item.integer("stepSeconds", 0);
        if (rangeSeconds <= 0 || stepSeconds < 0) {
            throw ModelError(item.path(),
                             QCoreApplication::translate(
                                 "ModelError", "range must be positive and step not negative"));
        }
        if (range == 0) {
            range = rangeSeconds;
        }
        if (stepSeconds > 0) {
            panel.minInterval = QStringLiteral("%1s").arg(stepSeconds);
        }
        panel.grid = {((index - 1) % 2) * 12, ((index - 1) / 2) * 8, 12, 8};
        return panel;
    });
    if (range > 0) {
        dashboard->from = QStringLiteral("now-%1s").arg(range);
    }
}

} // namespace

QStringList DashboardVariable::kindNames()
{
    return {QStringLiteral("query"),   QStringLiteral("custom"),   QStringLiteral("constant"),
            QStringLiteral("textbox"), QStringLiteral("interval"), QStringLiteral("datasource")};
}

QStringList DashboardVariable::refreshNames()
{
    return {QStringLiteral("onLoad"), QStringLiteral("onTimeRangeChange")};
}

QStringList DashboardVariable::hideNames()
{
    return {QStringLiteral("nothing"), QStringLiteral("label"), QStringLiteral("variable")};
}

Json DashboardVariable::toJson() const
{
    Json json{{"name", name},       {"kind", kindNames().at(int(kind))},
              {"query", query},     {"refresh", refreshNames().at(int(refresh))},
              {"multi", multi},     {"includeAll", includeAll},
              {"current", current}, {"hide", hideNames().at(int(hide))}};
    if (!label.isEmpty()) {
        json["label"] = label;
    }
    if (!regex.isEmpty()) {
        json["regex"] = regex;
    }
    if (!backendId.isEmpty()) {
        json["backendId"] = backendId;
    }
    if (!allValue.isEmpty()) {
        json["allValue"] = allValue;
    }
    return json;
}

DashboardVariable DashboardVariable::fromJson(const JsonReader &reader)
{
    DashboardVariable variable;
    variable.name = reader.string("name");
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!validName.match(variable.name).hasMatch()) {
        throw ModelError(reader.pathOf("name"),
                         QCoreApplication::translate("ModelError",
                                                     "expected letters, digits and _, found \"%1\"")
                             .arg(variable.name));
    }
    variable.label = reader.optionalString("label");
    variable.kind = reader.enumeration<Kind>("kind", kindNames());
    variable.query = reader.optionalString("query");
    variable.regex = reader.optionalString("regex");
    variable.backendId = reader.optionalString("backendId");
    variable.refresh = enumOr(reader, "refresh", refreshNames(), Refresh::OnLoad);
    variable.multi = reader.boolean("multi", false);
    variable.includeAll = reader.boolean("includeAll", false);
    variable.allValue = reader.optionalString("allValue");
    variable.current = reader.strings("current");
    variable.hide = enumOr(reader, "hide", hideNames(), Hide::Nothing);
    return variable;
}

QList<const DashboardPanel *> Dashboard::allPanels() const
{
    QList<const DashboardPanel *> result;
    for (const DashboardPanel &panel : panels) {
        result.append(&panel);
    }
    for (const DashboardRow &row : rows) {
        for (const DashboardPanel &panel : row.panels) {
            result.append(&panel);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const auto *a, const auto *b) {
        return std::pair(a->grid.y, a->grid.x) < std::pair(b->grid.y, b->grid.x);
    });
    return result;
}

Json Dashboard::toJson() const
{
    Json variableList = Json::array();
    for (const DashboardVariable &variable : variables) {
        variableList.push_back(variable.toJson());
    }
    Json rowList = Json::array();
    for (const DashboardRow &row : rows) {
        rowList.push_back({{"title", row.title},
                           {"collapsed", row.collapsed},
                           {"y", row.y},
                           {"panels", panelList(row.panels)}});
    }
    return {{"schema", SchemaVersion},
            {"id", id},
            {"title", title},
            {"description", description},
            {"tags", tags},
            {"time", {{"from", from}, {"to", to}}},
            {"refresh", refresh},
            {"sharedCrosshair", sharedCrosshair},
            {"backendId", backendId},
            {"variables", variableList},
            {"panels", panelList(panels)},
            {"rows", rowList}};
}

Dashboard Dashboard::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Dashboard dashboard;
    dashboard.id = reader.id("id");
    dashboard.title = reader.string("title");
    if (reader.integer("schema") < 2) {
        readVersion1(reader, &dashboard);
        return dashboard;
    }
    dashboard.description = reader.optionalString("description");
    dashboard.tags = reader.strings("tags");
    const Json timeJson = reader.object("time");
    const JsonReader time(timeJson, reader.pathOf("time"));
    dashboard.from = time.optionalString("from", dashboard.from);
    dashboard.to = time.optionalString("to", dashboard.to);
    dashboard.refresh = reader.optionalString("refresh");
    dashboard.sharedCrosshair = reader.boolean("sharedCrosshair", true);
    dashboard.backendId = reader.optionalString("backendId");
    dashboard.variables = reader.list<DashboardVariable>("variables", &DashboardVariable::fromJson);
    dashboard.panels = readPanels(reader);
    dashboard.rows = reader.list<DashboardRow>("rows", [](const JsonReader &item) {
        return DashboardRow{item.optionalString("title"), item.boolean("collapsed", false),
                            int(item.integer("y", 0)), readPanels(item)};
    });
    return dashboard;
}

} // namespace opsdeck
