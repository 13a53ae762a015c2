#pragma once

#include "dashboards/dashboardimport.h"

#include <QByteArrayView>
#include <QString>

namespace opsdeck {

// A dashboard file of any format Opsdeck reads, told apart by its content: an Opsdeck export
// (a "schema" and an "id"), else a Grafana classic dashboard. The dashboard always gets a new
// id, so that importing a file twice gives two dashboards and never overwrites one.
// `backendId`: the Prometheus backend its data sources stand for.
DashboardImport readDashboardFile(QByteArrayView text, const QString &backendId);

} // namespace opsdeck
