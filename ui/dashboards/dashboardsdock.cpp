#include "dashboards/dashboardsdock.h"

#include <QAction>

namespace opsdeck::ui {

DashboardsDock::DashboardsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-dashboards"), parent)
    , m_showAlerts(new QAction(this))
{
    m_showAlerts->setObjectName(QStringLiteral("showAlertsAction"));
    connect(m_showAlerts, &QAction::triggered, this, &DashboardsDock::alertsRequested);
    setEmptyStateActions({m_showAlerts});
    retranslateUi();
}

void DashboardsDock::retranslateUi()
{
    setWindowTitle(tr("Dashboards"));
    setEmptyState(tr("No dashboards"),
                  tr("Charts of Prometheus queries and the team's incident and delivery metrics "
                     "appear here. Until then, the On-call perspective shows what Prometheus "
                     "reports now."));
    m_showAlerts->setText(tr("Show Alerts"));
}

} // namespace opsdeck::ui
