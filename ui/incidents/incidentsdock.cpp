#include "incidents/incidentsdock.h"

namespace opsdeck::ui {

IncidentsDock::IncidentsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-incidents"), parent)
{
    retranslateUi();
}

void IncidentsDock::retranslateUi()
{
    setWindowTitle(tr("Incidents"));
    setEmptyState(
        tr("No incidents"),
        tr("Declared incidents and game days, with their severity and status, are listed here."));
}

} // namespace opsdeck::ui
