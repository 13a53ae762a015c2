#pragma once

#include <QString>

#include <optional>

namespace opsdeck {

// A dashboard's time as Grafana writes it: "now", "now-15m", "now+1h", "now-1d/d" (rounded
// down to the day, in UTC), an RFC 3339 time, or Unix milliseconds. Nothing when `text` is none
// of these. `nowMs`: the present, in Unix milliseconds.
std::optional<qint64> parseDashboardTime(const QString &text, qint64 nowMs);

} // namespace opsdeck
