#include "cli/workspacecommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/incident.h"
#include "model/json.h"
#include "model/postmortem.h"
#include "model/runbook.h"
#include "postmortems/postmortemtemplate.h"
#include "store/migrations.h"
#include "store/workspacebundle.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

namespace opsdeck::app::cli {
namespace {

int info(const QString &path, bool json)
{
    const WorkspaceInspection inspection = WorkspaceStore::inspect(path);
    Json object{{"path", path},
                {"exists", inspection.verdict != WorkspaceInspection::Verdict::Missing}};
    QString error = inspection.error;
    WorkspaceCounts counts;
    const qint64 bytes = QFileInfo(path).size();
    if (inspection.verdict == WorkspaceInspection::Verdict::Workspace) {
        object["schema"] = inspection.schemaVersion;
        object["bytes"] = bytes;
        counts = WorkspaceStore::countDocuments(path, &error);
        Json countsJson = Json::object();
        for (const auto &[table, count] : std::as_const(counts)) {
            countsJson[table.toStdString()] = count;
        }
        object["counts"] = countsJson;
    }
    if (!error.isEmpty()) {
        object["error"] = error;
    }
    if (json) {
        writeOut(QString::fromStdString(object.dump(4)) + QLatin1Char('\n'));
    } else {
        writeOut(QCoreApplication::translate("WorkspaceCommand", "Workspace: %1\n").arg(path));
        if (inspection.verdict == WorkspaceInspection::Verdict::Missing) {
            writeOut(QCoreApplication::translate(
                "WorkspaceCommand", "It does not exist yet; Opsdeck creates it on first use.\n"));
        } else if (inspection.verdict == WorkspaceInspection::Verdict::Workspace) {
            writeOut(QCoreApplication::translate("WorkspaceCommand",
                                                 "Schema:    %1 (this Opsdeck: %2)\n")
                         .arg(inspection.schemaVersion)
                         .arg(currentSchemaVersion()));
            writeOut(QCoreApplication::translate("WorkspaceCommand", "Size:      %1 bytes\n")
                         .arg(bytes));
            for (const auto &[table, count] : std::as_const(counts)) {
                writeOut(QStringLiteral("  %1 %2\n").arg(table + QLatin1Char(':'), -22).arg(count));
            }
        }
    }
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return ExitFailure;
    }
    return ExitOk;
}

// Checks the file's integrity, its references and that every stored document can be read.
int check(const QString &path)
{
    const WorkspaceInspection inspection = WorkspaceStore::inspect(path);
    if (inspection.verdict != WorkspaceInspection::Verdict::Workspace) {
        writeErr(QStringLiteral("opsdeck: %1\n")
                     .arg(inspection.error.isEmpty() ? QCoreApplication::translate(
                                                           "WorkspaceCommand", "no workspace at %1")
                                                           .arg(path)
                                                     : inspection.error));
        return ExitFailure;
    }
    const QList<DocumentReader> readers = {
        {QStringLiteral("incidents"),
         [](const Json &j, const QString &p) {
             Incident::fromJson(j, p);
         }},
        {QStringLiteral("runbooks"),
         [](const Json &j, const QString &p) {
             Runbook::fromJson(j, p);
         }},
        {QStringLiteral("postmortems"),
         [](const Json &j, const QString &p) {
             PostMortem::fromJson(j, p);
         }},
        {QStringLiteral("postmortem_templates"),
         [](const Json &j, const QString &p) {
             PostMortemTemplate::fromJson(j, p);
         }},
        {QStringLiteral("assessments"),
         [](const Json &j, const QString &p) {
             Assessment::fromJson(j, p);
         }},
        {QStringLiteral("dashboards"),
         [](const Json &j, const QString &p) {
             Dashboard::fromJson(j, p);
         }},
        {QStringLiteral("deployments"),
         [](const Json &j, const QString &p) {
             Deployment::fromJson(j, p);
         }},
        {QStringLiteral("backends"),
         [](const Json &j, const QString &p) {
             BackendDefinition::fromJson(j, p);
         }},
    };
    const WorkspaceCheck found = WorkspaceStore::check(path, readers);
    const QStringList &problems = found.problems;
    const qint64 checked = found.documentsChecked;
    for (const QString &problem : std::as_const(problems)) {
        writeOut(QStringLiteral("PROBLEM  %1\n").arg(problem));
    }
    writeOut(
        QCoreApplication::translate("WorkspaceCommand", "%1: %2 documents checked, %3 problems\n")
            .arg(path)
            .arg(checked)
            .arg(problems.size()));
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

int transfer(bool exporting, const QString &workspace, const QString &file)
{
    QString error;
    const bool ok = exporting ? WorkspaceBundle::exportTo(workspace, file, &error)
                              : WorkspaceBundle::importFrom(file, workspace, &error);
    if (!ok) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return ExitFailure;
    }
    writeOut(exporting ? QCoreApplication::translate("WorkspaceCommand", "Exported %1 to %2\n")
                             .arg(workspace, file)
                       : QCoreApplication::translate("WorkspaceCommand", "Imported %1 into %2\n")
                             .arg(file, workspace));
    return ExitOk;
}

} // namespace

int runWorkspaceCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(
        QStringLiteral("workspace"),
        QCoreApplication::translate("WorkspaceCommand",
                                    "Inspect, check, export and import the workspace."));
    command.parser().addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("WorkspaceCommand", "info, check, export FILE or import FILE."),
        QStringLiteral("info|check|export FILE|import FILE"));
    if (const auto done = command.parse(arguments)) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("info") && positional.size() == 1) {
        return info(options.workspacePath, command.json());
    }
    if (action == QLatin1String("check") && positional.size() == 1) {
        return check(options.workspacePath);
    }
    if ((action == QLatin1String("export") || action == QLatin1String("import")) &&
        positional.size() == 2) {
        return transfer(action == QLatin1String("export"), options.workspacePath, positional.at(1));
    }
    if (action.isEmpty()) {
        return command.usageError(QCoreApplication::translate(
            "WorkspaceCommand",
            "workspace needs an action: info, check, export FILE or import FILE"));
    }
    return command.usageError(
        QCoreApplication::translate(
            "WorkspaceCommand",
            "'workspace %1' is not an action with these arguments (expected info, check, "
            "export FILE or import FILE)")
            .arg(positional.join(QLatin1Char(' '))));
}

} // namespace opsdeck::app::cli
