#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class PostMortemsDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "postmortems";

    explicit PostMortemsDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
