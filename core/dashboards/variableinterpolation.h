#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace opsdeck {

// What a dashboard's variables stand for in one panel's queries, and the built-ins.
struct InterpolationScope {
    QMap<QString, QStringList> values; // by variable name; "All" already expanded
    // Multi-value and include-All variables: their values are regular-expression escaped, as a
    // `=~` matcher needs them.
    QSet<QString> regexValued;
    qint64 intervalMs = 15'000;     // $__interval: the query's step
    qint64 rateIntervalMs = 60'000; // $__rate_interval
    qint64 rangeMs = 3'600'000;     // $__range: the dashboard's time range
};

// Replaces the variables in a PromQL text the way Grafana does for Prometheus: `$name`,
// `${name}`, `${name:format}` (regex, pipe, csv, raw) and `[[name]]`. One value stands as it is
// (escaped for a regex-valued variable); several become `(a|b)`. A name not in the scope stays
// as it was written. Built-ins: $__interval, $__interval_ms, $__rate_interval, $__range,
// $__range_s, $__range_ms.
QString interpolateVariables(const QString &text, const InterpolationScope &scope);

// A value escaped for a regular expression inside a PromQL string: `a.b` becomes `a\\.b`.
QString escapePromQlRegex(const QString &value);

} // namespace opsdeck
