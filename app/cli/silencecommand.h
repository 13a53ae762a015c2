#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck silence add MATCHER... --duration D | list | expire ID`: Alertmanager silences
// without a window.
int runSilenceCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
