#pragma once

#include "shell/feature.h"

namespace opsdeck::ui {

// Dashboards: PromQL charts and SLOs. Today the Dashboards view says what will be there; the
// query engine, the importers and the SLOs come with their core services in core/dashboards.
class DashboardsFeature : public Feature {
public:
    explicit DashboardsFeature(const FeatureEnvironment &environment);

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<PerspectivePlacement> placements() const override;
};

} // namespace opsdeck::ui
