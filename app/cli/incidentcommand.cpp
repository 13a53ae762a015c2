#include "cli/incidentcommand.h"

#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "incidents/incidentservice.h"
#include "store/incidentrepository.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace opsdeck::app::cli {

OpenedIncident::OpenedIncident() = default;
OpenedIncident::OpenedIncident(OpenedIncident &&) noexcept = default;
OpenedIncident::~OpenedIncident() = default;

std::optional<OpenedIncident> openIncident(const QString &workspacePath, const QString &key)
{
    QString error;
    OpenedIncident opened;
    opened.store = openWorkspace(workspacePath);
    if (!opened.store) {
        return std::nullopt;
    }
    std::optional<Incident> incident = IncidentRepository(*opened.store).findByKey(key, &error);
    if (!incident) {
        writeErr(QStringLiteral("opsdeck: %1\n")
                     .arg(error.isEmpty() ? QCoreApplication::translate("IncidentCommand",
                                                                        "no incident %1 in %2")
                                                .arg(key, workspacePath)
                                          : error));
        return std::nullopt;
    }
    opened.incident = std::move(*incident);
    return opened;
}

namespace {

struct IncidentOptions {
    QCommandLineOption title{
        QStringLiteral("title"),
        QCoreApplication::translate("IncidentCommand", "declare: what is happening, in a line."),
        QStringLiteral("TEXT")};
    QCommandLineOption severity{
        QStringLiteral("severity"),
        QCoreApplication::translate("IncidentCommand", "declare: SEV1, SEV2, SEV3 or SEV4."),
        QStringLiteral("SEV")};
    QCommandLineOption alert{
        QStringLiteral("alert"),
        QCoreApplication::translate("IncidentCommand",
                                    "declare: the FINGERPRINT of an alert behind it (repeatable)."),
        QStringLiteral("FINGERPRINT")};
    QCommandLineOption commander{
        QStringLiteral("commander"),
        QCoreApplication::translate("IncidentCommand", "declare: who leads the response."),
        QStringLiteral("NAME")};
    QCommandLineOption service{QStringLiteral("service"),
                               QCoreApplication::translate(
                                   "IncidentCommand", "declare: an affected service (repeatable)."),
                               QStringLiteral("NAME")};
    QCommandLineOption tag{
        QStringLiteral("tag"),
        QCoreApplication::translate("IncidentCommand", "declare: a tag (repeatable)."),
        QStringLiteral("TAG")};
    QCommandLineOption gameDay{
        QStringLiteral("game-day"),
        QCoreApplication::translate("IncidentCommand", "declare: an exercise, not a real outage.")};
    QCommandLineOption falseAlarm{
        QStringLiteral("false-alarm"),
        QCoreApplication::translate("IncidentCommand",
                                    "status: close an unresolved incident as a false alarm.")};
    QCommandLineOption author{
        QStringLiteral("author"),
        QCoreApplication::translate("IncidentCommand", "note: who writes it (default: $USER)."),
        QStringLiteral("NAME")};

    QCommandLineOption at{
        QStringLiteral("at"),
        QCoreApplication::translate("IncidentCommand",
                                    "declare, status, note: when it happened, if not now: an ISO "
                                    "8601 time with its zone, or how long ago (15m, 1h30m)."),
        QStringLiteral("WHEN")};

    QList<QCommandLineOption> all() const
    {
        return {title, severity, alert, commander, service, tag, gameDay, falseAlarm, author, at};
    }

