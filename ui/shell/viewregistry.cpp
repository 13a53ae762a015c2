#include "shell/viewregistry.h"

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

#include <algorithm>
#include <type_traits>

namespace opsdeck::ui {
namespace {

template <typename Dock>
ViewDescriptor descriptorOf()
{
    return {QString::fromLatin1(Dock::Id), [](const ViewContext &context, QWidget *parent) {
                if constexpr (std::is_constructible_v<Dock, const ViewContext &, QWidget *>) {
                    return new Dock(context, parent);
                } else {
                    Q_UNUSED(context)
                    return new Dock(parent);
                }
            }};
}

} // namespace

void ViewRegistry::add(ViewDescriptor descriptor)
{
    m_views.push_back(std::move(descriptor));
}

bool ViewRegistry::contains(const QString &id) const
{
    return std::any_of(m_views.begin(), m_views.end(),
                       [&id](const ViewDescriptor &view) { return view.id == id; });
}

ViewRegistry ViewRegistry::standard()
{
    ViewRegistry registry;
    registry.add(descriptorOf<AlarmsDock>());
    registry.add(descriptorOf<SilencesDock>());
    registry.add(descriptorOf<BackendsDock>());
    registry.add(descriptorOf<IncidentsDock>());
    registry.add(descriptorOf<IncidentDock>());
    registry.add(descriptorOf<TimelineDock>());
    registry.add(descriptorOf<RunbooksDock>());
    registry.add(descriptorOf<PostMortemsDock>());
    registry.add(descriptorOf<PostMortemEditorDock>());
    registry.add(descriptorOf<ActionItemsDock>());
    registry.add(descriptorOf<DashboardsDock>());
    registry.add(descriptorOf<MaturityDock>());
    return registry;
}

} // namespace opsdeck::ui
