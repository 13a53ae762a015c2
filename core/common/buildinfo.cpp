#include "common/buildinfo.h"

#include <QtGlobal>

#include <opsdeck/buildinfo.h>

namespace opsdeck {

QString BuildInfo::applicationName()
{
    return QStringLiteral("Opsdeck");
}
QString BuildInfo::executableName()
{
    return QStringLiteral("opsdeck");
}
QString BuildInfo::version()
{
    return QStringLiteral(OPSDECK_VERSION_STRING);
}
QString BuildInfo::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}
QString BuildInfo::qtCompileVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}
QString BuildInfo::organizationDomain()
{
    return QStringLiteral("opsdeck.org");
}

} // namespace opsdeck
