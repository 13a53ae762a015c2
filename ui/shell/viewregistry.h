#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace opsdeck {
struct Alert;
class AlarmService;
class BackendConfiguration;
class IncidentCatalog;
class IncidentService;
class IncidentSession;
class MetricQueryService;
class PostMortemCatalog;
class PostMortemService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class ViewDock;

// What the views may show: the core services of this session. Any of them may be null.
struct ViewContext {
    AlarmService *alarms = nullptr;
    // Null when the backends come from the command line (--prometheus, --alertmanager).
    BackendConfiguration *backendConfiguration = nullptr;
    // Opens the declaration of an incident from alerts (none: from scratch).
    std::function<void(const QList<Alert> &alerts)> declareIncident = {};

    // Incident command; null without a workspace.
    IncidentService *incidentService = nullptr;
    IncidentCatalog *incidents = nullptr;
    IncidentSession *incident = nullptr;   // the incident the console has open
    QString userName = {};                 // who is at the keyboard, for timeline authors
    QString workspacePath = {};            // for searches on a worker
    MetricQueryService *metrics = nullptr; // range queries for metric snapshots
    RunbookCatalog *runbooks = nullptr;    // the team's runbook folder, kept current

    // Post-mortems; null without a workspace. The catalogue also says which one is open.
    PostMortemService *postMortemService = nullptr;
    PostMortemCatalog *postMortems = nullptr;
};

// One dockable view the main window can show.
struct ViewDescriptor {
    QString id;
    std::function<ViewDock *(const ViewContext &context, QWidget *parent)> create;
};

// The views the main window assembles, in View-menu order. The window knows no view by name:
// a feature adds its dock here.
class ViewRegistry {
public:
    void add(ViewDescriptor descriptor);
    const std::vector<ViewDescriptor> &views() const { return m_views; }
    bool contains(const QString &id) const;

    // Every view of the product.
    static ViewRegistry standard();

private:
    std::vector<ViewDescriptor> m_views;
};

} // namespace opsdeck::ui
