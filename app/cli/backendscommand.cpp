#include "cli/backendscommand.h"

#include "backends/backendclient.h"
#include "backends/backendconfiguration.h"
#include "cli/backendtargets.h"
#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/buildinfo.h"
#include "model/json.h"
#include "secrets/secretstore.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace opsdeck::app::cli {
namespace {

// The options `add` and `edit` share; `edit` changes only those that are given.
struct DefinitionOptions {
    QCommandLineOption kind{QStringLiteral("kind"),
                            QCoreApplication::translate(
                                "BackendsCommand", "KIND of backend: prometheus or alertmanager."),
                            QStringLiteral("KIND")};
    QCommandLineOption url{
        QStringLiteral("url"),
        QCoreApplication::translate("BackendsCommand", "The backend's base URL."),
        QStringLiteral("URL")};
    QCommandLineOption auth{QStringLiteral("auth"),
                            QCoreApplication::translate(
                                "BackendsCommand",
                                "Authentication: none, basic or bearer. The password or token is "
                                "read from standard input."),
                            QStringLiteral("AUTH")};
    QCommandLineOption user{
        QStringLiteral("user"),
        QCoreApplication::translate("BackendsCommand", "User NAME for basic authentication."),
        QStringLiteral("NAME")};
    QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        QCoreApplication::translate("BackendsCommand", "Trust the CA certificates in FILE (PEM)."),
        QStringLiteral("FILE")};
    QCommandLineOption clientCert{
        QStringLiteral("client-cert"),
        QCoreApplication::translate("BackendsCommand",
                                    "Client certificate FILE (PEM), with --client-key."),
        QStringLiteral("FILE")};
    QCommandLineOption clientKey{
        QStringLiteral("client-key"),
        QCoreApplication::translate("BackendsCommand", "Client key FILE (unencrypted PEM)."),
        QStringLiteral("FILE")};
    QCommandLineOption proxy{
        QStringLiteral("proxy"),
        QCoreApplication::translate("BackendsCommand", "PROXY: system, none or a URL."),
        QStringLiteral("PROXY")};
    QCommandLineOption insecure{
        QStringLiteral("insecure"),
        QCoreApplication::translate("BackendsCommand",
                                    "Do not verify the server's TLS certificate (unsafe).")};
    QCommandLineOption verifyTls{
        QStringLiteral("verify-tls"),
        QCoreApplication::translate("BackendsCommand",
                                    "Verify the server's TLS certificate again (edit).")};
    QCommandLineOption interval{
        QStringLiteral("interval"),
        QCoreApplication::translate("BackendsCommand", "Poll every SECONDS (default: 15)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        QCoreApplication::translate("BackendsCommand",
                                    "Give up on an answer after SECONDS (default: 10)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption name{
        QStringLiteral("name"),
        QCoreApplication::translate("BackendsCommand", "Rename the backend to NAME (edit)."),
        QStringLiteral("NAME")};
    QCommandLineOption secretStdin{
        QStringLiteral("secret-stdin"),
        QCoreApplication::translate("BackendsCommand",
                                    "Read a new password or token from standard input (edit).")};

    QList<QCommandLineOption> all() const
    {
        return {kind,  url,      auth,      user,     caFile,  clientCert, clientKey,
                proxy, insecure, verifyTls, interval, timeout, name,       secretStdin};
    }
};

// Applies the given options to `definition`; a malformed value gives its usage error.
QString applyOptions(const QCommandLineParser &parser, const DefinitionOptions &options,
                     BackendDefinition &definition)
{
    const auto text = [&parser](const QCommandLineOption &option, QString &field) {
        if (parser.isSet(option)) {
            field = parser.value(option);
        }
    };
    text(options.url, definition.url);
    text(options.user, definition.username);
    text(options.caFile, definition.caFile);
    text(options.clientCert, definition.clientCertificate);
    text(options.clientKey, definition.clientKey);
    text(options.proxy, definition.proxy);
    text(options.name, definition.name);
    if (parser.isSet(options.kind)) {
        const auto kind = backendKindFromId(parser.value(options.kind));
        if (!kind) {
            return QCoreApplication::translate(
                       "BackendsCommand", "unknown kind '%1' (expected prometheus or alertmanager)")
                .arg(parser.value(options.kind));
        }
        definition.kind = *kind;
    }
    if (parser.isSet(options.auth)) {
        const auto auth = BackendDefinition::authFromName(parser.value(options.auth));
        if (!auth) {
            return QCoreApplication::translate(
                       "BackendsCommand",
                       "unknown authentication '%1' (expected none, basic or bearer)")
                .arg(parser.value(options.auth));
        }
        definition.auth = *auth;
    }
    if (parser.isSet(options.insecure) && parser.isSet(options.verifyTls)) {
        return QCoreApplication::translate("BackendsCommand",
                                           "--insecure and --verify-tls contradict each other");
    }
    if (parser.isSet(options.insecure)) {
        definition.verifyTls = false;
    } else if (parser.isSet(options.verifyTls)) {
        definition.verifyTls = true;
    }
    for (const auto &[option, field] : {std::pair{&options.interval, &definition.intervalSeconds},
                                        std::pair{&options.timeout, &definition.timeoutSeconds}}) {
        if (parser.isSet(*option)) {
            bool ok = false;
            *field = parser.value(*option).toInt(&ok);
            if (!ok) {
                return QCoreApplication::translate("BackendsCommand",
                                                   "--%1 needs a whole number of seconds, not '%2'")
                    .arg(option->names().constFirst(), parser.value(*option));
            }
        }
    }
    return {};
}

void warnIfInsecure(const BackendDefinition &definition)
{
    if (!definition.verifyTls) {
        writeErr(QCoreApplication::translate(
                     "BackendsCommand",
                     "opsdeck: warning: TLS verification is off for %1: anyone on the way to %2 "
                     "can read and change its answers\n")
                     .arg(definition.name, definition.url));
    }
}

int list(const BackendConfiguration &configuration, bool json)
{
    QString error;
    const QList<BackendDefinition> definitions = configuration.list(&error);
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return ExitFailure;
    }
    if (json) {
        Json array = Json::array();
        for (const BackendDefinition &definition : definitions) {
            array.push_back(definition.toJson());
        }
        writeOut(QString::fromStdString(array.dump(4)) + QLatin1Char('\n'));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const BackendDefinition &definition : definitions) {
        rows.append({backendKindId(definition.kind), definition.name, definition.url,
                     definition.auth == BackendDefinition::Auth::Basic
                         ? QStringLiteral("basic (%1)").arg(definition.username)
                         : BackendDefinition::authName(definition.auth),
                     QStringLiteral("%1s").arg(definition.intervalSeconds),
                     definition.verifyTls ? QCoreApplication::translate("BackendsCommand", "verify")
                                          : QCoreApplication::translate("BackendsCommand", "OFF")});
    }
    writeOut(formatTable({QCoreApplication::translate("BackendsCommand", "KIND"),
                          QCoreApplication::translate("BackendsCommand", "NAME"),
                          QCoreApplication::translate("BackendsCommand", "URL"),
                          QCoreApplication::translate("BackendsCommand", "AUTH"),
                          QCoreApplication::translate("BackendsCommand", "INTERVAL"),
                          QCoreApplication::translate("BackendsCommand", "TLS")},
                         rows));
    return ExitOk;
}

