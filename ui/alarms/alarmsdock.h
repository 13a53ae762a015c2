#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class AlarmsDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "alarms";

    explicit AlarmsDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
