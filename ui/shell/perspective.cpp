#include "shell/perspective.h"

#include <QCoreApplication>

namespace opsdeck::ui {
namespace {

using Kind = DockPlacement::Kind;

DockPlacement area(const char *view, Qt::DockWidgetArea where, int size = 0) {
    return {QString::fromLatin1(view), Kind::Area, where, {}, size};
}

DockPlacement relative(const char *view, Kind kind, const char *to, int size = 0) {
    return {QString::fromLatin1(view), kind, Qt::NoDockWidgetArea, QString::fromLatin1(to), size};
}

} // namespace

QString Perspective::title() const {
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

QString Perspective::description() const {
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

QList<Perspective> Perspective::standard() {
    return {
        {QStringLiteral("oncall"),
         QStringLiteral("perspective-oncall"),
         {area("alarms", Qt::LeftDockWidgetArea, 980),
          relative("silences", Kind::SplitBelow, "alarms", 220),
          area("backends", Qt::RightDockWidgetArea, 320)}},
        {QStringLiteral("incident"),
         QStringLiteral("perspective-incident"),
         {area("incidents", Qt::LeftDockWidgetArea, 420),
          relative("alarms", Kind::SplitBelow, "incidents", 300),
          area("timeline", Qt::RightDockWidgetArea, 880),
          relative("runbooks", Kind::SplitBelow, "timeline", 280)}},
        {QStringLiteral("postmortem"),
         QStringLiteral("perspective-postmortem"),
         {area("postmortems", Qt::LeftDockWidgetArea, 420),
          relative("actionitems", Kind::SplitBelow, "postmortems", 280),
          area("timeline", Qt::RightDockWidgetArea, 880)}},
        {QStringLiteral("review"),
         QStringLiteral("perspective-review"),
         {area("dashboards", Qt::LeftDockWidgetArea, 820),
          relative("incidents", Kind::TabWith, "dashboards"),
          area("maturity", Qt::RightDockWidgetArea, 480),
          relative("actionitems", Kind::SplitBelow, "maturity", 300)}},
    };
}

} // namespace opsdeck::ui
