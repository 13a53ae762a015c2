#pragma once

#include "model/backenddefinition.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace opsdeck {

class SecretStore;
class WorkspaceStore;

// The backends of a workspace: definitions in the workspace file, passwords and tokens in the
// OS keychain under the backend's id. Used by the settings dialog and `opsdeck backends`.
class BackendConfiguration : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>;
    using SecretsLoaded =
        std::function<void(const QHash<QString, QString> &secrets, const QStringList &errors)>;

    BackendConfiguration(WorkspaceStore &store, SecretStore &secrets, QObject *parent = nullptr);

    QList<BackendDefinition> list(QString *error = nullptr) const;
    std::optional<BackendDefinition> find(const QString &idOrName) const;

    // What is wrong with a definition before it is saved (empty if nothing): name, URL, unique
    // name, intervals, the files it names.
    QString validate(const BackendDefinition &definition) const;

    // Saves the definition (a new one gets an id). `secret`: nullopt keeps the stored one, an
    // empty string removes it. The secret is written first, so a definition that needs one is
    // never stored without it.
    void save(BackendDefinition definition, const std::optional<QString> &secret,
              const std::function<void(const QString &error, const QString &id)> &done);
    void remove(const QString &id, const Done &done);

    // Reads the secrets of the definitions that authenticate.
    void loadSecrets(const QList<BackendDefinition> &definitions, const SecretsLoaded &done);

Q_SIGNALS:
    void changed(); // a definition was saved or removed through this object

private:
    WorkspaceStore &m_store;
    SecretStore &m_secrets;
};

} // namespace opsdeck
