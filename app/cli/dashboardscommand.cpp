#include "cli/dashboardscommand.h"

#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "dashboards/dashboardfile.h"
#include "dashboards/dashboardservice.h"
#include "dashboards/grafanaexport.h"
#include "model/backenddefinition.h"
#include "store/documentrepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QFile>

namespace opsdeck::app::cli {
namespace {

int listDashboards(DashboardService &service, bool json)
{
    QString error;
    const QList<Dashboard> dashboards = service.list(&error);
    if (!error.isEmpty()) {
        return failure(error);
    }
    if (json) {
        Json list = Json::array();
        for (const Dashboard &dashboard : dashboards) {
            list.push_back({{"id", dashboard.id},
                            {"title", dashboard.title},
                            {"tags", dashboard.tags},
                            {"panels", dashboard.allPanels().size()},
                            {"rows", dashboard.rows.size()},
                            {"variables", dashboard.variables.size()}});
        }
        writeOutBytes(QByteArray::fromStdString(list.dump(2)) + '\n');
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Dashboard &dashboard : dashboards) {
        rows.append({dashboard.id, dashboard.title, QString::number(dashboard.allPanels().size()),
                     dashboard.tags.join(QLatin1String(", "))});
    }
    writeOut(formatTable({QCoreApplication::translate("DashboardsCommand", "ID"),
                          QCoreApplication::translate("DashboardsCommand", "TITLE"),
                          QCoreApplication::translate("DashboardsCommand", "PANELS"),
                          QCoreApplication::translate("DashboardsCommand", "TAGS")},
                         rows));
    return ExitOk;
}

// The id of the Prometheus backend named `name`, or an error naming the ones there are.
std::optional<QString> prometheusNamed(WorkspaceStore &store, const QString &name, QString *error)
{
    QStringList names;
    for (const BackendDefinition &backend : BackendRepository(store).list(error)) {
        if (backend.kind != BackendKind::Prometheus) {
            continue;
        }
        if (backend.name == name) {
            return backend.id;
        }
        names.append(backend.name);
    }
    if (error->isEmpty()) {
        *error = names.isEmpty()
                     ? QCoreApplication::translate(
                           "DashboardsCommand",
                           "--datasource: no Prometheus backend is named \"%1\"; the workspace "
                           "has none (add one with 'opsdeck backends add')")
                           .arg(name)
                     : QCoreApplication::translate(
                           "DashboardsCommand",
                           "--datasource: no Prometheus backend is named \"%1\" (there are: %2)")
                           .arg(name, names.join(QLatin1String(", ")));
    }
    return std::nullopt;
}

int importDashboard(WorkspaceStore &store, const QString &path, const QString &datasource,
                    bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QCoreApplication::translate("DashboardsCommand", "cannot read %1: %2")
                           .arg(path, file.errorString()));
    }
    QString backendId;
    if (!datasource.isEmpty()) {
        QString error;
        const auto found = prometheusNamed(store, datasource, &error);
        if (!found) {
            return failure(error);
        }
        backendId = *found;
    }
    DashboardImport result = readDashboardFile(file.readAll(), backendId);
    if (!result.ok()) {
        return failure(QStringLiteral("%1: %2").arg(path, result.error));
    }
    QString error;
    DashboardService service(store);
    if (!service.save(*result.dashboard, loginUserName(), DashboardVersion::Reason::Imported,
                      &error)) {
        return failure(error);
    }
    if (json) {
        Json entries = Json::array();
        for (const ImportReport::Entry &entry : result.report.entries) {
            entries.push_back({{"where", entry.where},
                               {"outcome", ImportReport::outcomeNames().at(int(entry.outcome))},
                               {"what", entry.what}});
        }
        writeOutBytes(QByteArray::fromStdString(Json{
                          {"id", result.dashboard->id},
                          {"title", result.dashboard->title},
                          {"report", entries}}.dump(2)) +
                      '\n');
        return ExitOk;
    }
    writeOut(QCoreApplication::translate("DashboardsCommand", "Imported \"%1\" as %2\n")
                 .arg(result.dashboard->title, result.dashboard->id));
    writeOut(result.report.text());
    return ExitOk;
}

} // namespace

int runDashboardsCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(
        QStringLiteral("dashboards"),
        QCoreApplication::translate(
            "DashboardsCommand",
            "List the workspace's dashboards, import a Grafana dashboard or an Opsdeck export, "
            "or export one (list, import FILE, export ID)."),
        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("opsdeck"),
         QStringLiteral("grafana")});
    const QCommandLineOption datasourceOption(
        QStringLiteral("datasource"),
        QCoreApplication::translate(
            "DashboardsCommand",
            "import: the Prometheus backend NAME the dashboard's data sources stand for "
            "(default: the workspace's first)."),
        QStringLiteral("NAME"));
    command.parser().addOption(datasourceOption);
    command.parser().addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("DashboardsCommand", "list, import FILE or export ID"));
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const qsizetype wanted = action == QLatin1String("list") ? 1 : 2;
    if (action != QLatin1String("list") && action != QLatin1String("import") &&
        action != QLatin1String("export")) {
        return command.usageError(
            QCoreApplication::translate("DashboardsCommand",
                                        "unknown action '%1' (expected list, import or export)")
                .arg(action));
    }
    if (positional.size() > wanted || (wanted == 2 && positional.size() < 2)) {
        return command.usageError(
            action == QLatin1String("import")
                ? QCoreApplication::translate("DashboardsCommand",
                                              "'dashboards import' needs one FILE")
            : action == QLatin1String("export")
                ? QCoreApplication::translate("DashboardsCommand",
                                              "'dashboards export' needs one ID")
                : QCoreApplication::translate("DashboardsCommand",
                                              "'dashboards list' takes no argument"));
    }
    const bool exporting = action == QLatin1String("export");
    const bool dashboardFormat = command.format() == QLatin1String("opsdeck") ||
                                 command.format() == QLatin1String("grafana");
    if (command.formatGiven() && exporting != dashboardFormat) {
        return command.usageError(
            exporting ? QCoreApplication::translate(
                            "DashboardsCommand",
                            "'dashboards export' writes --format opsdeck or --format grafana")
                      : QCoreApplication::translate(
                            "DashboardsCommand",
                            "--format %1 is for 'dashboards export'; use text or json")
                            .arg(command.format()));
    }
    if (command.parser().isSet(datasourceOption) && action != QLatin1String("import")) {
        return command.usageError(QCoreApplication::translate(
            "DashboardsCommand", "--datasource is for 'dashboards import'"));
    }
    const std::unique_ptr<WorkspaceStore> store = openWorkspace(options.workspacePath);
    if (!store) {
        return ExitFailure;
    }
    DashboardService service(*store);
    if (action == QLatin1String("import")) {
        return importDashboard(*store, positional.at(1), command.parser().value(datasourceOption),
                               command.json());
    }
    if (exporting) {
        QString error;
        const std::optional<Dashboard> dashboard = service.find(positional.at(1), &error);
        if (!dashboard) {
            return failure(error);
        }
        const Json json = command.format() == QLatin1String("grafana")
                              ? GrafanaExport::toJson(*dashboard)
                              : dashboard->toJson();
        writeOutBytes(QByteArray::fromStdString(json.dump(2)) + '\n');
        return ExitOk;
    }
    return listDashboards(service, command.json());
}

} // namespace opsdeck::app::cli
