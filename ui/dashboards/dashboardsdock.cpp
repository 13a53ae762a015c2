#include "dashboards/dashboardsdock.h"

namespace opsdeck::ui {

DashboardsDock::DashboardsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-dashboards"), parent)
{
    retranslateUi();
}

void DashboardsDock::retranslateUi()
{
    setWindowTitle(tr("Dashboards"));
    setEmptyState(tr("No dashboards"), tr("Charts of Prometheus queries and the team's incident "
                                          "and delivery metrics appear here."));
}

} // namespace opsdeck::ui
