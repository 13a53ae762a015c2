#include "consolefeatures.h"

#include "alarms/alarmsfeature.h"
#include "backends/backendsfeature.h"
#include "dashboards/dashboardsfeature.h"
#include "incidents/incidentsfeature.h"
#include "maturity/maturityfeature.h"
#include "model/json.h"
#include "postmortems/postmortemsfeature.h"
#include "runbooks/runbooksfeature.h"

namespace opsdeck::app {
namespace {

// Backends given with --prometheus/--alertmanager: for this session only, without secrets.
QList<BackendDefinition> definitionsOf(const QList<BackendEndpoint> &endpoints)
{
    QList<BackendDefinition> definitions;
    for (const BackendEndpoint &endpoint : endpoints) {
        BackendDefinition definition;
        definition.id = newId();
        definition.name = endpoint.name;
        definition.kind = endpoint.kind;
        definition.url = endpoint.url.toString();
        definitions.append(definition);
    }
    return definitions;
}

} // namespace

ConsoleFeatures::ConsoleFeatures(const ui::FeatureEnvironment &environment,
                                 const QList<BackendEndpoint> &sessionBackends)
{
    auto &alarms = add<ui::AlarmsFeature>(environment);
    auto &backends =
        add<ui::BackendsFeature>(environment, alarms.service(), definitionsOf(sessionBackends));
    auto &incidents = add<ui::IncidentsFeature>(environment, alarms.service(), backends.metrics());
    auto &runbooks = add<ui::RunbooksFeature>(environment, alarms.service(), incidents.service(),
                                              incidents.session());
    add<ui::PostMortemsFeature>(environment, incidents.catalog(), incidents.session());
    add<ui::DashboardsFeature>(environment, backends.metrics());
    add<ui::MaturityFeature>(environment);
    alarms.link(incidents, runbooks.catalog());
    incidents.link(runbooks.catalog());
}

// Later features use the services of earlier ones: they go first.
ConsoleFeatures::~ConsoleFeatures()
{
    while (!m_features.empty()) {
        m_features.pop_back();
    }
}

QList<ui::Feature *> ConsoleFeatures::list() const
{
    QList<ui::Feature *> features;
    for (const auto &feature : m_features) {
        features.append(feature.get());
    }
    return features;
}

void ConsoleFeatures::start(ui::WindowHost &host)
{
    for (const auto &feature : m_features) {
        feature->start(host);
    }
}

} // namespace opsdeck::app
