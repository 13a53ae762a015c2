#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck export timeline KEY --format md|csv|json [--output FILE]`: an incident's timeline
// for a report, a spreadsheet or a script.
int runExportCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
