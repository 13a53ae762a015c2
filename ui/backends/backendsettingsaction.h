#pragma once

#include <QAction>

namespace opsdeck {
class BackendConfiguration;
}

namespace opsdeck::ui {

// "Backends…": opens the backend settings dialog on `window`. Disabled, with a tooltip that
// says why, when the session's backends come from the command line (no configuration).
// Follows the window's language changes itself, so the window only adds it to a menu.
class BackendSettingsAction : public QAction {
    Q_OBJECT
public:
    BackendSettingsAction(BackendConfiguration *configuration, QWidget *window);

    void retranslateUi();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BackendConfiguration *m_configuration;
    QWidget *m_window;
};

} // namespace opsdeck::ui
