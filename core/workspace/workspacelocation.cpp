#include "workspace/workspacelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace opsdeck {

QString WorkspaceLocation::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.opsdeck"));
}

QString WorkspaceLocation::resolve(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("WorkspaceLocation", "the workspace path is empty");
        return {};
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("WorkspaceLocation",
                                             "the workspace path %1 is a folder, not a file")
                     .arg(info.absoluteFilePath());
        return {};
    }
    if (!info.absoluteDir().exists()) {
        *error = QCoreApplication::translate("WorkspaceLocation",
                                             "the folder of the workspace %1 does not exist")
                     .arg(info.absoluteFilePath());
        return {};
    }
    return info.absoluteFilePath();
}

} // namespace opsdeck
