#include "dashboards/seriesreduction.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace opsdeck {
namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();

// One pixel column's points: first, lowest, highest, last, by index into the series.
struct Column {
    std::size_t first = 0;
    std::size_t low = 0;
    std::size_t high = 0;
    std::size_t last = 0;
    bool empty = true;

    void take(std::size_t index, const SeriesPoints &points)
    {
        if (empty) {
            first = low = high = last = index;
            empty = false;
            return;
        }
        last = index;
        if (points[index].second < points[low].second) {
            low = index;
        }
        if (points[index].second > points[high].second) {
            high = index;
        }
    }

    void flush(const SeriesPoints &points, SeriesPoints &into)
    {
        if (empty) {
            return;
        }
        std::size_t order[4] = {first, low, high, last};
        std::sort(std::begin(order), std::end(order));
        const std::size_t *end = std::unique(std::begin(order), std::end(order));
        for (const std::size_t *at = std::begin(order); at != end; ++at) {
            into.push_back(points[*at]);
        }
        empty = true;
    }
};

} // namespace

SeriesSummary SeriesSummary::of(const SeriesPoints &points)
{
    SeriesSummary summary;
    std::optional<double> previous;
    for (const auto &[ms, value] : points) {
        if (!summary.first) {
            summary.first = value;
        }
        summary.last = value;
        if (!std::isfinite(value)) {
            continue;
        }
        if (!summary.firstNotNull) {
            summary.firstNotNull = value;
            summary.min = value;
            summary.max = value;
            summary.delta = 0.0;
        }
        summary.lastNotNull = value;
        summary.min = std::min(*summary.min, value);
        summary.max = std::max(*summary.max, value);
        summary.sum += value;
        ++summary.count;
        if (previous) {
            // A counter that fell was reset: what it counted since is its new value.
            *summary.delta += value >= *previous ? value - *previous : value;
        }
        previous = value;
    }
    if (summary.count > 0) {
        summary.mean = summary.sum / double(summary.count);
    }
    return summary;
}

std::optional<double> SeriesSummary::value(DashboardPanel::Reduction reduction) const
{
    using Reduction = DashboardPanel::Reduction;
    switch (reduction) {
    case Reduction::LastNotNull:
        return lastNotNull;
    case Reduction::Last:
        return last;
    case Reduction::FirstNotNull:
        return firstNotNull;
    case Reduction::First:
        return first;
    case Reduction::Mean:
        return mean;
    case Reduction::Min:
        return min;
    case Reduction::Max:
        return max;
    case Reduction::Sum:
        return count > 0 ? std::optional<double>(sum) : std::nullopt;
    case Reduction::Count:
        return double(count);
    case Reduction::Range:
        return min && max ? std::optional<double>(*max - *min) : std::nullopt;
    case Reduction::Delta:
        return delta;
    }
    return std::nullopt;
}

SeriesPoints decimateForColumns(const SeriesPoints &points, qint64 startMs, qint64 endMs,
                                int columns, qint64 stepMs)
{
    SeriesPoints drawn;
    if (points.empty()) {
        return drawn;
    }
    columns = std::max(1, columns);
    const qint64 span = std::max<qint64>(1, endMs - startMs);
    const qint64 gapAfter = stepMs > 0 ? 2 * stepMs : std::numeric_limits<qint64>::max();
    const bool thin = points.size() > 4 * std::size_t(columns);
    drawn.reserve(std::min(points.size() + 16, 4 * std::size_t(columns) + 64));
    Column column;
    qint64 columnIndex = -1;
    qint64 previousMs = 0;
    bool inGap = true; // nothing to break before the first point
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto &[ms, value] = points[i];
        const bool finite = std::isfinite(value);
        const bool missedSteps = i > 0 && ms - previousMs > gapAfter;
        const qint64 gapAt = finite ? previousMs + std::max<qint64>(1, stepMs) : ms;
        previousMs = ms;
        if (!finite || missedSteps) {
            column.flush(points, drawn);
            if (!inGap) {
                drawn.emplace_back(gapAt, kGap);
                inGap = true;
            }
            if (!finite) {
                continue;
            }
        }
        inGap = false;
        if (!thin) {
            drawn.push_back(points[i]);
            continue;
        }
        const qint64 index = std::clamp<qint64>((ms - startMs) * columns / span, 0, columns - 1);
        if (index != columnIndex) {
            column.flush(points, drawn);
            columnIndex = index;
        }
        column.take(i, points);
    }
    column.flush(points, drawn);
    return drawn;
}

} // namespace opsdeck
