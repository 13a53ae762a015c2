#pragma once

#include "shell/feature.h"

namespace opsdeck::ui {

// Review: maturity assessments, incident KPIs and DORA metrics for review meetings. It leads
// the Review perspective; today its Maturity view says what will be there.
class MaturityFeature : public Feature {
public:
    explicit MaturityFeature(const FeatureEnvironment &environment);

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<Perspective> perspectives() const override;
};

} // namespace opsdeck::ui
