#pragma once

namespace opsdeck::ui {

// The visible span of a time axis and the mapping between time and x: times are milliseconds
// since the epoch, x the chart's coordinates, where the plot starts after the lane labels.
// Every change of the span clamps it (50 ms to 400 days) and says whether the range moved.
class TimelineViewRange {
public:
    void setWidth(int width) { m_width = width; }
    int width() const { return m_width; }
    double from() const { return m_from; }
    double to() const { return m_to; }
    bool setRange(double from, double to);
    // Zooms by `factor` (< 1 zooms in) keeping the time at `x` where it is.
    bool zoomAt(double x, double factor);
    bool panBy(double pixels); // positive: later times come into view
    double plotLeft() const { return m_plotLeft; }
    double plotWidth() const;
    double xOf(double timeMs) const;
    double timeAt(double x) const;

protected:
    void setPlotLeft(int left) { m_plotLeft = left; }

private:
    int m_width = 0;
    int m_plotLeft = 90;
    double m_from = 0;
    double m_to = 0;
};

} // namespace opsdeck::ui
