#include "cli/postmortemcommand.h"

#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "postmortems/postmortemservice.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace opsdeck::app::cli {

namespace {

// Ids are time-ordered: their first 13 characters (the creation millisecond) tell post-mortems
// apart, and every command accepts them.
QString shortId(const QString &id)
{
    return id.left(13);
}

int printCreated(const PostMortem &postMortem)
{
    writeOut(QCoreApplication::translate("PostMortemCommand", "Created post-mortem %1: %2\n")
                 .arg(shortId(postMortem.id), postMortem.title));
    return ExitOk;
}

} // namespace

int runPostMortemCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(QStringLiteral("postmortem"),
                          QCoreApplication::translate(
                              "PostMortemCommand",
                              "Create a post-mortem from an incident (its facts, key timeline "
                              "events and metric snapshots filled in) or blank."));
    const QCommandLineOption fromIncident(
        QStringLiteral("from-incident"),
        QCoreApplication::translate("PostMortemCommand", "create: the incident KEY it is about."),
        QStringLiteral("KEY"));
    const QCommandLineOption title(
        QStringLiteral("title"),
        QCoreApplication::translate("PostMortemCommand", "create: a blank post-mortem's TITLE."),
        QStringLiteral("TITLE"));
    const QCommandLineOption templateName(
        QStringLiteral("template"),
        QCoreApplication::translate("PostMortemCommand",
                                    "create: the template's NAME (default: the team's default)."),
        QStringLiteral("NAME"));
    const QCommandLineOption author(
        QStringLiteral("author"),
        QCoreApplication::translate("PostMortemCommand", "create: who writes it (default: $USER)."),
        QStringLiteral("NAME"));
    command.parser().addOptions({fromIncident, title, templateName, author});
    command.parser().addPositionalArgument(
        QStringLiteral("action"), QCoreApplication::translate("PostMortemCommand", "create."),
        QStringLiteral("create"));
    if (const auto done = command.parse(arguments)) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    if (positional != QStringList{QStringLiteral("create")}) {
        return command.usageError(
            positional.isEmpty() ? QCoreApplication::translate("PostMortemCommand",
                                                               "postmortem needs an action: create")
                                 : QCoreApplication::translate(
                                       "PostMortemCommand", "unknown action '%1' (expected create)")
                                       .arg(positional.join(QLatin1Char(' '))));
    }
    const bool fromAnIncident = command.parser().isSet(fromIncident);
    if (fromAnIncident == command.parser().isSet(title)) {
        return command.usageError(QCoreApplication::translate(
            "PostMortemCommand", "'postmortem create' needs either --from-incident KEY or --title "
                                 "TITLE"));
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    const QString writer =
        command.parser().isSet(author) ? command.parser().value(author) : loginUserName();
    PostMortemService service(*store);
    QString error;
    const std::optional<PostMortem> made =
        fromAnIncident
            ? service.createFromIncident(command.parser().value(fromIncident), writer, &error,
                                         std::nullopt, command.parser().value(templateName))
            : service.createBlank(command.parser().value(title), writer, &error,
                                  command.parser().value(templateName));
    if (!made) {
        return failure(error);
    }
    if (command.json()) {
        writeOutBytes(QByteArray::fromStdString(made->toJson().dump(2)) + '\n');
        return ExitOk;
    }
    return printCreated(*made);
}

int runPostMortemsCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(QStringLiteral("postmortems"),
                          QCoreApplication::translate("PostMortemCommand",
                                                      "List the post-mortems of the workspace, "
                                                      "last changed first, as a table or JSON."));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QCoreApplication::translate("PostMortemCommand",
                                    "Only post-mortems in STATE: draft, in_review or published."),
        QStringLiteral("STATE"));
    command.parser().addOption(state);
    command.parser().addPositionalArgument(
        QStringLiteral("action"), QCoreApplication::translate("PostMortemCommand", "list."),
        QStringLiteral("[list]"));
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.constFirst() != QLatin1String("list"))) {
        return command.usageError(
            QCoreApplication::translate("PostMortemCommand", "unknown action '%1' (expected list)")
                .arg(positional.join(QLatin1Char(' '))));
    }
    const std::optional<PostMortem::ReviewState> wanted =
        PostMortem::reviewStateFromName(command.parser().value(state).toLower());
    if (command.parser().isSet(state) && !wanted) {
        return command.usageError(
            QCoreApplication::translate("PostMortemCommand",
                                        "--state: unknown state '%1' (expected %2)")
                .arg(command.parser().value(state),
                     PostMortem::reviewStateNames().join(QStringLiteral(", "))));
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    QString error;
    const QList<PostMortem> postMortems = PostMortemService(*store).list(&error);
    if (!error.isEmpty()) {
        return failure(error);
    }
    QByteArray json = "[";
    QList<QStringList> rows;
    for (const PostMortem &postMortem : postMortems) {
        if (wanted && postMortem.reviewState != *wanted) {
            continue;
        }
        const auto open =
            std::count_if(postMortem.actionItems.cbegin(), postMortem.actionItems.cend(),
                          [](const PostMortem::ActionItem &item) { return !item.isFinished(); });
        // A list needs the facts, not every version's text.
        Json summary = postMortem.toJson();
        summary.erase("versions");
        json += (json.size() > 1 ? ",\n" : "\n") + QByteArray::fromStdString(summary.dump(2));
        rows.append({shortId(postMortem.id), PostMortem::reviewStateName(postMortem.reviewState),
                     postMortem.incidentKey,
                     QStringLiteral("%1/%2").arg(open).arg(postMortem.actionItems.size()),
                     toIsoUtc(postMortem.updatedAt), postMortem.title});
    }
    if (command.json()) {
        writeOutBytes(json + "\n]\n");
        return ExitOk;
    }
    if (rows.isEmpty()) {
        writeOut(QCoreApplication::translate("PostMortemCommand", "No post-mortems.\n"));
        return ExitOk;
    }
    writeOut(formatTable({QCoreApplication::translate("PostMortemCommand", "ID"),
                          QCoreApplication::translate("PostMortemCommand", "STATE"),
                          QCoreApplication::translate("PostMortemCommand", "INCIDENT"),
                          QCoreApplication::translate("PostMortemCommand", "OPEN ITEMS"),
                          QCoreApplication::translate("PostMortemCommand", "UPDATED"),
                          QCoreApplication::translate("PostMortemCommand", "TITLE")},
                         rows));
    return ExitOk;
}

int runImportCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(QStringLiteral("import"),
                          QCoreApplication::translate("PostMortemCommand",
                                                      "Import a Markdown post-mortem that follows "
                                                      "the template (as 'export postmortem "
                                                      "--format md' writes it)."));
    const QCommandLineOption author(
        QStringLiteral("author"),
        QCoreApplication::translate("PostMortemCommand", "Who imports it (default: $USER)."),
        QStringLiteral("NAME"));
    command.parser().addOption(author);
    command.parser().addPositionalArgument(
        QStringLiteral("what"),
        QCoreApplication::translate("PostMortemCommand", "postmortem FILE.md."),
        QStringLiteral("postmortem FILE"));
    if (const auto done = command.parse(arguments)) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 2 || positional.constFirst() != QLatin1String("postmortem")) {
        return command.usageError(
            QCoreApplication::translate("PostMortemCommand",
                                        "expected 'import postmortem FILE.md', got '%1'")
                .arg(positional.join(QLatin1Char(' '))));
    }
    const QString &path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QCoreApplication::translate("PostMortemCommand", "cannot read %1: %2")
                           .arg(path, file.errorString()));
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    QString error;
    const std::optional<PostMortem> imported = PostMortemService(*store).importMarkdown(
        file.readAll(),
        command.parser().isSet(author) ? command.parser().value(author) : loginUserName(), &error);
    if (!imported) {
        return failure(QStringLiteral("%1: %2").arg(path, error));
    }
    if (command.json()) {
        writeOutBytes(QByteArray::fromStdString(imported->toJson().dump(2)) + '\n');
        return ExitOk;
    }
    writeOut(QCoreApplication::translate("PostMortemCommand", "Imported post-mortem %1: %2\n")
                 .arg(shortId(imported->id), imported->title));
    return ExitOk;
}

} // namespace opsdeck::app::cli
