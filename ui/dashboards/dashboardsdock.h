#pragma once

#include "shell/viewdock.h"

class QAction;

namespace opsdeck::ui {

class DashboardsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "dashboards";

    explicit DashboardsDock(QWidget *parent = nullptr);
    void retranslateUi() override;

Q_SIGNALS:
    // The user asked for what can be seen today: the alerts Prometheus reports now.
    void alertsRequested();

private:
    QAction *m_showAlerts = nullptr;
};

} // namespace opsdeck::ui
