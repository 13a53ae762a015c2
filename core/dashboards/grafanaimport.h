#pragma once

#include "dashboards/dashboardimport.h"
#include "model/json.h"

#include <QByteArrayView>
#include <QString>

namespace opsdeck {

// Reads a Grafana classic dashboard: the JSON of Grafana's "Export" (with `__inputs` and
// `${DS_…}` placeholders or without), or the HTTP API's {"dashboard": …, "meta": …}; schema 16
// and newer as it is, older `rows[]` dashboards laid out on the grid as Grafana does. Every
// Prometheus data source maps to `backendId` (empty: the workspace's first Prometheus). The
// report says panel by panel what was kept, approximated and dropped.
class GrafanaImport {
public:
    static DashboardImport read(QByteArrayView text, const QString &backendId);
    static DashboardImport fromJson(const Json &json, const QString &backendId);
};

} // namespace opsdeck
