#include "alarms/silencesdock.h"

namespace opsdeck::ui {

SilencesDock::SilencesDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-silences"), parent)
{
    retranslateUi();
}

void SilencesDock::retranslateUi()
{
    setWindowTitle(tr("Silences"));
    setEmptyState(tr("No silences"),
                  tr("Active and pending silences from every Alertmanager are listed here."));
}

} // namespace opsdeck::ui
