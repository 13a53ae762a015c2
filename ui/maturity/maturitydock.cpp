#include "maturity/maturitydock.h"

namespace opsdeck::ui {

MaturityDock::MaturityDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-maturity"), parent)
{
    retranslateUi();
}

void MaturityDock::retranslateUi()
{
    setWindowTitle(tr("Maturity"));
    setEmptyState(
        tr("No assessments"),
        tr("Operational maturity assessments, with their risks and milestones, are listed here."));
}

} // namespace opsdeck::ui
