#pragma once

namespace opsdeck::app {

// The console executable's main: reads the command line, then opens the console under a
// QApplication, or runs a headless command (those that paint under a QGuiApplication). It runs
// every command, so tests can drive all of them through it. Returns the process exit code.
int run(int argc, char **argv);

} // namespace opsdeck::app
