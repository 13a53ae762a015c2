#include "dashboards/dashboardsfeature.h"

#include "dashboards/dashboardsdock.h"

namespace opsdeck::ui {

DashboardsFeature::DashboardsFeature(const FeatureEnvironment &environment)
{
    Q_UNUSED(environment)
}

QList<ViewDock *> DashboardsFeature::createViews(WindowHost &host)
{
    return {new DashboardsDock(host.windowWidget())};
}

QList<PerspectivePlacement> DashboardsFeature::placements() const
{
    return {{QStringLiteral("review"),
             DockPlacement::inArea(DashboardsDock::Id, Qt::LeftDockWidgetArea, 60)}};
}

} // namespace opsdeck::ui
