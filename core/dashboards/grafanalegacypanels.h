#pragma once

#include "model/dashboardpanel.h"
#include "model/importreport.h"
#include "model/json.h"

#include <QString>

namespace opsdeck {

// Grafana's own migrations of its retired Angular panels, applied on import: `graph` (flot) to
// a time series and `singlestat` to a stat or a gauge, field by field as Grafana changes them,
// with what has no equivalent reported.
class GrafanaLegacyPanels {
public:
    GrafanaLegacyPanels(ImportReport &report, QString where);

    // Axes, draw style, fill, stacking, legend, thresholds and series overrides of a graph.
    void graph(const Json &panel, DashboardPanel *into);
    // Format, decimals, thresholds and colours, value, sparkline and gauge of a singlestat.
    void singlestat(const Json &panel, DashboardPanel *into);

private:
    void seriesOverrides(const Json &panel, DashboardPanel *into);
    void graphThresholds(const Json &panel, DashboardPanel *into);

    ImportReport &m_report;
    QString m_where;
};

} // namespace opsdeck
