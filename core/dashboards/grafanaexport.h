#pragma once

#include "model/dashboard.h"
#include "model/json.h"

namespace opsdeck {

// A dashboard as a Grafana classic dashboard (schema 39, Grafana's "Export for sharing
// externally" form): every query on a `${DS_PROMETHEUS}` data source declared in `__inputs`, so
// that Grafana asks which Prometheus on import. What Opsdeck supports reads back the same
// through GrafanaImport; what Grafana has no place for (a panel's series cap, the chosen
// backend) is left out.
class GrafanaExport {
public:
    static Json toJson(const Dashboard &dashboard);
};

} // namespace opsdeck
