#pragma once

#include "shell/feature.h"

#include <memory>

namespace opsdeck {
class AlarmService;
class IncidentService;
class IncidentSession;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

// The team's runbook library (a folder read on a worker and followed as it changes) and the
// Runbooks view, where a runbook is worked through step by step inside the open incident.
class RunbooksFeature : public Feature {
public:
    RunbooksFeature(const FeatureEnvironment &environment, AlarmService &alarms,
                    IncidentService &incidents, IncidentSession &incident);
    ~RunbooksFeature() override;

    RunbookCatalog &catalog() { return *m_catalog; }

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<PerspectivePlacement> placements() const override;
    void start(WindowHost &host) override;

private:
    AlarmService &m_alarms;
    IncidentService &m_incidents;
    IncidentSession &m_incident;
    QString m_userName;
    std::unique_ptr<RunbookCatalog> m_catalog;
};

} // namespace opsdeck::ui
