#include "timeline/timelineviewrange.h"

#include <algorithm>

namespace opsdeck::ui {
namespace {

constexpr double MinSpanMs = 50;
constexpr double MaxSpanMs = 400.0 * 24 * 3600 * 1000;

} // namespace

double TimelineViewRange::plotWidth() const
{
    return std::max(1.0, double(m_width - m_plotLeft - 8));
}

double TimelineViewRange::xOf(double timeMs) const
{
    return plotLeft() + (timeMs - m_from) * plotWidth() / (m_to - m_from);
}

double TimelineViewRange::timeAt(double x) const
{
    return m_from + (x - plotLeft()) * (m_to - m_from) / plotWidth();
}

bool TimelineViewRange::setRange(double from, double to)
{
    const double span = std::clamp(to - from, MinSpanMs, MaxSpanMs);
    const double centre = (from + to) / 2;
    if (to - from != span) {
        from = centre - span / 2;
        to = centre + span / 2;
    }
    if (from == m_from && to == m_to) {
        return false;
    }
    m_from = from;
    m_to = to;
    return true;
}

bool TimelineViewRange::zoomAt(double x, double factor)
{
    const double anchor = timeAt(x);
    const double span = std::clamp((m_to - m_from) * factor, MinSpanMs, MaxSpanMs);
    const double share = (anchor - m_from) / (m_to - m_from);
    return setRange(anchor - share * span, anchor + (1 - share) * span);
}

bool TimelineViewRange::panBy(double pixels)
{
    const double shift = pixels * (m_to - m_from) / plotWidth();
    return setRange(m_from + shift, m_to + shift);
}

} // namespace opsdeck::ui
