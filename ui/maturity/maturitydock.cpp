#include "maturity/maturitydock.h"

#include <QAction>

namespace opsdeck::ui {

MaturityDock::MaturityDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-maturity"), parent)
    , m_showIncidents(new QAction(this))
{
    m_showIncidents->setObjectName(QStringLiteral("showIncidentsAction"));
    connect(m_showIncidents, &QAction::triggered, this, &MaturityDock::incidentsRequested);
    setEmptyStateActions({m_showIncidents});
    retranslateUi();
}

void MaturityDock::retranslateUi()
{
    setWindowTitle(tr("Maturity"));
    setEmptyState(tr("No assessments"),
                  tr("Operational maturity assessments, with their risks and milestones, are "
                     "listed here. Until then, Incident Command holds the past incidents and "
                     "their timelines."));
    m_showIncidents->setText(tr("Show Incidents"));
}

} // namespace opsdeck::ui
