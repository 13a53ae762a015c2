#include "backends/backendsdock.h"

namespace opsdeck::ui {

BackendsDock::BackendsDock(QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-backends"), parent)
{
    retranslateUi();
}

void BackendsDock::retranslateUi()
{
    setWindowTitle(tr("Backends"));
    setEmptyState(tr("No backends"), tr("The Prometheus and Alertmanager servers Opsdeck watches, "
                                        "with their health, are listed here."));
}

} // namespace opsdeck::ui
