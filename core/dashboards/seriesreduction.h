#pragma once

#include "model/dashboardpanel.h"

#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace opsdeck {

using SeriesPoints = std::vector<std::pair<qint64, double>>; // Unix ms, value

// What a series comes to, each of Grafana's reducers (DashboardPanel::Reduction) at once, over
// the whole series as the server sent it: the legend's values and a stat's number.
struct SeriesSummary {
    std::optional<double> first;
    std::optional<double> firstNotNull; // the first finite value
    std::optional<double> last;
    std::optional<double> lastNotNull;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> mean;
    double sum = 0;
    qsizetype count = 0;         // finite values
    std::optional<double> delta; // the increase over the range, counter resets left out

    static SeriesSummary of(const SeriesPoints &points);
    std::optional<double> value(DashboardPanel::Reduction reduction) const;
};

// A series reduced to what `columns` pixel columns over [startMs, endMs] can show: per column
// its first, lowest, highest and last point in time order (M4), so that every spike and every
// edge stays. A gap stays a gap, marked by a NaN point: a NaN or infinite value, or more than
// twice `stepMs` without a sample (Prometheus leaves out the steps without data).
SeriesPoints decimateForColumns(const SeriesPoints &points, qint64 startMs, qint64 endMs,
                                int columns, qint64 stepMs);

} // namespace opsdeck
