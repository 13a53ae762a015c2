#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class ActionItemsDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "actionitems";

    explicit ActionItemsDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
