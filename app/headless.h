#pragma once

#include "commandline.h"

#include <QStringList>

namespace opsdeck::app::cli {
class SubcommandRegistry;
}

namespace opsdeck::app {

// What both executables share: `opsdeck` (the command line, linking core only, so that a
// command starts without loading the widgets) and the console executable (the window, and the
// commands that paint). See docs/architecture.md, "Two executables".

// The name, version and domain that settings, logs and the keychain are kept under.
void setIdentity();

QStringList argumentsOf(int argc, char **argv);

// Logs to the log file, and to stderr: a headless command keeps the terminal for its output,
// so only warnings go there unless the user asked for more.
void startLogging(const GlobalOptions &options, bool headless);

// Help, version, a wrong command line or one of `commands`, under the application object the
// caller made (a QGuiApplication when the command paints). Returns the exit code.
int runHeadless(const QStringList &arguments, const cli::SubcommandRegistry &commands);

// When `opsdeck` started (QElapsedTimer::msecsSinceReference), handed to the console
// executable in the environment so that its first paint counts the hand-over too.
inline constexpr char StartedAtVariable[] = "OPSDECK_STARTED_MS";

// `opsdeck`'s main: runs a headless command itself and ends the process when it is done
// (without freeing what it read); hands the window, the self-test and the commands that paint
// to the console executable (same process, same arguments). Returns only when that failed.
int runCommandLine(int argc, char **argv);

} // namespace opsdeck::app