    // The options each action takes; any other one set is a usage error.
    QStringList allowedFor(const QString &action) const
    {
        if (action == QLatin1String("declare")) {
            return {QStringLiteral("title"),    QStringLiteral("severity"),
                    QStringLiteral("alert"),    QStringLiteral("commander"),
                    QStringLiteral("service"),  QStringLiteral("tag"),
                    QStringLiteral("game-day"), QStringLiteral("at")};
        }
        if (action == QLatin1String("status")) {
            return {QStringLiteral("false-alarm"), QStringLiteral("at")};
        }
        if (action == QLatin1String("note")) {
            return {QStringLiteral("author"), QStringLiteral("at")};
        }
        return {};
    }
};

void writeJson(const Json &json)
{
    writeOutBytes(QByteArray::fromStdString(json.dump(2)) + '\n');
}

// The moment --at names (invalid when not given: now), or nullopt after a usage error.
std::optional<QDateTime> momentOf(CommandParser &command, const IncidentOptions &names,
                                  int *exitCode)
{
    if (!command.parser().isSet(names.at)) {
        return QDateTime();
    }
    const QString text = command.parser().value(names.at).trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<QDateTime> moment = fromIsoUtc(text);
    if (!moment) {
        QString ignored;
        if (const std::optional<qint64> ago = parseDuration(text, &ignored)) {
            moment = now.addSecs(-*ago);
        }
    }
    if (!moment || *moment > now.addSecs(60)) {
        *exitCode = command.usageError(
            QCoreApplication::translate("IncidentCommand",
                                        "--at: '%1' is not a past moment (expected an ISO 8601 "
                                        "time with its zone, such as 2026-11-21T14:02:00Z, or how "
                                        "long ago, such as 15m)")
                .arg(text));
        return std::nullopt;
    }
    return moment;
}

int declare(CommandParser &command, const IncidentOptions &names, const GlobalOptions &options)
{
    const QCommandLineParser &parser = command.parser();
    const QString title = parser.value(names.title).trimmed();
    if (title.isEmpty()) {
        return command.usageError(QCoreApplication::translate(
            "IncidentCommand", "'incident declare' needs --title TEXT"));
    }
    if (!parser.isSet(names.severity)) {
        return command.usageError(QCoreApplication::translate(
            "IncidentCommand", "'incident declare' needs --severity SEV1|SEV2|SEV3|SEV4"));
    }
    const qsizetype severity =
        Incident::severityNames().indexOf(parser.value(names.severity).toUpper());
    if (severity < 0) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand",
                                        "--severity: unknown severity '%1' (expected %2)")
                .arg(parser.value(names.severity),
                     Incident::severityNames().join(QStringLiteral(", "))));
    }
    int usage = ExitOk;
    const std::optional<QDateTime> at = momentOf(command, names, &usage);
    if (!at) {
        return usage;
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    QString error;
    Incident incident;
    incident.declaredAt = *at;
    incident.title = title;
    incident.severity = Incident::Severity(severity);
    incident.gameDay = parser.isSet(names.gameDay);
    incident.commander = parser.value(names.commander).trimmed();
    incident.services = parser.values(names.service);
    incident.tags = parser.values(names.tag);
    incident.alertFingerprints = parser.values(names.alert);
    if (!IncidentService(*store).declare(incident, {}, loginUserName(), &error)) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return ExitFailure;
    }
    if (command.json()) {
        writeJson(incident.toJson());
    } else {
        writeOut(incident.key + QLatin1Char('\n'));
    }
    return ExitOk;
}

int changeStatus(CommandParser &command, const IncidentOptions &names, const GlobalOptions &options,
                 const QString &key, const QString &statusText)
{
    const std::optional<Incident::Status> next = Incident::statusFromName(statusText.toLower());
    if (!next) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand",
                                        "STATUS: unknown status '%1' (expected %2)")
                .arg(statusText, Incident::statusNames().join(QStringLiteral(", "))));
    }
    if (command.parser().isSet(names.falseAlarm) && *next != Incident::Status::Closed) {
        return command.usageError(QCoreApplication::translate(
            "IncidentCommand", "--false-alarm goes with the status 'closed' only"));
    }
    int usage = ExitOk;
    const std::optional<QDateTime> at = momentOf(command, names, &usage);
    if (!at) {
        return usage;
    }
    std::optional<OpenedIncident> opened = openIncident(options.workspacePath, key);
    if (!opened) {
        return ExitFailure;
    }
    QString error;
    if (!IncidentService(*opened->store)
             .changeStatus(opened->incident.id, *next, command.parser().isSet(names.falseAlarm),
                           loginUserName(), &error, *at)) {
        writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(key, error));
        return ExitFailure;
    }
    writeOut(QCoreApplication::translate("IncidentCommand", "%1 is now %2\n")
                 .arg(key, Incident::statusName(*next)));
    return ExitOk;
}

int assignRole(CommandParser &command, const GlobalOptions &options, const QString &key,
               const QString &roleText, const QString &person)
{
    const QString role = roleText.toLower();
    const QStringList roles = IncidentService::assignableRoles();
    if (!roles.contains(role)) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand", "ROLE: unknown role '%1' (expected %2)")
                .arg(roleText, roles.join(QStringLiteral(", "))));
    }
    if (person.trimmed().isEmpty()) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand", "NAME: the person's name is empty"));
    }
    std::optional<OpenedIncident> opened = openIncident(options.workspacePath, key);
    if (!opened) {
        return ExitFailure;
    }
    QString error;
    if (!IncidentService(*opened->store)
             .assignRole(opened->incident.id, role, person, loginUserName(), &error)) {
        writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(key, error));
        return ExitFailure;
    }
    writeOut(QCoreApplication::translate("IncidentCommand", "%1: %2 is %3\n")
                 .arg(key, person.trimmed(), role));
    return ExitOk;
}

int addNote(CommandParser &command, const IncidentOptions &names, const GlobalOptions &options,
            const QString &key, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand", "TEXT: the note is empty"));
    }
    int usage = ExitOk;
    const std::optional<QDateTime> at = momentOf(command, names, &usage);
    if (!at) {
        return usage;
    }
    std::optional<OpenedIncident> opened = openIncident(options.workspacePath, key);
    if (!opened) {
        return ExitFailure;
    }
    const QString author = command.parser().isSet(names.author)
                               ? command.parser().value(names.author)
                               : loginUserName();
    QString error;
    if (!IncidentService(*opened->store).addNote(opened->incident.id, text, author, &error, *at)) {
        writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(key, error));
        return ExitFailure;
    }
    writeOut(QCoreApplication::translate("IncidentCommand", "Noted on %1.\n").arg(key));
    return ExitOk;
}

} // namespace

int runIncidentCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(
        QStringLiteral("incident"),
        QCoreApplication::translate("IncidentCommand",
                                    "Declare an incident, change its status, assign its roles "
                                    "and add notes to its timeline."));
    const IncidentOptions names;
    command.parser().addOptions(names.all());
    command.parser().addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("IncidentCommand",
                                    "declare, status KEY STATUS, role KEY ROLE NAME or note KEY "
                                    "TEXT."),
        QStringLiteral("declare|status KEY STATUS|role KEY ROLE NAME|note KEY TEXT"));
    if (const auto done = command.parse(arguments)) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    const QString action = positional.value(0);
    const QList<QPair<QString, qsizetype>> actions = {{QStringLiteral("declare"), 1},
                                                      {QStringLiteral("status"), 3},
                                                      {QStringLiteral("role"), 4},
                                                      {QStringLiteral("note"), 3}};
    const auto found = std::find_if(actions.begin(), actions.end(),
                                    [&action](const auto &known) { return known.first == action; });
    if (found == actions.end()) {
        return command.usageError(
            action.isEmpty()
                ? QCoreApplication::translate(
                      "IncidentCommand", "incident needs an action: declare, status, role or note")
                : QCoreApplication::translate(
                      "IncidentCommand",
                      "unknown action '%1' (expected declare, status, role or note)")
                      .arg(action));
    }
    if (positional.size() != found->second) {
        const QString syntax = action == QLatin1String("declare")
                                   ? QStringLiteral("--title TEXT --severity SEV")
                               : action == QLatin1String("status") ? QStringLiteral("KEY STATUS")
                               : action == QLatin1String("role")   ? QStringLiteral("KEY ROLE NAME")
                                                                   : QStringLiteral("KEY TEXT");
        return command.usageError(
            QCoreApplication::translate("IncidentCommand",
                                        "wrong arguments for 'incident %1' (expected 'incident %1 "
                                        "%2', got '%3')")
                .arg(action, syntax, positional.join(QLatin1Char(' '))));
    }
    const QStringList allowed = names.allowedFor(action);
    for (const QCommandLineOption &option : names.all()) {
        if (command.parser().isSet(option) && !allowed.contains(option.names().constFirst())) {
            return command.usageError(
                QCoreApplication::translate("IncidentCommand",
                                            "--%1 is not an option of 'incident %2'")
                    .arg(option.names().constFirst(), action));
        }
    }
    if (action == QLatin1String("declare")) {
        return declare(command, names, options);
    }
    if (action == QLatin1String("status")) {
        return changeStatus(command, names, options, positional.at(1), positional.at(2));
    }
    if (action == QLatin1String("role")) {
        return assignRole(command, options, positional.at(1), positional.at(2), positional.at(3));
    }
    return addNote(command, names, options, positional.at(1), positional.at(2));
}

int runIncidentsCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(QStringLiteral("incidents"),
                          QCoreApplication::translate("IncidentCommand",
                                                      "List the incidents of the workspace, newest "
                                                      "first, as a table or JSON."));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("IncidentCommand", "Only incidents in STATUS."),
        QStringLiteral("STATUS"));
    command.parser().addOption(status);
    command.parser().addPositionalArgument(QStringLiteral("action"),
                                           QCoreApplication::translate("IncidentCommand", "list."),
                                           QStringLiteral("[list]"));
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.constFirst() != QLatin1String("list"))) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand", "unknown action '%1' (expected list)")
                .arg(positional.join(QLatin1Char(' '))));
    }
    const QString wanted = command.parser().value(status).toLower();
    if (command.parser().isSet(status) && !Incident::statusFromName(wanted)) {
        return command.usageError(
            QCoreApplication::translate("IncidentCommand",
                                        "--status: unknown status '%1' (expected %2)")
                .arg(command.parser().value(status),
                     Incident::statusNames().join(QStringLiteral(", "))));
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    QString error;
    const QList<Incident> incidents = IncidentRepository(*store).list(&error);
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return ExitFailure;
    }
    Json array = Json::array();
    QList<QStringList> rows;
    for (const Incident &incident : incidents) {
        if (!wanted.isEmpty() && Incident::statusName(incident.status) != wanted) {
            continue;
        }
        array.push_back(incident.toJson());
        rows.append({incident.key, Incident::severityName(incident.severity),
                     Incident::statusName(incident.status), toIsoUtc(incident.declaredAt),
                     incident.commander, incident.title});
    }
    if (command.json()) {
        writeJson(array);
        return ExitOk;
    }
    if (rows.isEmpty()) {
        writeOut(QCoreApplication::translate("IncidentCommand", "No incidents.\n"));
        return ExitOk;
    }
    writeOut(formatTable({QCoreApplication::translate("IncidentCommand", "KEY"),
                          QCoreApplication::translate("IncidentCommand", "SEVERITY"),
                          QCoreApplication::translate("IncidentCommand", "STATUS"),
                          QCoreApplication::translate("IncidentCommand", "DECLARED"),
                          QCoreApplication::translate("IncidentCommand", "COMMANDER"),
                          QCoreApplication::translate("IncidentCommand", "TITLE")},
                         rows));
    return ExitOk;
}

} // namespace opsdeck::app::cli
