#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class BackendsDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "backends";

    explicit BackendsDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
