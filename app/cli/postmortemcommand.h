#pragma once

#include "commandline.h"

namespace opsdeck::app::cli {

// `opsdeck postmortem create --from-incident KEY | --title TITLE [--template NAME]`.
int runPostMortemCommand(const QStringList &arguments, const GlobalOptions &options);
// `opsdeck postmortems [list] [--state STATE] [--format text|json]`.
int runPostMortemsCommand(const QStringList &arguments, const GlobalOptions &options);
// `opsdeck import postmortem FILE.md`.
int runImportCommand(const QStringList &arguments, const GlobalOptions &options);

} // namespace opsdeck::app::cli
