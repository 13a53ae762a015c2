#pragma once

#include "model/incident.h"
#include "store/livecatalog.h"

namespace opsdeck {

// Every incident of the workspace, for lists, newest declaration first: read once on a worker,
// then kept current from the change feed one incident at a time, whoever wrote it.
class IncidentCatalog : public LiveCatalog<Incident> {
public:
    explicit IncidentCatalog(WorkspaceStore &store, QObject *parent = nullptr);

    const QList<Incident> &incidents() const { return documents(); }
};

} // namespace opsdeck
