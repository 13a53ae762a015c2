#pragma once

#include "backends/backendendpoint.h"
#include "model/backenddefinition.h"

#include <QList>

namespace opsdeck {
class AlarmService;
class BackendConfiguration;
class MetricQueryService;
} // namespace opsdeck

namespace opsdeck::app {

// Backends given with --prometheus/--alertmanager: for this session only, without secrets.
QList<BackendDefinition> sessionBackends(const QList<BackendEndpoint> &endpoints);

// Feeds the workspace's backends (with their keychain secrets) to the alarm service and does
// it again whenever the configuration changes; keychain problems are logged, and the backend
// then polls without its secret (and shows the server's 401). `metrics` (when given) gets the
// same backends for metric snapshots.
void followConfiguration(AlarmService &alarms, BackendConfiguration &configuration,
                         MetricQueryService *metrics = nullptr);

} // namespace opsdeck::app
