#include "dashboards/dashboardsfeature.h"

#include "dashboards/dashboardsdock.h"

namespace opsdeck::ui {

DashboardsFeature::DashboardsFeature(const FeatureEnvironment &environment)
{
    Q_UNUSED(environment)
}

QList<ViewDock *> DashboardsFeature::createViews(WindowHost &host)
{
    auto *dock = new DashboardsDock(host.windowWidget());
    QObject::connect(dock, &DashboardsDock::alertsRequested, dock,
                     [&host]() { host.showPerspective(QStringLiteral("oncall")); });
    return {dock};
}

QList<PerspectivePlacement> DashboardsFeature::placements() const
{
    return {{QStringLiteral("review"),
             DockPlacement::inArea(DashboardsDock::Id, Qt::LeftDockWidgetArea, 40)}};
}

} // namespace opsdeck::ui
