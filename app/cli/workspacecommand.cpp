#include "cli/workspacecommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/incident.h"
#include "model/postmortem.h"
#include "model/runbook.h"
#include "postmortems/postmortemtemplate.h"
#include "store/migrations.h"
#include "store/scopedconnection.h"
#include "store/workspacebundle.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace opsdeck::app::cli {
namespace {

const char *const kTables[] = {"incidents",   "timeline_events",      "runbooks",
                               "postmortems", "postmortem_templates", "assessments",
                               "dashboards",  "deployments",          "backends"};

int info(const QString &path, bool json)
{
    const WorkspaceInspection inspection = WorkspaceStore::inspect(path);
    QJsonObject object{
        {QStringLiteral("path"), path},
        {QStringLiteral("exists"), inspection.verdict != WorkspaceInspection::Verdict::Missing}};
    if (inspection.verdict == WorkspaceInspection::Verdict::Workspace) {
        object.insert(QStringLiteral("schema"), inspection.schemaVersion);
        object.insert(QStringLiteral("bytes"), QFileInfo(path).size());
        ScopedConnection connection(path, true);
        QJsonObject counts;
        for (const char *table : kTables) {
            QSqlQuery query(connection.db());
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) &&
                query.next()) {
                counts.insert(QLatin1String(table), query.value(0).toLongLong());
            }
        }
        object.insert(QStringLiteral("counts"), counts);
    } else if (!inspection.error.isEmpty()) {
        object.insert(QStringLiteral("error"), inspection.error);
    }
    if (json) {
        writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
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
                         .arg(object.value(QStringLiteral("bytes")).toInteger()));
            const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                writeOut(QStringLiteral("  %1 %2\n")
                             .arg(it.key() + QLatin1Char(':'), -22)
                             .arg(it.value().toInteger()));
            }
        }
    }
    if (!inspection.error.isEmpty()) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(inspection.error));
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
    ScopedConnection connection(path, true);
    QStringList problems;
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(query.lastError().text());
    }
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok")) {
            problems.append(QCoreApplication::translate("WorkspaceCommand", "integrity: %1")
                                .arg(query.value(0).toString()));
        }
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            problems.append(
                QCoreApplication::translate("WorkspaceCommand", "%1 row %2 points at a missing %3")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString()));
        }
    }
    const QList<QPair<QString, std::function<void(const Json &, const QString &)>>> documents = {
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
    qint64 checked = 0;
    for (const auto &[table, read] : documents) {
        QSqlQuery rows(connection.db());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT id, document FROM %1").arg(table))) {
            problems.append(rows.lastError().text());
            continue;
        }
        while (rows.next()) {
            const QString where = QStringLiteral("%1[id=%2]").arg(table, rows.value(0).toString());
            try {
                read(Json::parse(rows.value(1).toString().toStdString()), where);
            } catch (const ModelError &error) {
                problems.append(error.text());
            } catch (const std::exception &error) {
                problems.append(
                    QStringLiteral("%1: %2").arg(where, QString::fromUtf8(error.what())));
            }
            ++checked;
        }
    }
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
