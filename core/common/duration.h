#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace opsdeck {

// "45s", "12m", "1h 07m", "3d 04h": the one way the product writes how long something lasts,
// in the window and on the command line. Negative durations count as 0.
QString formatDuration(qint64 seconds);

// A duration as Prometheus and Grafana write one: units ms, s, m, h, d, w, y in falling order,
// each at most once ("90s", "1h30m", "2d"), a bare number meaning seconds. Nothing when `text`
// is not one or overflows.
std::optional<qint64> parsePrometheusDurationMs(QStringView text);
// The shortest such form of `ms` ("1h30m", "250ms"); "0s" for zero or less.
QString formatPrometheusDuration(qint64 ms);

} // namespace opsdeck
