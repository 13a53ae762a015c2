#include "alarms/alarmsdock.h"

namespace opsdeck::ui {

AlarmsDock::AlarmsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-alarms"), parent)
{
    retranslateUi();
}

void AlarmsDock::retranslateUi()
{
    setWindowTitle(tr("Alarms"));
    setEmptyState(tr("No alerts"), tr("Firing and pending alerts from every Prometheus and "
                                      "Alertmanager backend are listed here."));
}

} // namespace opsdeck::ui
