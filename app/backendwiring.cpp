#include "backendwiring.h"

#include "alarms/alarmservice.h"
#include "backends/backendconfiguration.h"
#include "logging/logging.h"
#include "metrics/metricqueryservice.h"
#include "model/json.h"

#include <spdlog/logger.h>

namespace opsdeck::app {

QList<BackendDefinition> sessionBackends(const QList<BackendEndpoint> &endpoints)
{
    QList<BackendDefinition> definitions;
    for (const BackendEndpoint &endpoint : endpoints) {
        BackendDefinition definition;
        definition.id = newId();
        definition.name = endpoint.name;
        definition.kind = endpoint.kind == BackendEndpoint::Kind::Alertmanager
                              ? QStringLiteral("alertmanager")
                              : QStringLiteral("prometheus");
        definition.url = endpoint.url.toString();
        definitions.append(definition);
    }
    return definitions;
}

void followConfiguration(AlarmService &alarms, BackendConfiguration &configuration,
                         MetricQueryService *metrics)
{
    const auto reload = [&alarms, &configuration, metrics] {
        QString error;
        const QList<BackendDefinition> definitions = configuration.list(&error);
        if (!error.isEmpty()) {
            logging::component("app")->error("backends: {}", error.toStdString());
        }
        configuration.loadSecrets(
            definitions, [&alarms, metrics, definitions](const QHash<QString, QString> &secrets,
                                                         const QStringList &errors) {
                for (const QString &problem : errors) {
                    logging::component("secrets")->warn("{}", problem.toStdString());
                }
                alarms.setBackends(definitions, secrets);
                alarms.start();
                if (metrics != nullptr) {
                    metrics->setBackends(definitions, secrets);
                }
            });
    };
    QObject::connect(&configuration, &BackendConfiguration::changed, &alarms, reload);
    reload();
}

} // namespace opsdeck::app
