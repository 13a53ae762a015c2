#include "backends/backendsettingsaction.h"

#include "backends/backendsettingsdialog.h"
#include "common/icons.h"

#include <QEvent>
#include <QWidget>

namespace opsdeck::ui {

BackendSettingsAction::BackendSettingsAction(BackendConfiguration *configuration, QWidget *window)
    : QAction(Icons::load(QStringLiteral("view-backends")), QString(), window)
    , m_configuration(configuration)
    , m_window(window)
{
    setObjectName(QStringLiteral("backendSettingsAction"));
    setEnabled(m_configuration != nullptr);
    connect(this, &QAction::triggered, this,
            [this] { BackendSettingsDialog::openFor(m_configuration, m_window); });
    m_window->installEventFilter(this);
    retranslateUi();
}

void BackendSettingsAction::retranslateUi()
{
    setText(tr("&Backends…"));
    const QString explanation =
        m_configuration != nullptr
            ? tr("Add, change, test and remove the Prometheus and Alertmanager servers of this "
                 "workspace")
            : BackendSettingsDialog::unavailableReason();
    setStatusTip(explanation);
    setToolTip(explanation);
}

bool BackendSettingsAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QAction::eventFilter(watched, event);
}

} // namespace opsdeck::ui
