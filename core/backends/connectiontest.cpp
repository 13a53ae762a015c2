#include "backends/connectiontest.h"

#include "backends/backendclient.h"
#include "backends/backendconfiguration.h"

namespace opsdeck {

ConnectionTest::ConnectionTest(BackendConfiguration &configuration, QObject *parent)
    : QObject(parent)
    , m_configuration(configuration)
{}

void ConnectionTest::cancel()
{
    delete m_attempt.data(); // its client goes with it: no answer arrives after this
}

void ConnectionTest::start(const BackendDefinition &definition,
                           const std::optional<QString> &typedSecret)
{
    cancel();
    auto *attempt = new QObject(this);
    m_attempt = attempt;
    if (typedSecret) {
        ask(attempt, definition, *typedSecret, {});
        return;
    }
    QPointer<QObject> guard(attempt);
    m_configuration.loadSecrets(
        {definition}, [this, guard, definition](const QHash<QString, QString> &secrets,
                                                const QStringList &errors) {
            if (guard) { // not superseded meanwhile
                ask(guard, definition, secrets.value(definition.id), errors.join(u'\n'));
            }
        });
}

void ConnectionTest::ask(QObject *attempt, const BackendDefinition &definition,
                         const QString &secret, const QString &secretProblem)
{
    auto *client = new BackendClient(definition, secret, attempt);
    client->fetchVersion(
        [this, attempt, secretProblem](const HttpAnswer &answer, const QString &version) {
            attempt->deleteLater();
            m_attempt.clear();
            Result result;
            result.ok = answer.ok();
            if (result.ok) {
                result.version = version;
                result.latencyMs = answer.latencyMs;
            } else {
                result.error = answer.error;
                if (!secretProblem.isEmpty()) {
                    result.error += u'\n' + secretProblem;
                }
            }
            Q_EMIT finished(result);
        });
}

} // namespace opsdeck
