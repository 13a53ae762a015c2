#include "runbooks/runbooksfeature.h"

#include "runbooks/runbookcatalog.h"
#include "runbooks/runbooksdock.h"

namespace opsdeck::ui {

RunbooksFeature::RunbooksFeature(const FeatureEnvironment &environment, AlarmService &alarms,
                                 IncidentService &incidents, IncidentSession &incident)
    : m_alarms(alarms)
    , m_incidents(incidents)
    , m_incident(incident)
    , m_userName(environment.userName)
    , m_catalog(std::make_unique<RunbookCatalog>())
{}

RunbooksFeature::~RunbooksFeature() = default;

QList<ViewDock *> RunbooksFeature::createViews(WindowHost &host)
{
    return {new RunbooksDock(*m_catalog, m_incident, m_incidents, m_alarms, m_userName,
                             host.windowWidget())};
}

QList<PerspectivePlacement> RunbooksFeature::placements() const
{
    return {{QStringLiteral("incident"),
             DockPlacement::inArea(RunbooksDock::Id, Qt::RightDockWidgetArea, 30, 600)}};
}

void RunbooksFeature::start(WindowHost &host)
{
    Q_UNUSED(host)
    m_catalog->load();
}

} // namespace opsdeck::ui
