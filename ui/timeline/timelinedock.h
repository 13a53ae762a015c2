#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class TimelineDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "timeline";

    explicit TimelineDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
