#include "dashboards/dashboardfile.h"

#include "dashboards/grafanaimport.h"
#include "model/jsontext.h"

#include <QCoreApplication>

namespace opsdeck {

DashboardImport readDashboardFile(QByteArrayView text, const QString &backendId)
{
    DashboardImport result;
    const auto json = parseJsonText(text, &result.error);
    if (!json) {
        return result;
    }
    if (!json->is_object() || !json->contains("schema") || !json->contains("id")) {
        return GrafanaImport::fromJson(*json, backendId);
    }
    try {
        Dashboard dashboard = Dashboard::fromJson(*json);
        dashboard.id = newId();
        if (!backendId.isEmpty()) {
            dashboard.backendId = backendId;
        }
        result.report.kept(
            QCoreApplication::translate("DashboardFile", "dashboard"),
            QCoreApplication::translate("DashboardFile", "an Opsdeck dashboard, read as it is"));
        result.dashboard = std::move(dashboard);
    } catch (const ModelError &problem) {
        result.error = problem.text();
    }
    return result;
}

} // namespace opsdeck
