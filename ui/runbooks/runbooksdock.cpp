#include "runbooks/runbooksdock.h"

namespace opsdeck::ui {

RunbooksDock::RunbooksDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-runbooks"), parent)
{
    retranslateUi();
}

void RunbooksDock::retranslateUi()
{
    setWindowTitle(tr("Runbooks"));
    setEmptyState(tr("No runbooks"), tr("Runbooks from the team's runbook folder are listed here, "
                                        "with the alerts they apply to."));
}

} // namespace opsdeck::ui
