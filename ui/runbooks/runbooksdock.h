#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class RunbooksDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "runbooks";

    explicit RunbooksDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
