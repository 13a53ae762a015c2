#pragma once

#include <QString>

namespace opsdeck {

// Where the workspace file is: --workspace PATH, or one in the application's data folder.
class WorkspaceLocation {
public:
    static QString defaultPath();

    // Resolves a path given on the command line. Returns an empty string and sets `error` when
    // the path cannot be a workspace file (it is a folder, or its folder does not exist).
    static QString resolve(const QString &path, QString *error);
};

} // namespace opsdeck
