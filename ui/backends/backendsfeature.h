#pragma once

#include "model/backenddefinition.h"
#include "shell/feature.h"

#include <memory>

namespace opsdeck {
class AlarmService;
class BackendConfiguration;
class MetricQueryService;
} // namespace opsdeck

namespace opsdeck::ui {

// The Prometheus and Alertmanager servers a console watches: their definitions in the
// workspace with secrets in the keychain (BackendConfiguration), fed to the alarm service and
// to metric queries whenever they change; the Backends view, File ▸ Backends… and the health
// in the status bar. With backends given on the command line (`sessionBackends`), those are
// watched for the session instead and nothing is configurable.
class BackendsFeature : public Feature {
public:
    BackendsFeature(const FeatureEnvironment &environment, AlarmService &alarms,
                    QList<BackendDefinition> sessionBackends = {});
    ~BackendsFeature() override;

    // PromQL range queries over the configured Prometheus backends (metric snapshots).
    MetricQueryService &metrics() { return *m_metrics; }

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<QAction *> fileActions(WindowHost &host) override;
    QList<QWidget *> createStatusWidgets(WindowHost &host) override;
    QList<PerspectivePlacement> placements() const override;
    void start(WindowHost &host) override;

private:
    void reload();

    AlarmService &m_alarms;
    QList<BackendDefinition> m_sessionBackends;
    std::unique_ptr<BackendConfiguration> m_configuration; // null with session backends
    std::unique_ptr<MetricQueryService> m_metrics;
};

} // namespace opsdeck::ui
