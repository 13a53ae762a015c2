#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck backends list|add|edit|remove|test`: the workspace's backends without a window.
// Passwords and tokens are read from standard input and kept in the keychain only.
int runBackendsCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
