#include "common/appsettings.h"

namespace opsdeck {

std::unique_ptr<QSettings> openAppSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("opsdeck"), QStringLiteral("opsdeck"));
}

} // namespace opsdeck
