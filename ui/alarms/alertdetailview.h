#pragma once

#include <QTextBrowser>

namespace opsdeck {
struct Alert;
class AlarmService;
} // namespace opsdeck

namespace opsdeck::ui {

// The detail pane of the Alarms dock: every label and annotation of one alert, links to its
// generator and runbook, the silences that cover it, when it started and for how long.
class AlertDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit AlertDetailView(QWidget *parent = nullptr);

    // `alert` null: nothing selected. `alarms` names backends and finds silences.
    void showAlert(const Alert *alert, const AlarmService *alarms);

    // The HTML shown for an alert (for tests).
    static QString html(const Alert &alert, const AlarmService *alarms);
};

} // namespace opsdeck::ui
