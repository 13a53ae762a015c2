#include "cli/incidentexport.h"

#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/incidentcommand.h"
#include "model/timelineevent.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace opsdeck::app::cli {
namespace {

// A Markdown table cell: pipes escaped, line breaks kept as <br> so that a row stays a row.
QString markdownCell(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    cell.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return cell;
}

// An RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray markdown(const Incident &incident, const QList<TimelineEvent> &events)
{
    QString text = QStringLiteral("# %1: %2\n\n").arg(incident.key, markdownCell(incident.title));
    text += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                .arg(QCoreApplication::translate("IncidentCommand", "Time (UTC)"),
                     QCoreApplication::translate("IncidentCommand", "Type"),
                     QCoreApplication::translate("IncidentCommand", "Author"),
                     QCoreApplication::translate("IncidentCommand", "Text"));
    for (const TimelineEvent &event : events) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(toIsoUtc(event.time), TimelineEvent::typeName(event.type),
                         markdownCell(event.author), markdownCell(event.text));
    }
    return text.toUtf8();
}

QByteArray csv(const QList<TimelineEvent> &events)
{
    // The header names columns for scripts: not translated.
    QString text = QStringLiteral("time,type,author,text\r\n");
    for (const TimelineEvent &event : events) {
        text += QStringList{toIsoUtc(event.time), TimelineEvent::typeName(event.type),
                            csvField(event.author), csvField(event.text)}
                    .join(QLatin1Char(','));
        text += QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray json(const QList<TimelineEvent> &events)
{
    Json array = Json::array();
    for (const TimelineEvent &event : events) {
        array.push_back(event.toJson());
    }
    return QByteArray::fromStdString(array.dump(2)) + '\n';
}

} // namespace

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
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("md") && kind != QLatin1String("csv") &&
        kind != QLatin1String("json")) {
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
    const QByteArray bytes = kind == QLatin1String("md")    ? markdown(opened->incident, events)
                             : kind == QLatin1String("csv") ? csv(events)
                                                            : json(events);
    if (!parser.isSet(output)) {
        writeOutBytes(bytes);
        return ExitOk;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        writeErr(QStringLiteral("opsdeck: %1: %2\n").arg(parser.value(output), file.errorString()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace opsdeck::app::cli
