#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck runbooks list [--folder DIR] [--format table|json]` and
// `opsdeck runbooks check [--folder DIR]`: the team's Markdown runbooks. The folder defaults to
// the `runbooks/folder` setting.
int runRunbooksCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
