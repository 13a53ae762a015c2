#include "cli/incidentexport.h"

#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/incidentcommand.h"
#include "incidents/timelineexport.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace opsdeck::app::cli {

int runExportCommand(const QStringList &arguments, const GlobalOptions &options)
{
    const QString helpCommand = QStringLiteral("opsdeck export --help");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "IncidentCommand", "Export an incident's timeline, in time order, as Markdown, CSV or "
                           "JSON."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("IncidentCommand", "Show this help and exit."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("IncidentCommand", "Output FORMAT: md, csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("IncidentCommand", "Write to FILE instead of standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({help, format, output});
    parser.addPositionalArgument(
        QStringLiteral("what"),
        QCoreApplication::translate("IncidentCommand", "timeline KEY: the incident's timeline."),
        QStringLiteral("timeline KEY"));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), helpCommand);
    }
    if (parser.isSet(help)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("timeline")) {
        return usageError(positional.isEmpty()
                              ? QCoreApplication::translate(
                                    "IncidentCommand", "export needs what to export: timeline KEY")
                              : QCoreApplication::translate(
                                    "IncidentCommand", "cannot export '%1' (expected timeline KEY)")
                                    .arg(positional.constFirst()),
                          helpCommand);
    }
    if (positional.size() != 2) {
        return usageError(
            QCoreApplication::translate("IncidentCommand",
                                        "'export timeline' needs exactly one incident KEY"),
            helpCommand);
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
    const QString key = positional.at(1);
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
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace opsdeck::app::cli
