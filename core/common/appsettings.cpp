#include "common/appsettings.h"

namespace opsdeck {

std::unique_ptr<QSettings> openAppSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("opsdeck"), QStringLiteral("opsdeck"));
}

namespace settings {
namespace {

QString alarmsKey(const QString &perspectiveId, const char *name)
{
    return QStringLiteral("alarms/%1/%2")
        .arg(perspectiveId.isEmpty() ? QStringLiteral("default") : perspectiveId,
             QLatin1String(name));
}

} // namespace

SettingKey<QByteArray> perspectiveLayout(const QString &perspectiveId)
{
    return {QStringLiteral("perspectives/%1/layout").arg(perspectiveId)};
}

SettingKey<QString> alarmsFilter(const QString &perspectiveId)
{
    return {alarmsKey(perspectiveId, "filter")};
}

SettingKey<QString> alarmsGroupBy(const QString &perspectiveId)
{
    return {alarmsKey(perspectiveId, "groupBy")};
}

SettingKey<QStringList> alarmsSavedFilters(const QString &perspectiveId)
{
    return {alarmsKey(perspectiveId, "savedFilters")};
}

} // namespace settings
} // namespace opsdeck
