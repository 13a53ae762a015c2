#pragma once

#include <QString>

#include <memory>

namespace opsdeck {
class AlarmService;
class IncidentAlertTracker;
class IncidentCatalog;
class IncidentService;
class IncidentSession;
class RunbookCatalog;
class WorkspaceStore;
} // namespace opsdeck

namespace opsdeck::ui {
struct ViewContext;
} // namespace opsdeck::ui

namespace opsdeck::app {

// Incident command for one console: the service every change goes through, the catalogue the
// Incidents view lists, the open incident, the tracker that fills timelines from alerts, and
// the runbook library worked through inside incidents.
class IncidentWiring {
public:
    IncidentWiring(WorkspaceStore &store, AlarmService &alarms, const QString &userName);
    ~IncidentWiring();
    IncidentWiring(const IncidentWiring &) = delete;
    IncidentWiring &operator=(const IncidentWiring &) = delete;

    // Hands the services to the views, including the declaration dialog.
    void provide(ui::ViewContext &views);
    // Starts reading the workspace (on workers) and following alerts.
    void start();

private:
    std::unique_ptr<IncidentService> m_service;
    std::unique_ptr<IncidentCatalog> m_catalog;
    std::unique_ptr<IncidentSession> m_session;
    std::unique_ptr<IncidentAlertTracker> m_tracker;
    std::unique_ptr<RunbookCatalog> m_runbooks;
    QString m_userName;
};

} // namespace opsdeck::app
