#include "postmortems/actionitemsdock.h"

namespace opsdeck::ui {

ActionItemsDock::ActionItemsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-actionitems"), parent)
{
    retranslateUi();
}

void ActionItemsDock::retranslateUi()
{
    setWindowTitle(tr("Action Items"));
    setEmptyState(
        tr("No action items"),
        tr("Open action items from every post-mortem are listed here, overdue ones first."));
}

} // namespace opsdeck::ui
