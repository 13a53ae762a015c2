#include "backends/backendconfiguration.h"

#include "model/backendendpoint.h"
#include "model/json.h"
#include "secrets/secretstore.h"
#include "store/documentrepository.h"

#include <QFileInfo>

namespace opsdeck {

BackendConfiguration::BackendConfiguration(WorkspaceStore &store, SecretStore &secrets,
                                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{}

QList<BackendDefinition> BackendConfiguration::list(QString *error) const
{
    return BackendRepository(m_store).list(error);
}

std::optional<BackendDefinition> BackendConfiguration::find(const QString &idOrName) const
{
    for (const BackendDefinition &definition : list()) {
        if (definition.id == idOrName || definition.name == idOrName) {
            return definition;
        }
    }
    return std::nullopt;
}

QString BackendConfiguration::validate(const BackendDefinition &definition) const
{
    if (definition.name.trimmed().isEmpty()) {
        return tr("The name is empty.");
    }
    QString urlError;
    if (!BackendEndpoint::parseUrl(definition.url, &urlError).isValid()) {
        return urlError;
    }
    if (definition.auth == BackendDefinition::Auth::Basic && definition.username.isEmpty()) {
        return tr("Basic authentication needs a user name.");
    }
    if (definition.intervalSeconds < 1 || definition.intervalSeconds > 3600) {
        return tr("The poll interval must be between 1 and 3600 seconds.");
    }
    if (definition.timeoutSeconds < 1 || definition.timeoutSeconds > 600) {
        return tr("The request timeout must be between 1 and 600 seconds.");
    }
    for (const QString &file :
         {definition.caFile, definition.clientCertificate, definition.clientKey}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable()) {
            return tr("The file %1 does not exist or cannot be read.").arg(file);
        }
    }
    if (definition.clientCertificate.isEmpty() != definition.clientKey.isEmpty()) {
        return tr("A client certificate needs its key, and a key its certificate.");
    }
    const QString proxy = definition.proxy;
    if (proxy != QLatin1String("system") && proxy != QLatin1String("none")) {
        const QUrl url(proxy);
        if (url.host().isEmpty()) {
            return tr("The proxy must be system, none or a URL like http://proxy:3128.");
        }
        if (!url.userInfo().isEmpty()) {
            // It would be stored in the workspace in clear text.
            return tr("The proxy URL carries credentials; remove the user name and password.");
        }
    }
    for (const BackendDefinition &other : list()) {
        if (other.id != definition.id &&
            other.name.compare(definition.name.trimmed(), Qt::CaseInsensitive) == 0) {
            return tr("A backend named %1 exists already.").arg(other.name);
        }
    }
    return {};
}

void BackendConfiguration::save(
    BackendDefinition definition, const std::optional<QString> &secret,
    const std::function<void(const QString &error, const QString &id)> &done)
{
    definition.name = definition.name.trimmed();
    const QString problem = validate(definition);
    if (!problem.isEmpty()) {
        done(problem, {});
        return;
    }
    const bool needsSecret = definition.auth != BackendDefinition::Auth::None;
    if (needsSecret && secret && secret->isEmpty()) {
        done(tr("%1 authentication needs a password or token.")
                 .arg(BackendDefinition::authName(definition.auth)),
             {});
        return;
    }
    if (needsSecret && !secret) {
        // Keeping the stored secret only makes sense for the same kind of authentication: a
        // password must not become a bearer token.
        const std::optional<BackendDefinition> stored =
            definition.id.isEmpty() ? std::nullopt : find(definition.id);
        if (!stored || stored->auth != definition.auth) {
            done(tr("Enter the password or token for %1 authentication.")
                     .arg(BackendDefinition::authName(definition.auth)),
                 {});
            return;
        }
    }
    if (definition.id.isEmpty()) {
        definition.id = newId();
    }
    // The workspace row; false (and `done` told why) if it could not be written.
    const auto storeDefinition = [this, definition, done] {
        QString error;
        BackendDefinition stored = definition;
        if (!BackendRepository(m_store).save(stored, &error)) {
            done(error, {});
            return false;
        }
        Q_EMIT changed();
        return true;
    };
    if (!secret) {
        if (storeDefinition()) {
            done({}, definition.id);
        }
    } else if (secret->isEmpty() || definition.auth == BackendDefinition::Auth::None) {
        // The definition that no longer needs the secret is stored first: if that fails, the
        // backend keeps both its old definition and its secret.
        if (!storeDefinition()) {
            return;
        }
        m_secrets.remove(definition.id, [id = definition.id, done](const SecretResult &result) {
            done(result.ok || result.notFound
                     ? QString()
                     : tr("The backend is saved, but its old secret stays in the keychain: %1")
                           .arg(result.error),
                 id);
        });
    } else {
        m_secrets.write(
            definition.id, *secret,
            [storeDefinition, id = definition.id, done](const SecretResult &result) {
                if (!result.ok) {
                    done(tr("The keychain did not take the secret: %1").arg(result.error), {});
                } else if (storeDefinition()) {
                    done({}, id);
                }
            });
    }
}

void BackendConfiguration::remove(const QString &id, const Done &done)
{
    QString error;
    if (!BackendRepository(m_store).remove(id, &error)) {
        done(error);
        return;
    }
    Q_EMIT changed();
    // The definition is gone; a secret left behind would be orphaned, so it goes too.
    m_secrets.remove(id, [done](const SecretResult &result) {
        done(result.ok || result.notFound
                 ? QString()
                 : tr("The backend is removed, but its secret stays in the keychain: %1")
                       .arg(result.error));
    });
}

void BackendConfiguration::loadSecrets(const QList<BackendDefinition> &definitions,
                                       const SecretsLoaded &done)
{
    QStringList ids;
    QHash<QString, QString> names;
    for (const BackendDefinition &definition : definitions) {
        if (definition.auth != BackendDefinition::Auth::None) {
            ids.append(definition.id);
            names.insert(definition.id, definition.name);
        }
    }
    if (ids.isEmpty()) {
        done({}, {});
        return;
    }
    auto secrets = std::make_shared<QHash<QString, QString>>();
    auto errors = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const QString &id : std::as_const(ids)) {
        m_secrets.read(id, [id, name = names.value(id), secrets, errors, remaining,
                            done](const SecretResult &result) {
            if (result.ok) {
                secrets->insert(id, result.secret);
            } else {
                errors->append(result.notFound
                                   ? tr("%1: no password or token in the keychain").arg(name)
                                   : tr("%1: %2").arg(name, result.error));
            }
            if (--*remaining == 0) {
                done(*secrets, *errors);
            }
        });
    }
}

} // namespace opsdeck
