#include "dashboards/dashboardcatalog.h"

#include "store/documentrepository.h"

namespace opsdeck {

DashboardCatalog::DashboardCatalog(WorkspaceStore &store, QObject *parent)
    : LiveCatalog<Dashboard>(
          store,
          {.aggregate = Aggregate::Dashboard,
           .readAll = &DashboardRepository::readAll,
           .readOne = [](WorkspaceStore &workspace, const QString &id,
                         QString *error) { return DashboardRepository(workspace).get(id, error); },
           .comesFirst =
               [](const Dashboard &a, const Dashboard &b) {
                   return a.title.localeAwareCompare(b.title) < 0;
               }},
          parent)
{}

} // namespace opsdeck
