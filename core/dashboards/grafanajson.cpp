#include "dashboards/grafanajson.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace opsdeck::grafana {

const Json &member(const Json &from, const char *key)
{
    static const Json absent;
    if (!from.is_object()) {
        return absent;
    }
    const auto found = from.find(key);
    return found == from.end() ? absent : *found;
}

QString keyPath(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString text(const Json &from, const char *key, const QString &path)
{
    const Json &value = member(from, key);
    if (value.is_null()) {
        return {};
    }
    if (!value.is_string()) {
        throw ModelError(keyPath(path, key),
                         QCoreApplication::translate("GrafanaImport", "expected a string"));
    }
    return QString::fromStdString(value.get<std::string>());
}

const Json &object(const Json &from, const char *key, const QString &path)
{
    const Json &value = member(from, key);
    if (!value.is_null() && !value.is_object()) {
        throw ModelError(keyPath(path, key),
                         QCoreApplication::translate("GrafanaImport", "expected an object"));
    }
    return value;
}

const Json &array(const Json &from, const char *key, const QString &path)
{
    const Json &value = member(from, key);
    if (!value.is_null() && !value.is_array()) {
        throw ModelError(keyPath(path, key),
                         QCoreApplication::translate("GrafanaImport", "expected an array"));
    }
    return value;
}

std::optional<double> numberOf(const Json &value)
{
    if (value.is_number()) {
        const double number = value.get<double>();
        return std::isfinite(number) ? std::optional(number) : std::nullopt;
    }
    if (value.is_string()) {
        bool ok = false;
        const double number =
            QString::fromStdString(value.get<std::string>()).trimmed().toDouble(&ok);
        return ok && std::isfinite(number) ? std::optional(number) : std::nullopt;
    }
    return std::nullopt;
}

bool truthy(const Json &value)
{
    return value.is_boolean()  ? value.get<bool>()
           : value.is_number() ? value.get<double>() != 0
           : value.is_string() ? !value.get<std::string>().empty()
                               : !value.is_null();
}

QString plain(const Json &value)
{
    return value.is_string()   ? QString::fromStdString(value.get<std::string>())
           : value.is_number() ? QString::fromStdString(value.dump())
                               : QString();
}

int clampedInt(const std::optional<double> &value, int low, int high, int fallback)
{
    // The fallback is held to the bounds too: a width's bound depends on the panel's x.
    return value ? int(std::clamp(std::round(*value), double(low), double(high)))
                 : std::clamp(fallback, low, high);
}

std::optional<DashboardPanel::Reduction> reductionNamed(const QString &name)
{
    static const QMap<QString, DashboardPanel::Reduction> aliases = {
        {QStringLiteral("current"), DashboardPanel::Reduction::LastNotNull},
        {QStringLiteral("avg"), DashboardPanel::Reduction::Mean},
        {QStringLiteral("total"), DashboardPanel::Reduction::Sum},
    };
    if (const auto found = aliases.constFind(name); found != aliases.cend()) {
        return *found;
    }
    return enumFromName<DashboardPanel::Reduction>(DashboardPanel::reductionNames(), name);
}

} // namespace opsdeck::grafana
