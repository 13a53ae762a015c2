#pragma once

#include "shell/viewdock.h"

class QAction;
class QTableView;

namespace opsdeck {
class AlarmService;
class BackendConfiguration;
} // namespace opsdeck

namespace opsdeck::ui {

class BackendHealthModel;

// The backends Opsdeck watches, one row each: state, version, latency, last success, error.
class BackendsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "backends";

    // `configuration` is null when the backends come from the command line (--prometheus,
    // --alertmanager): then there is nothing to configure.
    BackendsDock(AlarmService &alarms, BackendConfiguration *configuration,
                 QWidget *parent = nullptr);
    void retranslateUi() override;

    const BackendHealthModel *model() const { return m_model; }

private:
    BackendHealthModel *m_model;
    QTableView *m_table;
    QAction *m_configureAction = nullptr; // opens the backend settings
};

} // namespace opsdeck::ui
