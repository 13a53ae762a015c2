#pragma once

#include "backends/backendtarget.h"
#include "model/backenddefinition.h"
#include "model/backendendpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace opsdeck {
class BackendConfiguration;
class SecretStore;
class WorkspaceStore;
} // namespace opsdeck

namespace opsdeck::app::cli {

// Which backends a command talks to: the `--backend NAME`s of the workspace, the ad hoc
// `--alertmanager URL` / `--prometheus URL`s, or, with none of them, every configured backend
// of the wanted kind. The workspace is opened only when configured backends are needed.
class BackendTargets {
public:
    BackendTargets();
    ~BackendTargets();
    BackendTargets(const BackendTargets &) = delete;
    BackendTargets &operator=(const BackendTargets &) = delete;

    // `kind`: the only kind accepted, or none for both kinds. On failure
    // `error` says what and `exitCode` is ExitUsage (an unknown name, a wrong kind) or
    // ExitFailure (the workspace cannot be opened, nothing is configured).
    bool resolve(const QStringList &names, const QList<BackendEndpoint> &adHoc,
                 const QString &workspacePath, std::optional<BackendKind> kind, QString *error,
                 int *exitCode);

    // Reads the keychain secrets of the configured targets that authenticate; a target whose
    // secret cannot be read is dropped and its error reported. Call inside the main loop.
    void loadSecrets(std::function<void(const QStringList &errors)> done);

    // Configured in the workspace or given on the command line; `name` is unique among them and
    // names them in results (`source`).
    const QList<BackendTarget> &targets() const { return m_targets; }

    // "name (URL)", how errors name a backend.
    static QString describe(const BackendDefinition &definition);
    // An ad hoc backend for one run.
    static BackendDefinition adHocDefinition(const BackendEndpoint &endpoint);

private:
    bool openConfiguration(const QString &workspacePath, QString *error);

    QList<BackendTarget> m_targets;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<BackendConfiguration> m_configuration;
};

// Runs `start` inside the application's main loop (the first and only one) and returns the
// code `start` passes to its `finish` callback.
int runInMainLoop(const std::function<void(const std::function<void(int)> &finish)> &start);

} // namespace opsdeck::app::cli
