#pragma once

#include <QString>

namespace opsdeck::app {

// The console executable: the window and the commands that paint, the part that links the ui
// layer. Installed in libexec/opsdeck/ beside bin/, as it is built (build/PRESET/libexec/opsdeck/).
class ConsoleExecutable {
public:
    // Found from this executable's own path; needs no QCoreApplication.
    static QString path();

    // Replaces this process with it, with the same arguments and environment: the process id
    // stays, so whoever started `opsdeck` can still stop it. Returns only when that failed,
    // after saying why on stderr, with exit code 1.
    static int runInstead(char **argv);
};

} // namespace opsdeck::app
