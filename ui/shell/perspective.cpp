#include "shell/perspective.h"

#include <QCoreApplication>

namespace opsdeck::ui {
namespace {

using Kind = DockPlacement::Kind;

DockPlacement area(const char *view, Qt::DockWidgetArea where, int size = 0)
{
    return {QString::fromLatin1(view), Kind::Area, where, {}, size};
}

DockPlacement relative(const char *view, Kind kind, const char *to, int size = 0)
{
    return {QString::fromLatin1(view), kind, Qt::NoDockWidgetArea, QString::fromLatin1(to), size};
}

} // namespace

QString Perspective::title() const
{
    if (id == QLatin1String("oncall")) {
        return QCoreApplication::translate("Perspective", "On-call");
    }
    if (id == QLatin1String("incident")) {
        return QCoreApplication::translate("Perspective", "Incident Command");
    }
    if (id == QLatin1String("postmortem")) {
        return QCoreApplication::translate("Perspective", "Post-mortem");
    }
    if (id == QLatin1String("review")) {
        return QCoreApplication::translate("Perspective", "Review");
    }
    return id;
}

QString Perspective::description() const
{
    if (id == QLatin1String("oncall")) {
        return QCoreApplication::translate("Perspective",
                                           "Every alert at a glance, silences and backend health");
    }
    if (id == QLatin1String("incident")) {
        return QCoreApplication::translate("Perspective",
                                           "Run an incident: status, roles, timeline and runbooks");
    }
    if (id == QLatin1String("postmortem")) {
        return QCoreApplication::translate(
            "Perspective", "Write blameless post-mortems from an incident's frozen timeline");
    }
    if (id == QLatin1String("review")) {
        return QCoreApplication::translate(
            "Perspective", "Metrics, maturity assessments and action items for review meetings");
    }
    return {};
}

QList<Perspective> Perspective::standard()
{
    return {
        {QStringLiteral("oncall"),
         QStringLiteral("perspective-oncall"),
         {area("alarms", Qt::LeftDockWidgetArea, 72),
          relative("silences", Kind::SplitBelow, "alarms", 30),
          area("backends", Qt::RightDockWidgetArea, 28)}},
        {QStringLiteral("incident"),
         QStringLiteral("perspective-incident"),
         {area("incidents", Qt::LeftDockWidgetArea, 34),
          relative("alarms", Kind::SplitBelow, "incidents", 45),
          area("timeline", Qt::RightDockWidgetArea, 66),
          relative("runbooks", Kind::SplitBelow, "timeline", 35)}},
        {QStringLiteral("postmortem"),
         QStringLiteral("perspective-postmortem"),
         {area("postmortems", Qt::LeftDockWidgetArea, 34),
          relative("actionitems", Kind::SplitBelow, "postmortems", 40),
          area("timeline", Qt::RightDockWidgetArea, 66)}},
        {QStringLiteral("review"),
         QStringLiteral("perspective-review"),
         {area("dashboards", Qt::LeftDockWidgetArea, 60),
          relative("incidents", Kind::TabWith, "dashboards"),
          area("maturity", Qt::RightDockWidgetArea, 40),
          relative("actionitems", Kind::SplitBelow, "maturity", 45)}},
    };
}

} // namespace opsdeck::ui
