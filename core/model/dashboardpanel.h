#pragma once

#include "model/json.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck {

// A closed set stored by name that may be left out: `fallback` when it is.
template <typename Enum>
Enum enumOr(const JsonReader &reader, const char *key, const QStringList &names, Enum fallback)
{
    return reader.present(key) ? reader.enumeration<Enum>(key, names) : fallback;
}

// One panel of a dashboard: what it shows (its kind), the PromQL queries it runs, and how their
// answers are drawn. The fields follow Grafana's panel model, so that what Opsdeck supports
// imports and exports without loss.
struct DashboardPanel {
    enum class Kind { TimeSeries, Stat, Gauge, BarGauge, Table, Text, Unsupported };
    enum class DrawStyle { Lines, Bars, Points };
    enum class Stacking { None, Normal, Percent };
    enum class LegendMode { List, Table, Hidden };
    enum class LegendPlacement { Bottom, Right };
    enum class ThresholdMode { Absolute, Percentage };
    enum class Match { ByName, ByRegex };
    enum class QueryFormat { TimeSeries, Table };
    // How a series becomes one value (stat, gauge, bar gauge, legend values), Grafana's names.
    enum class Reduction {
        LastNotNull,
        Last,
        FirstNotNull,
        First,
        Mean,
        Min,
        Max,
        Sum,
        Count,
        Range,
        Delta
    };

    static constexpr int Columns = 24; // the grid's width, as Grafana's
    static constexpr int MaxY = 1'000'000;
    static constexpr int DefaultMaxSeries = 500;

    // Place on the grid, in columns (of 24) and rows of about 30 pixels, as Grafana's gridPos.
    struct GridPos {
        int x = 0;
        int y = 0;
        int width = 12;
        int height = 8;
        bool operator==(const GridPos &) const = default;
    };

    struct Query {
        QString refId; // "A", "B" …
        QString expr;
        QString legendFormat; // "{{instance}} {{job}}"; empty: the series' labels
        bool instant = false; // one value per series at the range's end
        QueryFormat format = QueryFormat::TimeSeries;
        QString minStep; // "30s", "$__interval"; empty: the panel's
        bool hidden = false;
        bool operator==(const Query &) const = default;

        static Query promql(QString refId, QString expr)
        {
            Query query;
            query.refId = std::move(refId);
            query.expr = std::move(expr);
            return query;
        }
    };

    struct Threshold {
        std::optional<double> value; // none: the base, below every other
        QString color;               // a name ("red", "green") or "#rrggbb"
        bool operator==(const Threshold &) const = default;
    };

    // A change for the series whose display name matches (exactly or by regular expression).
    struct Override {
        Match match = Match::ByName;
        QString pattern;
        QString color; // empty: unchanged
        QString unit;
        std::optional<bool> negativeY;
        std::optional<double> min;
        std::optional<double> max;
        std::optional<int> fillOpacity;
        std::optional<DrawStyle> drawStyle;
        QString displayName;
        bool operator==(const Override &) const = default;

        static Override matching(Match match, QString pattern)
        {
            Override change;
            change.match = match;
            change.pattern = std::move(pattern);
            return change;
        }
    };

    // A table's column work: Grafana's "organize fields" and "join by field".
    struct TableLayout {
        QStringList hidden;             // columns not shown
        QMap<QString, QString> renamed; // column → header
        QStringList order;              // columns first, in this order
        QString joinBy;                 // join the queries' rows on this column; empty: none
        bool operator==(const TableLayout &) const = default;
    };

    QString id; // unique in its dashboard
    Kind kind = Kind::TimeSeries;
    QString pluginType; // an unsupported panel's Grafana type, shown on its placeholder
    QString title;
    QString description;
    GridPos grid;
    QString backendId; // empty: the dashboard's Prometheus
    QList<Query> queries;
    int maxSeries = DefaultMaxSeries;
    QString minInterval; // the panel's lowest step ("1m"); empty: none

    QString unit; // Grafana's unit ids: bytes, s, percent, percentunit, ops, reqps, bps, short …
    std::optional<double> min;
    std::optional<double> max;
    std::optional<int> decimals;
    ThresholdMode thresholdMode = ThresholdMode::Absolute;
    QList<Threshold> thresholds; // ascending; the first is the base
    QList<Override> overrides;

    DrawStyle drawStyle = DrawStyle::Lines;
    int fillOpacity = 0; // 0 … 100
    double lineWidth = 1;
    Stacking stacking = Stacking::None;
    LegendMode legendMode = LegendMode::List;
    LegendPlacement legendPlacement = LegendPlacement::Bottom;
    QList<Reduction> legendValues;

    Reduction reduction = Reduction::LastNotNull; // stat, gauge, bar gauge
    bool sparkline = false;                       // stat: the series behind the value
    bool horizontal = true;                       // bar gauge

    QString text; // a text panel's Markdown
    TableLayout table;

    bool operator==(const DashboardPanel &) const = default;

    static QStringList kindNames(); // timeseries, stat, gauge, bargauge, table, text, unsupported
    static QStringList drawStyleNames();
    static QStringList stackingNames();
    static QStringList legendModeNames();
    static QStringList legendPlacementNames();
    static QStringList thresholdModeNames();
    static QStringList matchNames();
    static QStringList queryFormatNames();
    static QStringList reductionNames(); // Grafana's reducer ids: lastNotNull, last, mean …

    Json toJson() const;
    static DashboardPanel fromJson(const JsonReader &reader);
};

} // namespace opsdeck
