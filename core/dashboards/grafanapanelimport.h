#pragma once

#include "dashboards/grafanadatasources.h"
#include "model/dashboardpanel.h"
#include "model/importreport.h"

#include <QString>

namespace opsdeck {

// One panel of a Grafana classic dashboard as an Opsdeck panel, the way Grafana itself migrates
// old panels: `graph` becomes a time series, `singlestat` a stat (a gauge when it showed one),
// `table-old` a table. What is kept, approximated or dropped goes to the report; a panel Opsdeck
// cannot draw becomes a placeholder naming its type, its queries kept.
class GrafanaPanelImport {
public:
    GrafanaPanelImport(const GrafanaDatasources &datasources, ImportReport &report);

    // `path` names the panel in errors ("panels[3]"); a member of the wrong type throws
    // ModelError with its path.
    DashboardPanel read(const Json &panel, const QString &path);

private:
    void readQueries(const Json &panel, const QString &path, DashboardPanel *into);
    void readFieldConfig(const Json &panel, const QString &path, DashboardPanel *into);
    void readOverride(const Json &rule, DashboardPanel *into);
    void readOptions(const Json &panel, DashboardPanel *into);
    void readTransformations(const Json &panel, DashboardPanel *into);

    void approximated(const QString &what);
    void dropped(const QString &what);

    const GrafanaDatasources &m_datasources;
    ImportReport &m_report;
    QString m_where; // the panel being read, for the report
};

} // namespace opsdeck
