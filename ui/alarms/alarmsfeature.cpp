#include "alarms/alarmsfeature.h"

#include "alarms/alarmnotifier.h"
#include "alarms/alarmsdock.h"
#include "alarms/alarmservice.h"
#include "alarms/silencesdock.h"

namespace opsdeck::ui {

AlarmsFeature::AlarmsFeature(const FeatureEnvironment &environment)
    : m_service(std::make_unique<AlarmService>())
{
    Q_UNUSED(environment)
}

AlarmsFeature::~AlarmsFeature() = default;

void AlarmsFeature::link(IncidentDeclarer &declarer, RunbookCatalog &runbooks)
{
    m_declarer = &declarer;
    m_runbooks = &runbooks;
}

QList<ViewDock *> AlarmsFeature::createViews(WindowHost &host)
{
    Q_ASSERT_X(m_declarer != nullptr && m_runbooks != nullptr, "AlarmsFeature",
               "link() the incident declarer and the runbook library before the window is built");
    return {new AlarmsDock(*m_service, *m_runbooks, *m_declarer, host.windowWidget()),
            new SilencesDock(*m_service, host.windowWidget())};
}

QList<Perspective> AlarmsFeature::perspectives() const
{
    return {
        {QStringLiteral("oncall"),
         QStringLiteral("perspective-oncall"),
         QT_TRANSLATE_NOOP("Perspective", "On-call"),
         QT_TRANSLATE_NOOP("Perspective", "Every alert at a glance, silences and backend health"),
         // The alert table gets the whole width; silences (with backend health tabbed beside
         // them, BackendsFeature) take a strip below that stays small when there are none.
         {DockPlacement::inArea(AlarmsDock::Id, Qt::LeftDockWidgetArea),
          DockPlacement::beside(SilencesDock::Id, DockPlacement::Kind::SplitBelow, AlarmsDock::Id,
                                22)}}};
}

QList<PerspectivePlacement> AlarmsFeature::placements() const
{
    return {{QStringLiteral("incident"),
             DockPlacement::beside(AlarmsDock::Id, DockPlacement::Kind::TabWith, "incidents")}};
}

void AlarmsFeature::start(WindowHost &host)
{
    // The tray icon and notifications live as long as the window they belong to.
    new AlarmNotifier(m_service.get(), host.windowWidget(), host.windowWidget());
}

} // namespace opsdeck::ui
