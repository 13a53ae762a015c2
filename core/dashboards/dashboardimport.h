#pragma once

#include "model/dashboard.h"
#include "model/importreport.h"

#include <QString>

#include <optional>

namespace opsdeck {

// What an importer made of a dashboard file: the dashboard and its report, or an error naming
// where the file is wrong (a JSON path, or a line and column) and nothing else.
struct DashboardImport {
    std::optional<Dashboard> dashboard;
    ImportReport report;
    QString error;
    bool ok() const { return dashboard.has_value(); }
};

} // namespace opsdeck
