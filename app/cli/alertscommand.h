#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck alerts`: the current alerts of the configured backends, or of URLs given on the
// command line, HA-deduplicated and filtered, as a table or JSON.
int runAlertsCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
