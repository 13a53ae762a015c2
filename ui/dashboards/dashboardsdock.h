#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class DashboardsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "dashboards";

    explicit DashboardsDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
