#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace opsdeck {

// The user's settings file in the XDG config location (~/.config/opsdeck/opsdeck.conf).
// Never holds a secret: those go to the keychain (SecretStore).
std::unique_ptr<QSettings> openAppSettings();

// A key of the settings file: its name, the type of its value and the value when it is unset.
template <typename T>
struct SettingKey {
    QString name;
    T fallback = {};
};

// Every key of the settings file, in one place; keys that belong to a perspective or an
// alarms view are made by a function.
namespace settings {

inline const SettingKey<QString> UserName{QStringLiteral("user/name")};
inline const SettingKey<bool> DisplayUtc{QStringLiteral("display/utc"), false};
inline const SettingKey<QString> RunbooksFolder{QStringLiteral("runbooks/folder")};
inline const SettingKey<QString> LastExportFolder{QStringLiteral("export/lastFolder")};
inline const SettingKey<QString> SeverityMapping{QStringLiteral("alarms/severityMapping")};
inline const SettingKey<QString> NotifyMinimumSeverity{
    QStringLiteral("notifications/minimumSeverity"), QStringLiteral("critical")};
inline const SettingKey<bool> NotifySound{QStringLiteral("notifications/sound"), false};
inline const SettingKey<QDateTime> DoNotDisturbUntil{
    QStringLiteral("notifications/doNotDisturbUntil")};
// The Alarms dock's split between table and alert details, beside (wide) or below (narrow).
inline const SettingKey<QByteArray> AlarmsDetailsBeside{QStringLiteral("alarms/detailsBeside")};
inline const SettingKey<QByteArray> AlarmsDetailsBelow{QStringLiteral("alarms/detailsBelow")};
inline const SettingKey<QString> OpenIncident{QStringLiteral("incidents/open")};
inline const SettingKey<QString> OpenPostMortem{QStringLiteral("postmortems/open")};
// The dashboards open in docks when the console last quit, reopened at start.
inline const SettingKey<QStringList> OpenDashboards{QStringLiteral("dashboards/open")};
inline const SettingKey<QByteArray> WindowGeometry{QStringLiteral("mainwindow/geometry")};
inline const SettingKey<QByteArray> WindowState{QStringLiteral("mainwindow/state")};
inline const SettingKey<QString> WindowPerspective{QStringLiteral("mainwindow/perspective")};

SettingKey<QByteArray> perspectiveLayout(const QString &perspectiveId);
// The alarms view of a perspective: "filter", "groupBy" (text), "savedFilters" (a list).
SettingKey<QString> alarmsFilter(const QString &perspectiveId);
SettingKey<QString> alarmsGroupBy(const QString &perspectiveId);
SettingKey<QStringList> alarmsSavedFilters(const QString &perspectiveId);

} // namespace settings

template <typename T>
T readSetting(const SettingKey<T> &key)
{
    return openAppSettings()
        ->value(key.name, QVariant::fromValue(key.fallback))
        .template value<T>();
}

template <typename T>
void writeSetting(const SettingKey<T> &key, const T &value)
{
    openAppSettings()->setValue(key.name, QVariant::fromValue(value));
}

template <typename T>
void removeSetting(const SettingKey<T> &key)
{
    openAppSettings()->remove(key.name);
}

template <typename T>
bool hasSetting(const SettingKey<T> &key)
{
    return openAppSettings()->contains(key.name);
}

} // namespace opsdeck
