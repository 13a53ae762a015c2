#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck workspace info|export FILE|import FILE|check`: the workspace without a window.
int runWorkspaceCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
