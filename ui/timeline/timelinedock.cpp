#include "timeline/timelinedock.h"

namespace opsdeck::ui {

TimelineDock::TimelineDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-timeline"), parent)
{
    retranslateUi();
}

void TimelineDock::retranslateUi()
{
    setWindowTitle(tr("Timeline"));
    setEmptyState(tr("No incident selected"),
                  tr("The timeline of the selected incident fills itself with alerts, status "
                     "changes, notes and runbook steps."));
}

} // namespace opsdeck::ui
