#include "timeline/timelinechartpainter.h"

#include "common/duration.h"
#include "common/severitystyle.h"
#include "common/timedisplay.h"
#include "timeline/timelinemodel.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace opsdeck::ui {
namespace {

using Layout = TimelineChartLayout;

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

// The clock of the tables (the locale's 12- or 24-hour time), as precise as the step.
QString tickFormat(qint64 step)
{
    if (step >= Day) {
        return TimeDisplay::dateFormat();
    }
    if (step < Second) {
        return TimeDisplay::timeFormat(TimeDisplay::Precision::Milliseconds);
    }
    if (step < Minute) {
        return TimeDisplay::timeFormat(TimeDisplay::Precision::Seconds);
    }
    return TimeDisplay::timeFormat(TimeDisplay::Precision::Minutes);
}

} // namespace

TimelineChartPainter::TimelineChartPainter()
{
    for (int type = 0; type < Layout::TypeCount; ++type) {
        m_colours.push_back(TimelineModel::typeColor(TimelineEvent::Type(type)));
    }
    for (const QString &severity : SeverityStyle::standardSeverities()) {
        m_colours.push_back(SeverityStyle::color(severity));
    }
    Q_ASSERT(m_colours.size() == std::size_t(Layout::TypeCount + Layout::SeverityColours));
}

void TimelineChartPainter::prepare(const QPalette &palette, qreal pixelRatio)
{
    const int size = int(std::ceil(11 * pixelRatio));
    const QColor base = palette.color(QPalette::Base);
    m_sprites.clear();
    m_pens.clear();
    m_brushes.clear();
    for (const QColor &colour : m_colours) {
        m_pens.emplace_back(colour.darker(130), 1.0);
        m_pens.emplace_back(colour, 1.6);
        m_brushes.emplace_back(colour);
        for (const bool hollow : {false, true}) {
            QPixmap sprite(size, size);
            sprite.setDevicePixelRatio(pixelRatio);
            sprite.fill(Qt::transparent);
            QPainter painter(&sprite);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(hollow ? colour : colour.darker(130), hollow ? 1.6 : 1.0));
            painter.setBrush(hollow ? base : colour);
            painter.drawEllipse(QPointF(5.5, 5.5), 4.0, 4.0);
            painter.end();
            m_sprites.push_back(sprite);
        }
    }
}

// --- tooltips ----------------------------------------------------------------------------

QString TimelineChartPainter::toolTip(const TimelineChartLayout &layout, int index, bool utc,
                                      double nowMs)
{
    const TimelineEvent &event = layout.entry(index).event;
    const Layout::Item &item = layout.item(index);
    QStringList lines;
    lines.append(event.author.isEmpty()
                     ? tr("%1 · %2").arg(TimelineModel::timeText(event.time, utc),
                                         TimelineModel::typeLabel(event.type))
                     : tr("%1 · %2 · %3")
                           .arg(TimelineModel::timeText(event.time, utc),
                                TimelineModel::typeLabel(event.type), event.author));
    if (const QString text = TimelineModel::summary(event); !text.isEmpty()) {
        lines.append(text);
    }
    const Layout::Item &bar = item.kind == Layout::Kind::BarEnd ? layout.item(item.partner) : item;
    if (item.kind == Layout::Kind::Bar || item.kind == Layout::Kind::BarEnd) {
        const bool open = (bar.flags & Layout::Open) != 0;
        const qint64 seconds = (open ? qint64(nowMs) : bar.endMs) / 1000 - bar.timeMs / 1000;
        lines.append(open ? tr("Still firing, for %1").arg(formatDuration(seconds))
                          : tr("Fired for %1").arg(formatDuration(seconds)));
    }
    if ((item.flags & Layout::Corrected) != 0) {
        for (int other = layout.count(); other-- > 0;) {
            if (layout.entry(other).event.correctsId == event.id) {
                lines.append(
                    tr("corrected: %1").arg(TimelineModel::summary(layout.entry(other).event)));
                break;
            }
        }
    }
    if ((item.flags & Layout::Pinned) != 0) {
        lines.append(tr("Pinned"));
    }
    return lines.join(QLatin1Char('\n'));
}

