#pragma once

#include "model/alert.h"
#include "shell/incidentdeclarer.h"

#include <QPointer>
#include <QTextBrowser>

#include <functional>
#include <optional>

namespace opsdeck {
class AlarmService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

// The detail pane of the Alarms dock: every label and annotation of one alert, links to its
// generator, its runbooks (the web page of runbook_url and the library's runbooks for it, which
// open in the Runbooks view), the silences that cover it, when it started and for how long.
class AlertDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit AlertDetailView(QWidget *parent = nullptr);

    // The runbook library whose runbooks are offered for the alert (null: none).
    void setRunbookCatalog(RunbookCatalog *catalog);
    // Where the incident an alert belongs to is found (its link opens it: incidentRequested).
    void setIncidentLookup(std::function<std::optional<IncidentLink>(const QString &)> lookup);

    // `alert` null: nothing selected. `alarms` names backends and finds silences.
    void showAlert(const Alert *alert, const AlarmService *alarms);

    // The HTML shown for an alert (for tests).
    static QString html(const Alert &alert, const AlarmService *alarms,
                        const RunbookCatalog *runbooks = nullptr,
                        const std::optional<IncidentLink> &incident = std::nullopt);

Q_SIGNALS:
    void incidentRequested(const QString &incidentId);

private:
    void openLink(const QUrl &url);

    QPointer<RunbookCatalog> m_runbooks;
    std::function<std::optional<IncidentLink>(const QString &)> m_incidentLookup;
    std::optional<Alert> m_alert; // shown now, to show again when the library changes
    QString m_shownHtml;          // a poll that changed nothing here lays out nothing
    const AlarmService *m_alarms = nullptr;
};

} // namespace opsdeck::ui
