#pragma once

#include "shell/feature.h"

#include <memory>

namespace opsdeck {
class AlarmService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class IncidentDeclarer;

// On-call: every alert of every backend (AlarmService), the Alarms and Silences views, the
// tray icon with desktop notifications, and the On-call perspective. The backends that feed
// the service are the backends feature's; declaring incidents and the runbook library come
// from features listed later, linked before the window is built.
class AlarmsFeature : public Feature {
public:
    explicit AlarmsFeature(const FeatureEnvironment &environment);
    ~AlarmsFeature() override;

    AlarmService &service() { return *m_service; }
    // The incidents feature declares from the selected alerts; the runbooks feature's library
    // is offered for each alert. Both are set before createViews().
    void link(IncidentDeclarer &declarer, RunbookCatalog &runbooks);

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<Perspective> perspectives() const override;
    QList<PerspectivePlacement> placements() const override;
    void start(WindowHost &host) override;

private:
    std::unique_ptr<AlarmService> m_service;
    IncidentDeclarer *m_declarer = nullptr;
    RunbookCatalog *m_runbooks = nullptr;
};

} // namespace opsdeck::ui
