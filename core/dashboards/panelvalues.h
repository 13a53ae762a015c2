#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace opsdeck {

// How a panel names its series and writes its values, as Grafana does.
namespace panelvalues {

// The legend format with each {{label}} replaced by the series' value of it ("{{instance}}
// {{job}}"); without a format, the series as PromQL writes it (`up{job="a"}`).
QString seriesName(const QString &legendFormat, const QMap<QString, QString> &labels);

// A value in a Grafana unit: bytes (IEC), decbytes, bits, s, ms, percent (0–100),
// percentunit (0–1), ops, reqps, bps, Bps, short (k, M, G …), none; an unknown unit is written
// after the number. `decimals` fixes the digits after the point; else as many as are useful.
// NaN is "NaN"; no value is "No data".
QString format(std::optional<double> value, const QString &unit,
               std::optional<int> decimals = std::nullopt);

} // namespace panelvalues
} // namespace opsdeck
