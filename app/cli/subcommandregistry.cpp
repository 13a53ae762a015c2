#include "cli/subcommandregistry.h"

#include "cli/alertscommand.h"
#include "cli/backendscommand.h"
#include "cli/console.h"
#include "cli/dashboardscommand.h"
#include "cli/incidentcommand.h"
#include "cli/infocommand.h"
#include "cli/postmortemcommand.h"
#include "cli/runbookscommand.h"
#include "cli/silencecommand.h"
#include "cli/workspacecommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck::app::cli {

const SubcommandRegistry &SubcommandRegistry::standard()
{
    static const SubcommandRegistry registry = [] {
        SubcommandRegistry commands;
        commands.m_commands.append(
            {QStringLiteral("info"),
             QT_TRANSLATE_NOOP("Subcommands", "Show the version and where logs, settings and the "
                                              "workspace are kept."),
             &runInfoCommand});
        commands.m_commands.append(
            {QStringLiteral("workspace"),
             QT_TRANSLATE_NOOP(
                 "Subcommands",
                 "Inspect, check, export or import the workspace (info, check, export "
                 "FILE, import FILE)."),
             &runWorkspaceCommand});
        commands.m_commands.append(
            {QStringLiteral("backends"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "List, add, edit, remove or test the Prometheus and Alertmanager "
                               "backends (list, add NAME, edit NAME, remove NAME, test NAME)."),
             &runBackendsCommand});
        commands.m_commands.append(
            {QStringLiteral("alerts"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "Print the current alerts of the backends, de-duplicated and "
                               "filtered, as a table or JSON."),
             &runAlertsCommand});
        commands.m_commands.append(
            {QStringLiteral("silence"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "Add, list or expire Alertmanager silences (add MATCHER... "
                               "--duration D, list, expire ID)."),
             &runSilenceCommand});
        commands.m_commands.append(
            {QStringLiteral("incident"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "Declare an incident, change its status, assign roles or add a "
                               "note (declare, status KEY STATUS, role KEY ROLE NAME, note KEY "
                               "TEXT)."),
             &runIncidentCommand});
        commands.m_commands.append(
            {QStringLiteral("incidents"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "List the incidents of the workspace as a table or JSON."),
             &runIncidentsCommand});
        commands.m_commands.append(
            {QStringLiteral("export"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "Export an incident's timeline as Markdown, CSV or JSON (timeline "
                               "KEY --format md|csv|json) or a post-mortem as Markdown, HTML or "
                               "PDF (postmortem ID --format md|html|pdf)."),
             {},
             true});
        commands.m_commands.append(
            {QStringLiteral("postmortem"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "Create a post-mortem from an incident or blank (create "
                               "--from-incident KEY | --title TITLE)."),
             &runPostMortemCommand});
        commands.m_commands.append(
            {QStringLiteral("postmortems"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "List the post-mortems of the workspace as a table or JSON."),
             &runPostMortemsCommand});
        commands.m_commands.append(
            {QStringLiteral("import"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "Import a Markdown post-mortem (postmortem FILE.md)."),
             &runImportCommand});
        commands.m_commands.append(
            {QStringLiteral("runbooks"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "List the Markdown runbooks of a folder or check that they can be "
                               "read (list, check)."),
             &runRunbooksCommand});
        commands.m_commands.append(
            {QStringLiteral("dashboards"),
             QT_TRANSLATE_NOOP("Subcommands",
                               "List the dashboards, import a Grafana dashboard or export one "
                               "(list, import FILE [--datasource NAME], export ID --format "
                               "opsdeck|grafana)."),
             &runDashboardsCommand});
        return commands;
    }();
    return registry;
}

bool SubcommandRegistry::paints(const QString &name) const
{
    return std::any_of(m_commands.cbegin(), m_commands.cend(), [&name](const Subcommand &command) {
        return command.name == name && command.paints;
    });
}

bool SubcommandRegistry::contains(const QString &name) const
{
    return names().contains(name);
}

QStringList SubcommandRegistry::names() const
{
    QStringList result;
    for (const Subcommand &command : m_commands) {
        result.append(command.name);
    }
    return result;
}

QList<QPair<QString, QString>> SubcommandRegistry::summaries() const
{
    QList<QPair<QString, QString>> result;
    for (const Subcommand &command : m_commands) {
        result.append({command.name, QCoreApplication::translate("Subcommands", command.summary)});
    }
    return result;
}

int SubcommandRegistry::run(const GlobalOptions &options) const
{
    const auto found =
        std::find_if(m_commands.begin(), m_commands.end(), [&options](const Subcommand &command) {
            return command.name == options.subcommand;
        });
    if (found == m_commands.end()) {
        return usageError(QCoreApplication::translate("CommandLine", "unknown command '%1'")
                              .arg(options.subcommand));
    }
    if (!found->run) {
        writeErr(QCoreApplication::translate("CommandLine",
                                             "opsdeck: '%1' is run by the console executable\n")
                     .arg(options.subcommand));
        return ExitFailure;
    }
    return found->run(options.subcommandArguments, options);
}

SubcommandRegistry SubcommandRegistry::providing(const QString &name,
                                                 const Subcommand::Run &run) const
{
    SubcommandRegistry result = *this;
    for (Subcommand &command : result.m_commands) {
        if (command.name == name) {
            command.run = run;
        }
    }
    return result;
}

} // namespace opsdeck::app::cli
