#pragma once

#include <QString>

namespace opsdeck {

// Facts about this build, shown by --version, the About dialog and `opsdeck info`.
struct BuildInfo {
    static QString applicationName();    // "Opsdeck", for people
    static QString executableName();     // "opsdeck", for paths and the command line
    static QString version();            // the project version, e.g. "0.1.0"
    static QString qtRuntimeVersion();   // the Qt library actually loaded
    static QString qtCompileVersion();   // the Qt headers this build used
    static QString organizationDomain(); // identifies settings and the keychain service
};

} // namespace opsdeck
