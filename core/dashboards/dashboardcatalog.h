#pragma once

#include "model/dashboard.h"
#include "store/livecatalog.h"

namespace opsdeck {

// Every dashboard of the workspace, for the Dashboards view, by title: read once on a worker,
// then kept current from the change feed, whoever wrote the change.
class DashboardCatalog : public LiveCatalog<Dashboard> {
    Q_OBJECT
public:
    explicit DashboardCatalog(WorkspaceStore &store, QObject *parent = nullptr);

    const QList<Dashboard> &dashboards() const { return documents(); }
};

} // namespace opsdeck
