#include "dashboards/querywindow.h"

#include <algorithm>

namespace opsdeck {
namespace {

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 quotient = value / step;
    return (value % step < 0 ? quotient - 1 : quotient) * step;
}

qint64 ceilDiv(qint64 value, qint64 divisor)
{
    return value <= 0 ? 0 : (value + divisor - 1) / divisor;
}

} // namespace

QueryWindow QueryWindow::plan(qint64 startMs, qint64 endMs, int widthPixels, qint64 minStepMs)
{
    const qint64 range = std::max<qint64>(0, endMs - startMs);
    qint64 step = std::max({minStepMs, ceilDiv(range, std::max(1, widthPixels)),
                            ceilDiv(range, MaxPoints - 1), qint64{1}});
    step = ceilDiv(step, 1000) * 1000; // whole seconds
    QueryWindow window;
    window.stepMs = step;
    window.startMs = floorTo(startMs, step);
    window.endMs = std::max(window.startMs, floorTo(std::max(startMs, endMs), step));
    // Rounding both ends down may add a point (a start just after a multiple): one step more.
    while (window.points() > MaxPoints) {
        window.stepMs += 1000;
        window.startMs = floorTo(startMs, window.stepMs);
        window.endMs = std::max(window.startMs, floorTo(std::max(startMs, endMs), window.stepMs));
    }
    return window;
}

qint64 QueryWindow::rateIntervalMs(qint64 intervalMs, qint64 scrapeIntervalMs)
{
    const qint64 scrape = scrapeIntervalMs > 0 ? scrapeIntervalMs : DefaultScrapeIntervalMs;
    return std::max(intervalMs + scrape, 4 * scrape);
}

} // namespace opsdeck
