#pragma once

#include "shell/feature.h"
#include "shell/incidentdeclarer.h"

#include <QPointer>

#include <memory>

namespace opsdeck {
class AlarmService;
class IncidentAlertTracker;
class IncidentCatalog;
class IncidentService;
class IncidentSession;
class MetricQueryService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class IncidentLinkIndex;

// Incident command: the service every change goes through, the catalogue the Incidents view
// lists, the incident this console has open, the tracker that fills timelines from alerts;
// the Incidents, Incident and Timeline views, the Incident menu and the Incident Command
// perspective. It declares incidents for the other features (IncidentDeclarer).
class IncidentsFeature : public Feature, public IncidentDeclarer {
public:
    IncidentsFeature(const FeatureEnvironment &environment, AlarmService &alarms,
                     MetricQueryService &metrics);
    ~IncidentsFeature() override;

    IncidentService &service() { return *m_service; }
    IncidentCatalog &catalog() { return *m_catalog; }
    IncidentSession &session() { return *m_session; }
    // The runbooks feature's library, offered in the Incident view; set before createViews().
    void link(RunbookCatalog &runbooks);

    bool canDeclare() const override { return !m_hostWindow.isNull(); }
    void declareIncident(const QList<Alert> &alerts) override;
    std::optional<IncidentLink> incidentOf(const QString &fingerprint) const override;
    QStringList linkedFingerprints() const override;
    std::optional<IncidentLink> openIncident() const override;
    void addToOpenIncident(const QList<Alert> &alerts) override;
    void showIncident(const QString &incidentId) override;
    void followIncidents(QObject *context, std::function<void()> changed) override;

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<QMenu *> createMenus(WindowHost &host) override;
    QList<Perspective> perspectives() const override;
    QList<PerspectivePlacement> placements() const override;
    void start(WindowHost &host) override;
    void retranslateUi() override;

private:
    void openDeclareDialog(const QList<Alert> &alerts);
    void addAlerts(const IncidentLink &incident, const QList<Alert> &alerts);
    void tell(const QString &message);

    AlarmService &m_alarms;
    MetricQueryService &m_metrics;
    QString m_userName;
    QString m_workspacePath;
    std::unique_ptr<IncidentService> m_service;
    std::unique_ptr<IncidentCatalog> m_catalog;
    std::unique_ptr<IncidentSession> m_session;
    std::unique_ptr<IncidentAlertTracker> m_tracker;
    std::unique_ptr<IncidentLinkIndex> m_links;
    RunbookCatalog *m_runbooks = nullptr;
    WindowHost *m_host = nullptr;
    QPointer<QWidget> m_hostWindow; // m_host is used only while its window exists
    QPointer<QMenu> m_menu;
    QPointer<QAction> m_declare;
};

} // namespace opsdeck::ui
