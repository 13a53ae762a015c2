#include "model/dashboard.h"

#include <QCoreApplication>

namespace opsdeck {

Json Dashboard::toJson() const
{
    Json panelList = Json::array();
    for (const Panel &panel : panels) {
        panelList.push_back({{"title", panel.title},
                             {"query", panel.query},
                             {"backendId", panel.backendId},
                             {"rangeSeconds", panel.rangeSeconds},
                             {"stepSeconds", panel.stepSeconds}});
    }
    return {{"schema", SchemaVersion}, {"id", id}, {"title", title}, {"panels", panelList}};
}

Dashboard Dashboard::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Dashboard dashboard;
    dashboard.id = reader.id("id");
    dashboard.title = reader.string("title");
    dashboard.panels = reader.list<Panel>("panels", [](const JsonReader &item) {
        Panel panel{item.optionalString("title"), item.string("query"),
                    item.optionalString("backendId"), item.integer("rangeSeconds", 3600),
                    item.integer("stepSeconds", 0)};
        if (panel.rangeSeconds <= 0 || panel.stepSeconds < 0) {
            throw ModelError(item.path(),
                             QCoreApplication::translate(
                                 "ModelError", "range must be positive and step not negative"));
        }
        return panel;
    });
    return dashboard;
}

} // namespace opsdeck
