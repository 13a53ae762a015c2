#pragma once

#include <QtGlobal>

namespace opsdeck {

// The time range and step of one range query, chosen the way Grafana chooses them so that a
// query frontend (Thanos, Mimir) can cache the answer: the step never makes more points than
// the panel has pixel columns or than Prometheus allows, and both ends sit on multiples of it.
struct QueryWindow {
    // Prometheus refuses a range query with more points a series than this.
    static constexpr qint64 MaxPoints = 11'000;
    // Grafana's assumed scrape interval when the backend does not say.
    static constexpr qint64 DefaultScrapeIntervalMs = 15'000;

    qint64 startMs = 0; // Unix milliseconds, a multiple of stepMs
    qint64 endMs = 0;   // the same; never before startMs
    qint64 stepMs = 1'000;

    // step = max(minStep, range ÷ width, range ÷ MaxPoints), rounded up to whole seconds;
    // start and end rounded down to multiples of it (an empty range is one step long).
    static QueryWindow plan(qint64 startMs, qint64 endMs, int widthPixels, qint64 minStepMs = 0);

    // $__rate_interval: max(interval + scrape interval, 4 × scrape interval), so that a rate()
    // always sees at least two samples.
    static qint64 rateIntervalMs(qint64 intervalMs, qint64 scrapeIntervalMs);

    qint64 rangeMs() const { return endMs - startMs; }
    qint64 points() const { return rangeMs() / stepMs + 1; }
    bool operator==(const QueryWindow &) const = default;
};

} // namespace opsdeck
