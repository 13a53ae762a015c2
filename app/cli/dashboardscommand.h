#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck dashboards list [--format text|json]`,
// `opsdeck dashboards import FILE [--datasource NAME]` (Grafana classic JSON or an Opsdeck
// export) and `opsdeck dashboards export ID --format opsdeck|grafana` (ID: the id or the exact
// title; grafana: Grafana classic JSON with a `${DS_PROMETHEUS}` input).
int runDashboardsCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
