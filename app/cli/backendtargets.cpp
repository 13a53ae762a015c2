#include "cli/backendtargets.h"

#include "alarms/alarmclient.h"
#include "backends/backendconfiguration.h"
#include "cli/console.h"
#include "common/buildinfo.h"
#include "secrets/secretstore.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

namespace opsdeck::app::cli {

BackendTargets::BackendTargets() = default;
BackendTargets::~BackendTargets() = default;

QString BackendTargets::describe(const BackendDefinition &definition)
{
    return AlarmClient::describe(definition);
}

BackendDefinition BackendTargets::adHocDefinition(const BackendEndpoint &endpoint)
{
    BackendDefinition definition;
    definition.name = endpoint.name.isEmpty() ? endpoint.url.authority() : endpoint.name;
    definition.kind = endpoint.kind;
    definition.url = endpoint.url.toString();
    // Large installations answer with tens of megabytes; a one-off command can wait for them.
    definition.timeoutSeconds = 60;
    return definition;
}

bool BackendTargets::openConfiguration(const QString &workspacePath, QString *error)
{
    if (m_configuration) {
        return true;
    }
    m_store = WorkspaceStore::open(workspacePath, error);
    if (!m_store) {
        return false;
    }
    m_secrets = std::make_unique<SecretStore>(BuildInfo::organizationDomain());
    m_configuration = std::make_unique<BackendConfiguration>(*m_store, *m_secrets);
    return true;
}

bool BackendTargets::resolve(const QStringList &names, const QList<BackendEndpoint> &adHoc,
                             const QString &workspacePath, std::optional<BackendKind> kind,
                             QString *error, int *exitCode)
{
    *exitCode = ExitFailure;
    QList<BackendDefinition> definitions;
    if (!names.isEmpty() || adHoc.isEmpty()) {
        if (!openConfiguration(workspacePath, error)) {
            return false;
        }
        QString listError;
        const QList<BackendDefinition> configured = m_configuration->list(&listError);
        if (!listError.isEmpty()) {
            *error = listError;
            return false;
        }
        for (const QString &name : names) {
            const auto found = std::find_if(
                configured.begin(), configured.end(), [&name](const BackendDefinition &definition) {
                    return definition.name == name || definition.id == name;
                });
            if (found == configured.end()) {
                QStringList known;
                for (const BackendDefinition &definition : configured) {
                    known.append(definition.name);
                }
                *error = QCoreApplication::translate("BackendTargets",
                                                     "no backend named '%1' in %2 (configured: %3)")
                             .arg(name, workspacePath,
                                  known.isEmpty() ? QStringLiteral("none")
                                                  : known.join(QStringLiteral(", ")));
                *exitCode = ExitUsage;
                return false;
            }
            if (kind && found->kind != *kind) {
                *error = QCoreApplication::translate("BackendTargets",
                                                     "the backend '%1' is a %2, not an %3")
                             .arg(found->name, backendKindId(found->kind), backendKindId(*kind));
                *exitCode = ExitUsage;
                return false;
            }
            definitions.append(*found);
        }
        if (names.isEmpty()) {
            for (const BackendDefinition &definition : configured) {
                if (!kind || definition.kind == *kind) {
                    definitions.append(definition);
                }
            }
            if (definitions.isEmpty()) {
                *error = QCoreApplication::translate(
                             "BackendTargets",
                             "no %1 is configured in %2: add one with 'opsdeck backends add' or "
                             "give --alertmanager URL")
                             .arg(kind ? backendKindId(*kind) : QStringLiteral("backend"),
                                  workspacePath);
                return false;
            }
        }
    }
    for (const BackendEndpoint &endpoint : adHoc) {
        if (!kind || endpoint.kind == *kind) {
            definitions.append(adHocDefinition(endpoint));
        }
    }
    QSet<QString> ids;
    QSet<QString> usedNames;
    for (BackendDefinition &definition : definitions) {
        if (!definition.id.isEmpty() && ids.contains(definition.id)) {
            continue; // named twice
        }
        ids.insert(definition.id);
        const QString base = definition.name;
        for (int n = 2; usedNames.contains(definition.name); ++n) {
            definition.name = QStringLiteral("%1#%2").arg(base).arg(n);
        }
        usedNames.insert(definition.name);
        m_targets.append({definition, {}, definition.name});
    }
    return true;
}

void BackendTargets::loadSecrets(std::function<void(const QStringList &errors)> done)
{
    QList<BackendDefinition> authenticating;
    for (const BackendTarget &target : std::as_const(m_targets)) {
        if (!target.definition.id.isEmpty() &&
            target.definition.auth != BackendDefinition::Auth::None) {
            authenticating.append(target.definition);
        }
    }
    if (authenticating.isEmpty() || !m_configuration) {
        done({});
        return;
    }
    m_configuration->loadSecrets(
        authenticating, [this, done = std::move(done)](const QHash<QString, QString> &secrets,
                                                       const QStringList &errors) {
            QList<BackendTarget> usable;
            for (BackendTarget &target : m_targets) {
                const bool needsSecret = !target.definition.id.isEmpty() &&
                                         target.definition.auth != BackendDefinition::Auth::None;
                if (!needsSecret) {
                    usable.append(target);
                } else if (secrets.contains(target.definition.id)) {
                    target.secret = secrets.value(target.definition.id);
                    usable.append(target);
                }
            }
            m_targets = usable;
            done(errors);
        });
}

int runInMainLoop(const std::function<void(const std::function<void(int)> &finish)> &start)
{
    // Started from inside the loop, so that a `finish` called at once still ends it.
    QTimer::singleShot(0, QCoreApplication::instance(),
                       [start] { start([](int code) { QCoreApplication::exit(code); }); });
    return QCoreApplication::exec();
}

} // namespace opsdeck::app::cli
