#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck export timeline KEY --format md|csv|json [--output FILE]`: an incident's timeline
// for a report, a spreadsheet or a script; `opsdeck export postmortem ID --format md|html|pdf
// [--output FILE]`: a post-mortem. Part of the console executable, which links the ui layer
// that draws HTML and PDF; it runs under a QGuiApplication.
int runExportCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
