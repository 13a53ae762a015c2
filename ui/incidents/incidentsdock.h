#pragma once

#include "shell/viewdock.h"

namespace opsdeck::ui {

class IncidentsDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "incidents";

    explicit IncidentsDock(QWidget *parent = nullptr);
    void retranslateUi() override;
};

} // namespace opsdeck::ui
