// TimelineChart's painting (data and range: timelinechart.cpp; hit tests and input:
// timelinechartinput.cpp). A frame touches only the visible items, found by binary search, and
// allocates nothing per event.
#include "common/duration.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinemodel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace opsdeck::ui {
namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr double DotHalf = 5.5; // half a sprite

// Tick steps a reader can count in, from milliseconds to weeks.
constexpr std::array<qint64, 31> TickSteps{
    1,           2,        5,          10,         20,          50,          100,
    200,         500,      Second,     2 * Second, 5 * Second,  10 * Second, 15 * Second,
    30 * Second, Minute,   2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute,
    Hour,        2 * Hour, 3 * Hour,   6 * Hour,   12 * Hour,   Day,         2 * Day,
    7 * Day,     14 * Day, 28 * Day};

QString tickFormat(qint64 step)
{
    if (step < Second) {
        return QStringLiteral("HH:mm:ss.zzz");
    }
    if (step < Minute) {
        return QStringLiteral("HH:mm:ss");
    }
    return QStringLiteral("HH:mm");
}

} // namespace

void TimelineChart::paintEvent(QPaintEvent *)
{
    if (!m_sprites.empty() &&
        !qFuzzyCompare(m_sprites.front().devicePixelRatio(), devicePixelRatioF())) {
        rebuildSprites(); // moved to a screen of another scale
    }
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const double nowMs = now();
    paintLanes(painter);
    const int plotBottom = m_lanes.empty() ? height() : m_lanes.back().top + m_lanes.back().height;
    painter.setClipRect(QRect(m_labelWidth, 0, width() - m_labelWidth, height()));
    paintAxis(painter, m_axisHeight, std::min(plotBottom, height()));
    paintBars(painter, nowMs);
    paintPoints(painter);
    paintHighlights(painter, nowMs);
    if (nowMs >= m_from && nowMs <= m_to) {
        QColor colour = palette().color(QPalette::Text);
        colour.setAlphaF(0.45F);
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        const double x = xOf(nowMs);
        painter.drawLine(QPointF(x, m_axisHeight), QPointF(x, plotBottom));
    }
    if (hasFocus()) {
        painter.setClipping(false);
        QColor colour = palette().color(QPalette::Highlight);
        painter.setPen(QPen(colour, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineChart::paintLanes(QPainter &painter)
{
    const QColor alternate = palette().color(QPalette::AlternateBase);
    const QColor window = palette().color(QPalette::Window);
    painter.fillRect(QRect(0, 0, m_labelWidth, height()), window);
    painter.setPen(palette().color(QPalette::WindowText));
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        const Lane &found = m_lanes[lane];
        if (lane % 2 == 1) {
            painter.fillRect(QRect(m_labelWidth, found.top, width() - m_labelWidth, found.height),
                             alternate);
        }
        painter.drawText(QRect(8, found.top, m_labelWidth - 12, found.height),
                         Qt::AlignLeft | Qt::AlignVCenter, found.label);
    }
    // Where the range starts, and in which zone the ticks count.
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(qint64(m_from), m_utc ? Qt::UTC : Qt::LocalTime);
    const QString corner = m_utc ? tr("%1 UTC").arg(start.date().toString(Qt::ISODate))
                                 : start.date().toString(Qt::ISODate);
    painter.drawText(QRect(8, 0, m_labelWidth - 12, m_axisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     corner);
}

void TimelineChart::paintAxis(QPainter &painter, int top, int bottom)
{
    const QFontMetrics metrics = fontMetrics();
    const double pixelsPerMs = plotWidth() / (m_to - m_from);
    qint64 step = TickSteps.back();
    for (const qint64 candidate : TickSteps) {
        const int labelWidth = metrics.horizontalAdvance(tickFormat(candidate)) + 24;
        if (double(candidate) * pixelsPerMs >= labelWidth) {
            step = candidate;
            break;
        }
    }
    // Ticks fall on whole minutes, hours, days of the zone shown.
    const qint64 offset =
        m_utc ? 0 : qint64(QDateTime::fromMSecsSinceEpoch(qint64(m_from)).offsetFromUtc()) * Second;
    const qint64 first =
        qint64(std::ceil((m_from + double(offset)) / double(step))) * step - offset;
    QColor grid = palette().color(QPalette::Text);
    grid.setAlphaF(0.12F);
    const QColor text = palette().color(QPalette::Text);
    const QString format = tickFormat(step);
    for (qint64 tick = first; double(tick) <= m_to; tick += step) {
        const double x = xOf(double(tick));
        painter.setPen(grid);
        painter.drawLine(QPointF(x, top - 4), QPointF(x, bottom));
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(tick, m_utc ? Qt::UTC : Qt::LocalTime);
        const bool midnight = time.time() == QTime(0, 0);
        const QString label = step >= Day || (midnight && step >= Minute)
                                  ? locale().toString(time.date(), QStringLiteral("d MMM"))
                                  : time.toString(format);
        painter.setPen(text);
        painter.drawText(QPointF(x + 3, top - 6 - metrics.descent()), label);
    }
}

void TimelineChart::paintBars(QPainter &painter, double nowMs)
{
    if (m_bars.empty()) {
        return;
    }
    const double pixelsPerMs = plotWidth() / (m_to - m_from);
    const double left = plotLeft();
    const double right = double(width());
    // The first bar that may reach into view: bars start in order, their ends do not.
    const auto first =
        std::lower_bound(m_barEndsSoFar.begin(), m_barEndsSoFar.end(), qint64(m_from));
    std::array<int, MaxBarRows> lastColumn{};
    lastColumn.fill(std::numeric_limits<int>::min());
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (auto it = m_bars.begin() + (first - m_barEndsSoFar.begin()); it != m_bars.end(); ++it) {
        const Item &item = m_items[std::size_t(*it)];
        if (double(item.timeMs) > m_to) {
            break;
        }
        const bool open = (item.flags & Open) != 0;
        const double end = open ? std::max(nowMs, double(item.timeMs)) : double(item.endMs);
        if (end < m_from) {
            continue;
        }
        const double x1 = std::max(left - 2, left + (double(item.timeMs) - m_from) * pixelsPerMs);
        const double x2 = std::min(right + 2, left + (end - m_from) * pixelsPerMs);
        const int column = int(x1);
        if (x2 - x1 < 1 && column == lastColumn[item.row]) {
            continue; // a short bar where one is drawn already
        }
        lastColumn[item.row] = column;
        const QRectF bar(x1, rowY(item), std::max(x2 - x1, 2.0), 7);
        if ((item.flags & Corrected) != 0) {
            painter.setPen(m_pens[std::size_t(item.colour) * 2 + 1]);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
        } else {
            painter.fillRect(bar, m_brushes[item.colour]);
        }
        if (open && x2 < right) {
            // Still firing: an arrow head past "now" says the bar has no end yet.
            const QPointF head[3] = {QPointF(x2 + 1, bar.top() - 2),
                                     QPointF(x2 + 6, bar.center().y()),
                                     QPointF(x2 + 1, bar.bottom() + 2)};
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_brushes[item.colour]);
            painter.drawPolygon(head, 3);
        }
    }
}

void TimelineChart::paintPoints(QPainter &painter)
{
    if (m_items.empty()) {
        return;
    }
    const double pixelsPerMs = plotWidth() / (m_to - m_from);
    const double margin = 8 / pixelsPerMs; // dots partly in view
    const double left = plotLeft();
    const auto first =
        std::lower_bound(m_times.begin(), m_times.end(), qint64(m_from - margin)) - m_times.begin();
    const auto last =
        std::upper_bound(m_times.begin(), m_times.end(), qint64(m_to + margin)) - m_times.begin();
    std::array<int, MaxLanes> lastColumn{};
    lastColumn.fill(std::numeric_limits<int>::min());
    std::array<double, MaxLanes> laneCentre{};
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        laneCentre[lane] = m_lanes[lane].top + m_lanes[lane].height / 2.0;
    }
    const QFontMetrics metrics = fontMetrics();
    const double textOffset = (metrics.ascent() - metrics.descent()) / 2.0;
    double labelsFreeFrom = -std::numeric_limits<double>::infinity();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPen text(palette().color(QPalette::Text));
    const QBrush base = palette().brush(QPalette::Base);
    for (auto index = first; index < last; ++index) {
        const Item &item = m_items[std::size_t(index)];
        if (item.kind == Kind::Bar || item.kind == Kind::BarEnd) {
            continue;
        }
        const double x = left + (double(item.timeMs) - m_from) * pixelsPerMs;
        const int column = int(std::floor(x));
        if (column == lastColumn[item.lane]) {
            continue; // one dot per lane and pixel column
        }
        lastColumn[item.lane] = column;
        const double y = laneCentre[item.lane];
        const bool hollow = (item.flags & Corrected) != 0;
        if (item.kind == Kind::Marker) {
            const QPointF diamond[4] = {QPointF(x, y - 6), QPointF(x + 5, y), QPointF(x, y + 6),
                                        QPointF(x - 5, y)};
            painter.setPen(m_pens[std::size_t(item.colour) * 2 + (hollow ? 1 : 0)]);
            painter.setBrush(hollow ? base : m_brushes[item.colour]);
            painter.drawPolygon(diamond, 4);
            const Entry &entry = m_events[std::size_t(index)];
            if (x + 8 >= labelsFreeFrom && !entry.label.isEmpty()) {
                painter.setPen(text);
                painter.drawText(QPointF(x + 8, y + textOffset), entry.label);
                labelsFreeFrom = x + 8 + entry.labelWidth + 6;
            }
            continue;
        }
        painter.drawPixmap(QPointF(x - DotHalf, y - DotHalf),
                           m_sprites[std::size_t(item.colour) * 2 + (hollow ? 1 : 0)]);
    }
}

void TimelineChart::paintHighlights(QPainter &painter, double nowMs)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const auto ring = [&](int index, const QPen &pen, double radius) {
        const Item &item = m_items[std::size_t(index)];
        const Item &bar = item.kind == Kind::BarEnd ? m_items[std::size_t(item.partner)] : item;
        const bool isBar = item.kind == Kind::Bar || item.kind == Kind::BarEnd;
        const double end = isBar ? barRectOf(bar, nowMs).right() : 0;
        if (double(item.timeMs) < m_from - 1000 && end < plotLeft()) {
            return;
        }
        painter.setPen(pen);
        if (isBar) {
            painter.drawRect(barRectOf(bar, nowMs).adjusted(-2, -2, 2, 2));
            return;
        }
        const Lane &lane = m_lanes[item.lane];
        painter.drawEllipse(QPointF(xOf(double(item.timeMs)), lane.top + lane.height / 2.0), radius,
                            radius);
    };
    const QPen pinned(QColor(0xf0, 0xa2, 0x02), 2);
    for (const int index : m_pinned) { // few: a pinned event is a decision someone made
        if (double(m_items[std::size_t(index)].timeMs) > m_to) {
            break;
        }
        ring(index, pinned, 7);
    }
    if (m_selectedIndex >= 0) {
        ring(m_selectedIndex, QPen(palette().color(QPalette::Highlight), 2), 9);
    }
}

} // namespace opsdeck::ui
