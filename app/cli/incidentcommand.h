#pragma once

#include "commandline.h"
#include "model/incident.h"

#include <memory>
#include <optional>

namespace opsdeck {
class WorkspaceStore;
}

namespace opsdeck::app::cli {

// `opsdeck incident declare|status|role|note ...`: incidents as code, without a window.
int runIncidentCommand(const QStringList &arguments, const GlobalOptions &options);

// `opsdeck incidents list [--status S] [--format table|json]`.
int runIncidentsCommand(const QStringList &arguments, const GlobalOptions &options);

// A workspace opened for one incident, found by its key.
struct OpenedIncident {
    std::unique_ptr<WorkspaceStore> store;
    Incident incident;

    OpenedIncident();
    OpenedIncident(OpenedIncident &&) noexcept;
    ~OpenedIncident();
};

// Opens the workspace and finds the incident `key`; when either fails, prints why and gives
// nullopt (the command then exits with ExitFailure).
std::optional<OpenedIncident> openIncident(const QString &workspacePath, const QString &key);

} // namespace opsdeck::app::cli