// The secret for a definition being saved: nullopt keeps the stored one, "" removes it.
bool secretFor(const BackendDefinition &definition, const BackendDefinition *before, bool replace,
               std::optional<QString> *secret, QString *error)
{
    if (definition.auth == BackendDefinition::Auth::None) {
        *secret = before && before->auth != BackendDefinition::Auth::None ? std::optional(QString())
                                                                          : std::nullopt;
        return true;
    }
    // A token is no password: changing the kind of authentication asks for the new secret.
    const bool hadOne = before != nullptr && before->auth == definition.auth;
    if (!replace && hadOne) {
        *secret = std::nullopt;
        return true;
    }
    const QString prompt =
        definition.auth == BackendDefinition::Auth::Basic
            ? QCoreApplication::translate("BackendsCommand", "Password for %1: ")
                  .arg(definition.name)
            : QCoreApplication::translate("BackendsCommand", "Token for %1: ").arg(definition.name);
    const auto line = readSecretLine(prompt, error);
    if (!line) {
        return false;
    }
    *secret = *line;
    return true;
}

int test(BackendConfiguration &configuration, const BackendDefinition &definition, bool json)
{
    return runInMainLoop([&configuration, definition,
                          json](const std::function<void(int)> &finish) {
        configuration.loadSecrets({definition}, [&configuration, definition, json,
                                                 finish](const QHash<QString, QString> &secrets,
                                                         const QStringList &errors) {
            if (!errors.isEmpty()) {
                writeErr(QStringLiteral("opsdeck: %1\n").arg(errors.join(QStringLiteral("; "))));
                finish(ExitFailure);
                return;
            }
            auto *client =
                new BackendClient(definition, secrets.value(definition.id), &configuration);
            client->fetchVersion(
                [definition, json, finish](const HttpAnswer &answer, const QString &version) {
                    const QString kind = BackendEndpoint::kindName(definition.kind);
                    if (json) {
                        Json object{{"name", definition.name},
                                    {"kind", backendKindId(definition.kind)},
                                    {"url", definition.url},
                                    {"ok", answer.ok()},
                                    {"latencyMs", answer.latencyMs}};
                        object[answer.ok() ? "version" : "error"] =
                            answer.ok() ? version : answer.error;
                        writeOut(QString::fromStdString(object.dump(4)) + QLatin1Char('\n'));
                    } else if (answer.ok()) {
                        writeOut(QStringLiteral("%1: %2 %3 (%4 ms)\n")
                                     .arg(definition.name, kind, version)
                                     .arg(answer.latencyMs));
                    }
                    if (!answer.ok()) {
                        writeErr(QStringLiteral("opsdeck: %1: %2\n")
                                     .arg(BackendTargets::describe(definition), answer.error));
                    }
                    finish(answer.ok() ? ExitOk : ExitFailure);
                });
        });
    });
}

} // namespace

int runBackendsCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(
        QStringLiteral("backends"),
        QCoreApplication::translate(
            "BackendsCommand",
            "List, add, edit, remove and test the Prometheus and Alertmanager backends of the "
            "workspace. Passwords and tokens are read from standard input and kept in the "
            "keychain."));
    const DefinitionOptions definitionOptions;
    command.parser().addOptions(definitionOptions.all());
    command.parser().addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("BackendsCommand",
                                    "list, add NAME, edit NAME, remove NAME or test NAME."),
        QStringLiteral("list|add NAME|edit NAME|remove NAME|test NAME"));
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QCommandLineParser &parser = command.parser();
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions = {QStringLiteral("list"), QStringLiteral("add"),
                                 QStringLiteral("edit"), QStringLiteral("remove"),
                                 QStringLiteral("test")};
    if (!actions.contains(action)) {
        return command.usageError(
            action.isEmpty() ? QCoreApplication::translate(
                                   "BackendsCommand",
                                   "backends needs an action: list, add, edit, remove or test")
                             : QCoreApplication::translate(
                                   "BackendsCommand",
                                   "unknown action '%1' (expected list, add, edit, remove or test)")
                                   .arg(action));
    }
    const bool isList = action == QLatin1String("list");
    if (positional.size() != (isList ? 1 : 2)) {
        return command.usageError(
            isList ? QCoreApplication::translate("BackendsCommand",
                                                 "'backends list' takes no further arguments")
                   : QCoreApplication::translate("BackendsCommand",
                                                 "'backends %1' needs exactly one backend NAME")
                         .arg(action));
    }
    const bool changes = action == QLatin1String("add") || action == QLatin1String("edit");
    if (!changes) {
        for (const QCommandLineOption &option : definitionOptions.all()) {
            if (parser.isSet(option)) {
                return command.usageError(
                    QCoreApplication::translate(
                        "BackendsCommand", "--%1 is only for 'backends add' and 'backends edit'")
                        .arg(option.names().constFirst()));
            }
        }
    }

    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    QString error;
    SecretStore secrets(BuildInfo::organizationDomain());
    BackendConfiguration configuration(*store, secrets);
    if (isList) {
        return list(configuration, command.json());
    }
    const QString &name = positional.at(1);
    const std::optional<BackendDefinition> existing = configuration.find(name);
    if (action == QLatin1String("add")) {
        if (existing) {
            return command.usageError(
                QCoreApplication::translate(
                    "BackendsCommand", "a backend named '%1' exists already (use 'backends edit')")
                    .arg(name));
        }
        if (!parser.isSet(definitionOptions.kind) || !parser.isSet(definitionOptions.url)) {
            return command.usageError(QCoreApplication::translate(
                "BackendsCommand", "'backends add' needs --kind and --url"));
        }
    } else if (!existing) {
        return command.usageError(
            QCoreApplication::translate("BackendsCommand", "no backend named '%1' in %2")
                .arg(name, options.workspacePath));
    }
    if (action == QLatin1String("test")) {
        return test(configuration, *existing, command.json());
    }
    if (action == QLatin1String("remove")) {
        return runInMainLoop([&configuration,
                              definition = *existing](const std::function<void(int)> &finish) {
            configuration.remove(definition.id, [&configuration, definition,
                                                 finish](const QString &removeError) {
                if (!removeError.isEmpty()) {
                    writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(definition.name, removeError));
                    // A failed keychain clean-up of a backend without authentication is no
                    // failure: no secret was kept. A definition still there is.
                    const bool removed = !configuration.find(definition.id).has_value();
                    finish(removed && definition.auth == BackendDefinition::Auth::None
                               ? ExitOk
                               : ExitFailure);
                    return;
                }
                writeOut(QCoreApplication::translate("BackendsCommand", "Removed backend %1.\n")
                             .arg(definition.name));
                finish(ExitOk);
            });
        });
    }

    BackendDefinition definition = existing.value_or(BackendDefinition{});
    if (!existing) {
        definition.name = name;
    }
    if (const QString problem = applyOptions(parser, definitionOptions, definition);
        !problem.isEmpty()) {
        return command.usageError(problem);
    }
    if (const QString problem = configuration.validate(definition); !problem.isEmpty()) {
        return command.usageError(QStringLiteral("%1: %2").arg(definition.name, problem));
    }
    std::optional<QString> secret;
    if (!secretFor(definition, existing ? &*existing : nullptr,
                   parser.isSet(definitionOptions.secretStdin), &secret, &error)) {
        return command.usageError(error);
    }
    warnIfInsecure(definition);
    return runInMainLoop([&configuration, definition, secret,
                          added = !existing](const std::function<void(int)> &finish) {
        configuration.save(
            definition, secret,
            [definition, added, finish](const QString &saveError, const QString &) {
                if (!saveError.isEmpty()) {
                    writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(definition.name, saveError));
                    finish(ExitFailure);
                    return;
                }
                writeOut((added ? QCoreApplication::translate("BackendsCommand",
                                                              "Added backend %1 (%2, %3).\n")
                                : QCoreApplication::translate("BackendsCommand",
                                                              "Changed backend %1 (%2, %3).\n"))
                             .arg(definition.name, backendKindId(definition.kind), definition.url));
                finish(ExitOk);
            });
    });
}

} // namespace opsdeck::app::cli
