#include "backends/backendsfeature.h"

#include "alarms/alarmservice.h"
#include "backends/backendconfiguration.h"
#include "backends/backendhealthindicator.h"
#include "backends/backendsdock.h"
#include "backends/backendsettingsaction.h"
#include "logging/logging.h"
#include "metrics/metricqueryservice.h"

#include <spdlog/logger.h>

namespace opsdeck::ui {

BackendsFeature::BackendsFeature(const FeatureEnvironment &environment, AlarmService &alarms,
                                 QList<BackendDefinition> sessionBackends)
    : m_alarms(alarms)
    , m_sessionBackends(std::move(sessionBackends))
    , m_metrics(std::make_unique<MetricQueryService>())
{
    if (m_sessionBackends.isEmpty()) {
        m_configuration =
            std::make_unique<BackendConfiguration>(environment.store, environment.secrets);
    }
}

BackendsFeature::~BackendsFeature() = default;

QList<ViewDock *> BackendsFeature::createViews(WindowHost &host)
{
    return {new BackendsDock(m_alarms, m_configuration.get(), host.windowWidget())};
}

QList<QAction *> BackendsFeature::fileActions(WindowHost &host)
{
    return {new BackendSettingsAction(m_configuration.get(), host.windowWidget())};
}

QList<QWidget *> BackendsFeature::createStatusWidgets(WindowHost &host)
{
    return {new BackendHealthIndicator(&m_alarms, host.windowWidget())};
}

QList<PerspectivePlacement> BackendsFeature::placements() const
{
    return {{QStringLiteral("oncall"),
             DockPlacement::beside(BackendsDock::Id, DockPlacement::Kind::TabWith, "silences")}};
}

// Polling starts once the window is up: the first paint never waits for the network.
void BackendsFeature::start(WindowHost &host)
{
    Q_UNUSED(host)
    if (!m_configuration) {
        m_alarms.setBackends(m_sessionBackends);
        m_metrics->setBackends(m_sessionBackends);
        m_alarms.start();
        return;
    }
    QObject::connect(m_configuration.get(), &BackendConfiguration::changed, &m_alarms,
                     [this] { reload(); });
    reload();
}

// Feeds the workspace's backends (with their keychain secrets) to the alarm service and the
// metric queries; keychain problems are logged, and the backend then polls without its secret
// (and shows the server's 401).
void BackendsFeature::reload()
{
    QString error;
    const QList<BackendDefinition> definitions = m_configuration->list(&error);
    if (!error.isEmpty()) {
        logging::component("app")->error("backends: {}", error.toStdString());
    }
    m_configuration->loadSecrets(
        definitions,
        [this, definitions](const QHash<QString, QString> &secrets, const QStringList &errors) {
            for (const QString &problem : errors) {
                logging::component("secrets")->warn("{}", problem.toStdString());
            }
            m_alarms.setBackends(definitions, secrets);
            m_alarms.start();
            m_metrics->setBackends(definitions, secrets);
        });
}

} // namespace opsdeck::ui
