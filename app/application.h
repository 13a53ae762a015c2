#pragma once

namespace opsdeck::app {

// Reads the command line, then runs a headless command under a QCoreApplication or opens the
// console under a QApplication. Returns the process exit code.
int run(int argc, char **argv);

} // namespace opsdeck::app
