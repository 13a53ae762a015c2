#include "cli/incidentexport.h"

#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/incidentcommand.h"
#include "incidents/timelineexport.h"
#include "postmortems/postmortemexport.h"
#include "postmortems/postmortemservice.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace opsdeck::app::cli {

namespace {

// HTML and PDF are drawn by the ui layer (fonts, charts): this is why `export` is one of the
// commands the console executable runs.
int exportPostMortem(const QString &id, const QString &formatName, const QString &outputPath,
                     const GlobalOptions &options)
{
    const std::optional<ui::PostMortemExport::Format> format =
        ui::PostMortemExport::formatFromName(formatName);
    if (!format) {
        return usageError(QCoreApplication::translate("PostMortemCommand",
                                                      "--format: unknown format '%1' (expected "
                                                      "md, html or pdf)")
                              .arg(formatName),
                          QStringLiteral("opsdeck export --help"));
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    QString error;
    const std::optional<PostMortem> postMortem = PostMortemService(*store).find(id, &error);
    if (!postMortem) {
        return failure(error);
    }
    const std::optional<QByteArray> bytes =
        ui::PostMortemExport::render(*postMortem, *format, &error);
    if (!bytes) {
        return failure(error);
    }
    if (outputPath.isEmpty()) {
        writeOutBytes(*bytes);
        return ExitOk;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return failure(QCoreApplication::translate("PostMortemCommand", "cannot write %1: %2")
                           .arg(outputPath, file.errorString()));
    }
    return ExitOk;
}

} // namespace

int runExportCommand(const QStringList &arguments, const GlobalOptions &options)
{
    const QString helpCommand = QStringLiteral("opsdeck export --help");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "IncidentCommand", "Export an incident's timeline, in time order, as Markdown, CSV or "
                           "JSON; or a post-mortem as Markdown, HTML or PDF."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("IncidentCommand", "Show this help and exit."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("IncidentCommand",
                                    "Output FORMAT: md, csv or json (timeline); md, html or pdf "
                                    "(postmortem)."),
        QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("IncidentCommand", "Write to FILE instead of standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({help, format, output});
    parser.addPositionalArgument(
        QStringLiteral("what"),
        QCoreApplication::translate("IncidentCommand",
                                    "timeline KEY: the incident's timeline; postmortem ID: a "
                                    "post-mortem."),
        QStringLiteral("timeline KEY | postmortem ID"));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), helpCommand);
    }
    if (parser.isSet(help)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString kindOfExport = positional.value(0);
    if (kindOfExport != QLatin1String("timeline") && kindOfExport != QLatin1String("postmortem")) {
        return usageError(
            positional.isEmpty()
                ? QCoreApplication::translate("IncidentCommand", "export needs what to export: "
                                                                 "timeline KEY or postmortem ID")
                : QCoreApplication::translate("IncidentCommand", "cannot export '%1' (expected "
                                                                 "timeline KEY or postmortem ID)")
                      .arg(positional.constFirst()),
            helpCommand);
    }
    if (positional.size() != 2) {
        return usageError(
            QCoreApplication::translate("IncidentCommand", "'export %1' needs exactly one %2")
                .arg(kindOfExport, kindOfExport == QLatin1String("timeline")
                                       ? QStringLiteral("KEY")
                                       : QStringLiteral("ID")),
            helpCommand);
    }
    if (kindOfExport == QLatin1String("postmortem")) {
        return exportPostMortem(positional.at(1), parser.value(format), parser.value(output),
                                options);
    }
    const std::optional<TimelineExport::Format> kind =
        TimelineExport::formatFromName(parser.value(format));
    if (!kind) {
        return usageError(QCoreApplication::translate("IncidentCommand",
                                                      "--format: unknown format '%1' (expected md, "
                                                      "csv or json)")
                              .arg(parser.value(format)),
                          helpCommand);
    }
    const QString &key = positional.at(1);
    const std::optional<OpenedIncident> opened = openIncident(options.workspacePath, key);
    if (!opened) {
        return ExitFailure;
    }
    QString error;
    const QList<TimelineEvent> events =
        TimelineRepository(*opened->store).eventsOf(opened->incident.id, &error);
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(key, error));
        return ExitFailure;
    }
    const QByteArray bytes = TimelineExport::render(*kind, opened->incident, events);
    if (!parser.isSet(output)) {
        writeOutBytes(bytes);
        return ExitOk;
    }
    if (!TimelineExport::write(parser.value(output), bytes, &error)) {
        return failure(error);
    }
    return ExitOk;
}

} // namespace opsdeck::app::cli
