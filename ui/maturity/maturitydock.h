#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class MaturityDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "maturity";

    explicit MaturityDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