// --- painting: only the visible items, found by binary search; nothing allocated per event

void TimelineChartPainter::paint(QPainter &painter, const TimelineChartLayout &layout,
                                 const Frame &frame)
{
    if (!m_sprites.empty() &&
        !qFuzzyCompare(m_sprites.front().devicePixelRatio(), frame.pixelRatio)) {
        prepare(frame.palette, frame.pixelRatio); // moved to a screen of another scale
    }
    const QRect &rect = frame.rect;
    painter.fillRect(rect, frame.palette.color(QPalette::Base));
    paintLanes(painter, layout, frame);
    const std::vector<Layout::Lane> &lanes = layout.lanes();
    const int plotBottom = lanes.empty() ? rect.height() : lanes.back().top + lanes.back().height;
    const int labelWidth = layout.labelWidth();
    painter.setClipRect(QRect(labelWidth, 0, rect.width() - labelWidth, rect.height()));
    paintAxis(painter, layout, frame, layout.axisHeight(), std::min(plotBottom, rect.height()));
    paintBars(painter, layout, frame);
    paintPoints(painter, layout, frame);
    paintHighlights(painter, layout, frame);
    if (frame.nowMs >= layout.from() && frame.nowMs <= layout.to()) {
        QColor colour = frame.palette.color(QPalette::Text);
        colour.setAlphaF(0.45F);
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        const double x = layout.xOf(frame.nowMs);
        painter.drawLine(QPointF(x, layout.axisHeight()), QPointF(x, plotBottom));
    }
    if (frame.focused) {
        painter.setClipping(false);
        QColor colour = frame.palette.color(QPalette::Highlight);
        painter.setPen(QPen(colour, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
    }
}

void TimelineChartPainter::paintLanes(QPainter &painter, const TimelineChartLayout &layout,
                                      const Frame &frame) const
{
    const int width = frame.rect.width();
    const int labelWidth = layout.labelWidth();
    const QColor alternate = frame.palette.color(QPalette::AlternateBase);
    const QColor window = frame.palette.color(QPalette::Window);
    painter.fillRect(QRect(0, 0, labelWidth, frame.rect.height()), window);
    painter.setPen(frame.palette.color(QPalette::WindowText));
    const std::vector<Layout::Lane> &lanes = layout.lanes();
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        const Layout::Lane &found = lanes[lane];
        if (lane % 2 == 1) {
            painter.fillRect(QRect(labelWidth, found.top, width - labelWidth, found.height),
                             alternate);
        }
        painter.drawText(QRect(8, found.top, labelWidth - 12, found.height),
                         Qt::AlignLeft | Qt::AlignVCenter, found.label);
    }
    // Where the range starts, and in which zone the ticks count.
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(qint64(layout.from()), frame.utc ? Qt::UTC : Qt::LocalTime);
    const QString corner = frame.utc ? tr("%1 UTC").arg(TimeDisplay::date(start.date()))
                                     : TimeDisplay::date(start.date());
    painter.drawText(QRect(8, 0, labelWidth - 12, layout.axisHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter, corner);
}

void TimelineChartPainter::paintAxis(QPainter &painter, const TimelineChartLayout &layout,
                                     const Frame &frame, int top, int bottom) const
{
    const double from = layout.from();
    const double to = layout.to();
    const QFontMetrics metrics(frame.font);
    const double pixelsPerMs = layout.plotWidth() / (to - from);
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
        frame.utc ? 0
                  : qint64(QDateTime::fromMSecsSinceEpoch(qint64(from)).offsetFromUtc()) * Second;
    const qint64 first = qint64(std::ceil((from + double(offset)) / double(step))) * step - offset;
    QColor grid = frame.palette.color(QPalette::Text);
    grid.setAlphaF(0.12F);
    const QColor text = frame.palette.color(QPalette::Text);
    const QString format = tickFormat(step);
    for (qint64 tick = first; double(tick) <= to; tick += step) {
        const double x = layout.xOf(double(tick));
        painter.setPen(grid);
        painter.drawLine(QPointF(x, top - 4), QPointF(x, bottom));
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(tick, frame.utc ? Qt::UTC : Qt::LocalTime);
        const bool midnight = time.time() == QTime(0, 0);
        const QString label = step >= Day || (midnight && step >= Minute)
                                  ? TimeDisplay::date(time.date())
                                  : frame.locale.toString(time, format);
        painter.setPen(text);
        painter.drawText(QPointF(x + 3, top - 6 - metrics.descent()), label);
    }
}

void TimelineChartPainter::paintBars(QPainter &painter, const TimelineChartLayout &layout,
                                     const Frame &frame) const
{
    const std::vector<int> &bars = layout.bars();
    if (bars.empty()) {
        return;
    }
    const double from = layout.from();
    const double to = layout.to();
    const double pixelsPerMs = layout.plotWidth() / (to - from);
    const double left = layout.plotLeft();
    const double right = double(frame.rect.width());
    // The first bar that may reach into view: bars start in order, their ends do not.
    const std::vector<qint64> &endsSoFar = layout.barEndsSoFar();
    const auto first = std::lower_bound(endsSoFar.begin(), endsSoFar.end(), qint64(from));
    std::array<int, Layout::MaxBarRows> lastColumn{};
    lastColumn.fill(std::numeric_limits<int>::min());
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (auto it = bars.begin() + (first - endsSoFar.begin()); it != bars.end(); ++it) {
        const Layout::Item &item = layout.item(*it);
        if (double(item.timeMs) > to) {
            break;
        }
        const bool open = (item.flags & Layout::Open) != 0;
        const double end = open ? std::max(frame.nowMs, double(item.timeMs)) : double(item.endMs);
        if (end < from) {
            continue;
        }
        const double x1 = std::max(left - 2, left + (double(item.timeMs) - from) * pixelsPerMs);
        const double x2 = std::min(right + 2, left + (end - from) * pixelsPerMs);
        const int column = int(x1);
        if (x2 - x1 < 1 && column == lastColumn[item.row]) {
            continue; // a short bar where one is drawn already
        }
        lastColumn[item.row] = column;
        const QRectF bar(x1, layout.rowY(item), std::max(x2 - x1, 2.0), 7);
        if ((item.flags & Layout::Corrected) != 0) {
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

void TimelineChartPainter::paintPoints(QPainter &painter, const TimelineChartLayout &layout,
                                       const Frame &frame) const
{
    if (layout.count() == 0) {
        return;
    }
    const double from = layout.from();
    const double pixelsPerMs = layout.plotWidth() / (layout.to() - from);
    const double margin = 8 / pixelsPerMs; // dots partly in view
    const double left = layout.plotLeft();
    const std::vector<qint64> &times = layout.times();
    const auto first =
        std::lower_bound(times.begin(), times.end(), qint64(from - margin)) - times.begin();
    const auto last =
        std::upper_bound(times.begin(), times.end(), qint64(layout.to() + margin)) - times.begin();
    std::array<int, Layout::MaxLanes> lastColumn{};
    lastColumn.fill(std::numeric_limits<int>::min());
    std::array<double, Layout::MaxLanes> laneCentre{};
    const std::vector<Layout::Lane> &lanes = layout.lanes();
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        laneCentre[lane] = lanes[lane].top + lanes[lane].height / 2.0;
    }
    const QFontMetrics metrics(frame.font);
    const double textOffset = (metrics.ascent() - metrics.descent()) / 2.0;
    // Status labels are drawn after the markers, where shownLabels() has room for them.
    QList<MarkerLabel> labels;
    QList<QPointF> labelAt;
    QList<int> labelEntry;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPen text(frame.palette.color(QPalette::Text));
    const QBrush base = frame.palette.brush(QPalette::Base);
    for (auto index = first; index < last; ++index) {
        const Layout::Item &item = layout.item(int(index));
        if (item.kind == Layout::Kind::Bar || item.kind == Layout::Kind::BarEnd) {
            continue;
        }
        const double x = left + (double(item.timeMs) - from) * pixelsPerMs;
        const int column = int(std::floor(x));
        if (column == lastColumn[item.lane]) {
            continue; // one dot per lane and pixel column
        }
        lastColumn[item.lane] = column;
        const double y = laneCentre[item.lane];
        const bool hollow = (item.flags & Layout::Corrected) != 0;
        if (item.kind == Layout::Kind::Marker) {
            const QPointF diamond[4] = {QPointF(x, y - 6), QPointF(x + 5, y), QPointF(x, y + 6),
                                        QPointF(x - 5, y)};
            painter.setPen(m_pens[std::size_t(item.colour) * 2 + (hollow ? 1 : 0)]);
            painter.setBrush(hollow ? base : m_brushes[item.colour]);
            painter.drawPolygon(diamond, 4);
            if (const Layout::Entry &entry = layout.entry(int(index)); !entry.label.isEmpty()) {
                labels.append({x, double(entry.labelWidth), int(item.lane)});
                labelAt.append(QPointF(x + 8, y + textOffset));
                labelEntry.append(int(index));
            }
            continue;
        }
        painter.drawPixmap(QPointF(x - DotHalf, y - DotHalf),
                           m_sprites[std::size_t(item.colour) * 2 + (hollow ? 1 : 0)]);
    }
    painter.setPen(text);
    for (const int shown : shownLabels(labels)) {
        painter.drawText(labelAt.at(shown), layout.entry(labelEntry.at(shown)).label);
    }
}

QList<int> TimelineChartPainter::shownLabels(const QList<MarkerLabel> &labels)
{
    QList<int> shown;
    QHash<int, double> freeFrom; // by lane: where the last drawn label ends
    for (qsizetype at = 0; at < labels.size(); ++at) {
        const MarkerLabel &label = labels.at(at);
        const double start = label.x + 8;
        const double end = start + label.width;
        const auto next =
            std::find_if(labels.cbegin() + at + 1, labels.cend(), [&label](const MarkerLabel &o) {
                return o.lane == label.lane && o.x > label.x + 0.5;
            });
        const bool blocked = next != labels.cend() && next->x - 6 < end;
        if (blocked ||
            start < freeFrom.value(label.lane, -std::numeric_limits<double>::infinity())) {
            continue;
        }
        shown.append(int(at));
        freeFrom.insert(label.lane, end + 6);
    }
    return shown;
}

void TimelineChartPainter::paintHighlights(QPainter &painter, const TimelineChartLayout &layout,
                                           const Frame &frame) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const auto ring = [&](int index, const QPen &pen, double radius) {
        const Layout::Item &item = layout.item(index);
        const Layout::Item &bar =
            item.kind == Layout::Kind::BarEnd ? layout.item(item.partner) : item;
        const bool isBar = item.kind == Layout::Kind::Bar || item.kind == Layout::Kind::BarEnd;
        const double end = isBar ? layout.barRectOf(bar, frame.nowMs).right() : 0;
        if (double(item.timeMs) < layout.from() - 1000 && end < layout.plotLeft()) {
            return;
        }
        painter.setPen(pen);
        if (isBar) {
            painter.drawRect(layout.barRectOf(bar, frame.nowMs).adjusted(-2, -2, 2, 2));
            return;
        }
        const Layout::Lane &lane = layout.lanes()[item.lane];
        painter.drawEllipse(QPointF(layout.xOf(double(item.timeMs)), lane.top + lane.height / 2.0),
                            radius, radius);
    };
    const QPen pinned(QColor(0xf0, 0xa2, 0x02), 2);
    for (const int index : layout.pinned()) { // few: a pinned event is a decision someone made
        if (double(layout.item(index).timeMs) > layout.to()) {
            break;
        }
        ring(index, pinned, 7);
    }
    if (frame.selectedIndex >= 0) {
        ring(frame.selectedIndex, QPen(frame.palette.color(QPalette::Highlight), 2), 9);
    }
}

} // namespace opsdeck::ui
