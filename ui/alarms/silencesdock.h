#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class SilencesDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "silences";

    explicit SilencesDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
