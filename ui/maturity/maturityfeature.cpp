#include "maturity/maturityfeature.h"

#include "maturity/maturitydock.h"

namespace opsdeck::ui {

MaturityFeature::MaturityFeature(const FeatureEnvironment &environment)
{
    Q_UNUSED(environment)
}

QList<ViewDock *> MaturityFeature::createViews(WindowHost &host)
{
    auto *dock = new MaturityDock(host.windowWidget());
    QObject::connect(dock, &MaturityDock::incidentsRequested, dock,
                     [&host]() { host.showPerspective(QStringLiteral("incident")); });
    return {dock};
}

QList<Perspective> MaturityFeature::perspectives() const
{
    return {
        {QStringLiteral("review"),
         QStringLiteral("perspective-review"),
         QT_TRANSLATE_NOOP("Perspective", "Review"),
         QT_TRANSLATE_NOOP("Perspective",
                           "Metrics, maturity assessments and action items for review meetings"),
         {DockPlacement::inArea(MaturityDock::Id, Qt::RightDockWidgetArea, 60)}}};
}

} // namespace opsdeck::ui
