#include "shell/perspective.h"

#include "alarms/alarmsdock.h"
#include "alarms/silencesdock.h"
#include "backends/backendsdock.h"
#include "dashboards/dashboardsdock.h"
#include "incidents/incidentdock.h"
#include "incidents/incidentsdock.h"
#include "maturity/maturitydock.h"
#include "postmortems/actionitemsdock.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemsdock.h"
#include "runbooks/runbooksdock.h"
#include "timeline/timelinedock.h"

#include <QCoreApplication>

namespace opsdeck::ui {
namespace {

using Kind = DockPlacement::Kind;

DockPlacement area(const char *view, Qt::DockWidgetArea where, int percent = 0)
{
    return {QString::fromLatin1(view), Kind::Area, where, {}, percent};
}

DockPlacement relative(const char *view, Kind kind, const char *to, int percent = 0)
{
    return {QString::fromLatin1(view), kind, Qt::NoDockWidgetArea, QString::fromLatin1(to),
            percent};
}

} // namespace

QString Perspective::title() const
{
    return QCoreApplication::translate("Perspective", titleSource);
}

QString Perspective::description() const
{
    return QCoreApplication::translate("Perspective", descriptionSource);
}

QList<Perspective> Perspective::standard()
{
    return {
        {QStringLiteral("oncall"),
         QStringLiteral("perspective-oncall"),
         QT_TRANSLATE_NOOP("Perspective", "On-call"),
         QT_TRANSLATE_NOOP("Perspective", "Every alert at a glance, silences and backend health"),
         {area(AlarmsDock::Id, Qt::LeftDockWidgetArea, 72),
          relative(SilencesDock::Id, Kind::SplitBelow, AlarmsDock::Id, 30),
          area(BackendsDock::Id, Qt::RightDockWidgetArea, 28)}},
        {QStringLiteral("incident"),
         QStringLiteral("perspective-incident"),
         QT_TRANSLATE_NOOP("Perspective", "Incident Command"),
         QT_TRANSLATE_NOOP("Perspective", "Run an incident: status, roles, timeline and runbooks"),
         {area(IncidentsDock::Id, Qt::LeftDockWidgetArea, 32),
          relative(AlarmsDock::Id, Kind::SplitBelow, IncidentsDock::Id, 45),
          area(IncidentDock::Id, Qt::RightDockWidgetArea, 68),
          relative(TimelineDock::Id, Kind::SplitBelow, IncidentDock::Id, 60),
          relative(RunbooksDock::Id, Kind::SplitRight, IncidentDock::Id, 45)}},
        {QStringLiteral("postmortem"),
         QStringLiteral("perspective-postmortem"),
         QT_TRANSLATE_NOOP("Perspective", "Post-mortem"),
         QT_TRANSLATE_NOOP("Perspective",
                           "Write blameless post-mortems from an incident's frozen timeline"),
         {area(PostMortemsDock::Id, Qt::LeftDockWidgetArea, 28),
          relative(ActionItemsDock::Id, Kind::SplitBelow, PostMortemsDock::Id, 45),
          area(PostMortemEditorDock::Id, Qt::RightDockWidgetArea, 72),
          relative(TimelineDock::Id, Kind::TabWith, PostMortemEditorDock::Id)}},
        {QStringLiteral("review"),
         QStringLiteral("perspective-review"),
         QT_TRANSLATE_NOOP("Perspective", "Review"),
         QT_TRANSLATE_NOOP("Perspective",
                           "Metrics, maturity assessments and action items for review meetings"),
         {area(DashboardsDock::Id, Qt::LeftDockWidgetArea, 60),
          relative(IncidentsDock::Id, Kind::TabWith, DashboardsDock::Id),
          area(MaturityDock::Id, Qt::RightDockWidgetArea, 40),
          relative(ActionItemsDock::Id, Kind::SplitBelow, MaturityDock::Id, 45)}},
    };
}

} // namespace opsdeck::ui
