#pragma once

#include "model/dashboardpanel.h"
#include "model/json.h"

#include <QString>

#include <optional>

// Reading Grafana's JSON as Grafana does: JavaScript's loose truth and numbers that may be
// strings, with a ModelError naming the path where a member has a type nothing can read.
namespace opsdeck::grafana {

// A member of an object; absent, or `from` not an object: null.
const Json &member(const Json &from, const char *key);
QString keyPath(const QString &path, const char *key);

// A string member; absent or null: empty; another type throws naming it.
QString text(const Json &from, const char *key, const QString &path);
// A member that must be an object, or an array (or absent, or null), else throws.
const Json &object(const Json &from, const char *key, const QString &path);
const Json &array(const Json &from, const char *key, const QString &path);

// A finite number, or a string holding one ("0", "1e3"); else none.
std::optional<double> numberOf(const Json &value);
// JavaScript's truth: false, 0, "" and null are false.
bool truthy(const Json &value);
// A string or number as text; else empty.
QString plain(const Json &value);
// `value` rounded and held to [low, high]; `fallback` (held there too) when there is none.
int clampedInt(const std::optional<double> &value, int low, int high, int fallback);

// Grafana's reducer ids and the older names for them (legend values, singlestat's valueName).
std::optional<DashboardPanel::Reduction> reductionNamed(const QString &name);

} // namespace opsdeck::grafana
