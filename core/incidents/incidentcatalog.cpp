#include "incidents/incidentcatalog.h"

#include "store/incidentrepository.h"

namespace opsdeck {

IncidentCatalog::IncidentCatalog(WorkspaceStore &store, QObject *parent)
    : LiveCatalog<Incident>(store,
                            {.aggregate = Aggregate::Incident,
                             .readAll = &IncidentRepository::readAll, // newest declaration first
                             .readOne =
                                 [](WorkspaceStore &workspace, const QString &id, QString *error) {
                                     return IncidentRepository(workspace).get(id, error);
                                 }},
                            parent)
{}

} // namespace opsdeck
