#pragma once

#include "shell/viewdock.h"

class QAction;

namespace opsdeck::ui {

class MaturityDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "maturity";

    explicit MaturityDock(QWidget *parent = nullptr);
    void retranslateUi() override;

Q_SIGNALS:
    // The user asked for what can be reviewed today: the past incidents.
    void incidentsRequested();

private:
    QAction *m_showIncidents = nullptr;
};

} // namespace opsdeck::ui
