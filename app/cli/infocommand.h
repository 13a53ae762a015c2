#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck info [--format text|json]`: version, Qt version and the paths Opsdeck uses.
int runInfoCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
