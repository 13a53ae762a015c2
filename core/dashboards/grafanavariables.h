#pragma once

#include "dashboards/grafanadatasources.h"
#include "model/dashboard.h"
#include "model/importreport.h"

#include <QList>
#include <QString>

namespace opsdeck {

// A Grafana dashboard's `templating` as Opsdeck variables: query (label_values, label_names,
// query_result or PromQL, with its regex), custom, constant, text box, interval and data source
// variables, multi-value and "All" as they were, the current choice kept. Ad hoc filters and
// variables on other data sources are reported as dropped.
class GrafanaVariables {
public:
    GrafanaVariables(const GrafanaDatasources &datasources, ImportReport &report);

    // `templating` is {"list": [...]} (absent: none); `path` names it in errors.
    QList<DashboardVariable> read(const Json &templating, const QString &path);

private:
    std::optional<DashboardVariable> readOne(const Json &json, const QString &path);

    const GrafanaDatasources &m_datasources;
    ImportReport &m_report;
};

} // namespace opsdeck
