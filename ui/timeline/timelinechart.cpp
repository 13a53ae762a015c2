#include "timeline/timelinechart.h"

#include "common/duration.h"
#include "common/severitystyle.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

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

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    for (int type = 0; type < Layout::TypeCount; ++type) {
        m_colours.push_back(TimelineModel::typeColor(TimelineEvent::Type(type)));
    }
    for (const QString &severity : SeverityStyle::standardSeverities()) {
        m_colours.push_back(SeverityStyle::color(severity));
    }
    Q_ASSERT(m_colours.size() == std::size_t(Layout::TypeCount + Layout::SeverityColours));
    setAccessibleName(tr("Incident timeline chart"));
    m_layout.setFont(font());
    eventsChanged();
    fitAll();
}

TimelineChart::~TimelineChart() = default;

QSize TimelineChart::sizeHint() const
{
    return {800, 260};
}

QSize TimelineChart::minimumSizeHint() const
{
    return {240, 120};
}

const TimelineChartLayout &TimelineChart::layout() const
{
    m_layout.setWidth(width());
    return m_layout;
}

TimelineChartLayout &TimelineChart::layout()
{
    m_layout.setWidth(width());
    return m_layout;
}

// --- data --------------------------------------------------------------------------------

void TimelineChart::setEvents(const QList<TimelineEvent> &events)
{
    m_layout.setEvents(events);
    if (m_layout.indexOf(m_selectedId) < 0) {
        m_selectedId.clear();
    }
    eventsChanged();
    fitAll();
}

void TimelineChart::addEvents(const QList<TimelineEvent> &events)
{
    m_layout.addEvents(events);
    eventsChanged();
    update();
}

void TimelineChart::updateEvent(const TimelineEvent &event)
{
    if (!m_layout.updateEvent(event)) {
        return;
    }
    eventsChanged();
    update();
}

void TimelineChart::eventsChanged()
{
    m_selectedIndex = m_layout.indexOf(m_selectedId);
    rebuildSprites();
    updateAccessibleDescription();
}

void TimelineChart::rebuildSprites()
{
    const qreal ratio = devicePixelRatioF();
    const int size = int(std::ceil(11 * ratio));
    const QColor base = palette().color(QPalette::Base);
    m_sprites.clear();
    m_pens.clear();
    m_brushes.clear();
    for (const QColor &colour : m_colours) {
        m_pens.emplace_back(colour.darker(130), 1.0);
        m_pens.emplace_back(colour, 1.6);
        m_brushes.emplace_back(colour);
        for (const bool hollow : {false, true}) {
            QPixmap sprite(size, size);
            sprite.setDevicePixelRatio(ratio);
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

void TimelineChart::updateAccessibleDescription()
{
    if (m_layout.count() == 0) {
        setAccessibleDescription(tr("No events."));
        return;
    }
    setAccessibleDescription(
        tr("%n event(s) from %1 to %2 in %3 lanes. The wheel or + and − zoom, dragging or the "
           "arrow keys move through time, Home shows everything.",
           nullptr, m_layout.count())
            .arg(TimelineModel::timeText(m_layout.entry(0).event.time, m_utc),
                 TimelineModel::timeText(m_layout.entry(m_layout.count() - 1).event.time, m_utc))
            .arg(m_layout.lanes().size()));
}

void TimelineChart::setUtc(bool utc)
{
    if (utc != m_utc) {
        m_utc = utc;
        updateAccessibleDescription();
        update();
    }
}

// --- range and selection -----------------------------------------------------------------

double TimelineChart::now() const
{
    return double(QDateTime::currentMSecsSinceEpoch());
}

void TimelineChart::rangeChanged(bool changed)
{
    if (!changed) {
        return;
    }
    update();
    Q_EMIT visibleRangeChanged(QDateTime::fromMSecsSinceEpoch(qint64(m_layout.from()), Qt::UTC),
                               QDateTime::fromMSecsSinceEpoch(qint64(m_layout.to()), Qt::UTC));
}

void TimelineChart::setVisibleRange(const QDateTime &from, const QDateTime &to)
{
    rangeChanged(
        layout().setRange(double(from.toMSecsSinceEpoch()), double(to.toMSecsSinceEpoch())));
}

QPair<QDateTime, QDateTime> TimelineChart::visibleRange() const
{
    return {QDateTime::fromMSecsSinceEpoch(qRound64(m_layout.from()), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(qRound64(m_layout.to()), Qt::UTC)};
}

void TimelineChart::fitAll()
{
    rangeChanged(layout().fitAll(now()));
}

void TimelineChart::zoomAt(double x, double factor)
{
    rangeChanged(layout().zoomAt(x, factor));
}

void TimelineChart::panBy(double pixels)
{
    rangeChanged(layout().panBy(pixels));
}

void TimelineChart::setSelectedEventId(const QString &id)
{
    const int index = m_layout.indexOf(id);
    m_selectedId = index >= 0 ? id : QString();
    m_selectedIndex = index;
    if (index >= 0) {
        const double time = double(m_layout.item(index).timeMs);
        if (time < m_layout.from() || time > m_layout.to()) {
            const double span = m_layout.to() - m_layout.from();
            rangeChanged(layout().setRange(time - span / 2, time + span / 2));
        }
    }
    update();
}

// --- geometry and tooltips ---------------------------------------------------------------

QStringList TimelineChart::laneLabels() const
{
    return m_layout.laneLabels();
}

QRectF TimelineChart::laneRect(int lane) const
{
    return layout().laneRect(lane);
}

QRectF TimelineChart::barRect(const QString &eventId) const
{
    return layout().barRect(eventId, now());
}

QPointF TimelineChart::markerPos(const QString &eventId) const
{
    return layout().markerPos(eventId);
}

QString TimelineChart::eventIdAt(const QPointF &pos) const
{
    return layout().eventIdAt(pos, now());
}

QString TimelineChart::toolTipAt(const QPointF &pos) const
{
    const int index = layout().itemAt(pos, now());
    return index < 0 ? QString() : toolTipOf(index);
}

QString TimelineChart::toolTipOf(int index) const
{
    const TimelineEvent &event = m_layout.entry(index).event;
    const Layout::Item &item = m_layout.item(index);
    QStringList lines;
    lines.append(event.author.isEmpty()
                     ? tr("%1 · %2").arg(TimelineModel::timeText(event.time, m_utc),
                                         TimelineModel::typeLabel(event.type))
                     : tr("%1 · %2 · %3")
                           .arg(TimelineModel::timeText(event.time, m_utc),
                                TimelineModel::typeLabel(event.type), event.author));
    if (const QString text = TimelineModel::summary(event); !text.isEmpty()) {
        lines.append(text);
    }
    const Layout::Item &bar =
        item.kind == Layout::Kind::BarEnd ? m_layout.item(item.partner) : item;
    if (item.kind == Layout::Kind::Bar || item.kind == Layout::Kind::BarEnd) {
        const bool open = (bar.flags & Layout::Open) != 0;
        const qint64 seconds = (open ? qint64(now()) : bar.endMs) / 1000 - bar.timeMs / 1000;
        lines.append(open ? tr("Still firing, for %1").arg(formatDuration(seconds))
                          : tr("Fired for %1").arg(formatDuration(seconds)));
    }
    if ((item.flags & Layout::Corrected) != 0) {
        for (int other = m_layout.count(); other-- > 0;) {
            if (m_layout.entry(other).event.correctsId == event.id) {
                lines.append(
                    tr("corrected: %1").arg(TimelineModel::summary(m_layout.entry(other).event)));
                break;
            }
        }
    }
    if ((item.flags & Layout::Pinned) != 0) {
        lines.append(tr("Pinned"));
    }
    return lines.join(QLatin1Char('\n'));
}

// --- input -------------------------------------------------------------------------------

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(),
                               Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layout.setWidth(width());
    update();
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (std::abs(delta.x()) > std::abs(delta.y())) {
        panBy(-delta.x() / 120.0 * layout().plotWidth() * 0.1);
    } else if (delta.y() != 0) {
        zoomAt(event->position().x(), std::pow(0.8, delta.y() / 120.0));
    }
    event->accept();
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressFrom = m_layout.from();
    m_pressTo = m_layout.to();
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        return;
    }
    const int dx = event->position().toPoint().x() - m_pressPos.x();
    if (!m_dragging && std::abs(dx) < QApplication::startDragDistance()) {
        return;
    }
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    const double shift = -dx * (m_pressTo - m_pressFrom) / layout().plotWidth();
    rangeChanged(layout().setRange(m_pressFrom + shift, m_pressTo + shift));
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    m_selectedIndex = layout().itemAt(event->position(), now());
    m_selectedId = m_selectedIndex < 0 ? QString() : m_layout.entry(m_selectedIndex).event.id;
    update();
    Q_EMIT eventSelected(m_selectedId);
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        fitAll();
    }
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    const double plotWidth = layout().plotWidth();
    const double centre = m_layout.plotLeft() + plotWidth / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(centre, 0.8);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAt(centre, 1.25);
        break;
    case Qt::Key_Left:
        panBy(-plotWidth * 0.1);
        break;
    case Qt::Key_Right:
        panBy(plotWidth * 0.1);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_layout.setFont(font()); // label widths and lane labels anew
        eventsChanged();
        update();
        break;
    case QEvent::PaletteChange:
        rebuildSprites();
        update();
        break;
    default:
        break;
    }
}

// --- painting: only the visible items, found by binary search; nothing allocated per event

void TimelineChart::paintEvent(QPaintEvent *)
{
    if (!m_sprites.empty() &&
        !qFuzzyCompare(m_sprites.front().devicePixelRatio(), devicePixelRatioF())) {
        rebuildSprites(); // moved to a screen of another scale
    }
    const Layout &geometry = layout();
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const double nowMs = now();
    paintLanes(painter);
    const std::vector<Layout::Lane> &lanes = geometry.lanes();
    const int plotBottom = lanes.empty() ? height() : lanes.back().top + lanes.back().height;
    const int labelWidth = geometry.labelWidth();
    painter.setClipRect(QRect(labelWidth, 0, width() - labelWidth, height()));
    paintAxis(painter, geometry.axisHeight(), std::min(plotBottom, height()));
    paintBars(painter, nowMs);
    paintPoints(painter);
    paintHighlights(painter, nowMs);
    if (nowMs >= geometry.from() && nowMs <= geometry.to()) {
        QColor colour = palette().color(QPalette::Text);
        colour.setAlphaF(0.45F);
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        const double x = geometry.xOf(nowMs);
        painter.drawLine(QPointF(x, geometry.axisHeight()), QPointF(x, plotBottom));
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
    const int labelWidth = m_layout.labelWidth();
    const QColor alternate = palette().color(QPalette::AlternateBase);
    const QColor window = palette().color(QPalette::Window);
    painter.fillRect(QRect(0, 0, labelWidth, height()), window);
    painter.setPen(palette().color(QPalette::WindowText));
    const std::vector<Layout::Lane> &lanes = m_layout.lanes();
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        const Layout::Lane &found = lanes[lane];
        if (lane % 2 == 1) {
            painter.fillRect(QRect(labelWidth, found.top, width() - labelWidth, found.height),
                             alternate);
        }
        painter.drawText(QRect(8, found.top, labelWidth - 12, found.height),
                         Qt::AlignLeft | Qt::AlignVCenter, found.label);
    }
    // Where the range starts, and in which zone the ticks count.
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(qint64(m_layout.from()), m_utc ? Qt::UTC : Qt::LocalTime);
    const QString corner = m_utc ? tr("%1 UTC").arg(start.date().toString(Qt::ISODate))
                                 : start.date().toString(Qt::ISODate);
    painter.drawText(QRect(8, 0, labelWidth - 12, m_layout.axisHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter, corner);
}

void TimelineChart::paintAxis(QPainter &painter, int top, int bottom)
{
    const double from = m_layout.from();
    const double to = m_layout.to();
    const QFontMetrics metrics = fontMetrics();
    const double pixelsPerMs = m_layout.plotWidth() / (to - from);
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
        m_utc ? 0 : qint64(QDateTime::fromMSecsSinceEpoch(qint64(from)).offsetFromUtc()) * Second;
    const qint64 first = qint64(std::ceil((from + double(offset)) / double(step))) * step - offset;
    QColor grid = palette().color(QPalette::Text);
    grid.setAlphaF(0.12F);
    const QColor text = palette().color(QPalette::Text);
    const QString format = tickFormat(step);
    for (qint64 tick = first; double(tick) <= to; tick += step) {
        const double x = m_layout.xOf(double(tick));
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
    const std::vector<int> &bars = m_layout.bars();
    if (bars.empty()) {
        return;
    }
    const double from = m_layout.from();
    const double to = m_layout.to();
    const double pixelsPerMs = m_layout.plotWidth() / (to - from);
    const double left = m_layout.plotLeft();
    const double right = double(width());
    // The first bar that may reach into view: bars start in order, their ends do not.
    const std::vector<qint64> &endsSoFar = m_layout.barEndsSoFar();
    const auto first = std::lower_bound(endsSoFar.begin(), endsSoFar.end(), qint64(from));
    std::array<int, Layout::MaxBarRows> lastColumn{};
    lastColumn.fill(std::numeric_limits<int>::min());
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (auto it = bars.begin() + (first - endsSoFar.begin()); it != bars.end(); ++it) {
        const Layout::Item &item = m_layout.item(*it);
        if (double(item.timeMs) > to) {
            break;
        }
        const bool open = (item.flags & Layout::Open) != 0;
        const double end = open ? std::max(nowMs, double(item.timeMs)) : double(item.endMs);
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
        const QRectF bar(x1, m_layout.rowY(item), std::max(x2 - x1, 2.0), 7);
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

void TimelineChart::paintPoints(QPainter &painter)
{
    if (m_layout.count() == 0) {
        return;
    }
    const double from = m_layout.from();
    const double pixelsPerMs = m_layout.plotWidth() / (m_layout.to() - from);
    const double margin = 8 / pixelsPerMs; // dots partly in view
    const double left = m_layout.plotLeft();
    const std::vector<qint64> &times = m_layout.times();
    const auto first =
        std::lower_bound(times.begin(), times.end(), qint64(from - margin)) - times.begin();
    const auto last = std::upper_bound(times.begin(), times.end(), qint64(m_layout.to() + margin)) -
                      times.begin();
    std::array<int, Layout::MaxLanes> lastColumn{};
    lastColumn.fill(std::numeric_limits<int>::min());
    std::array<double, Layout::MaxLanes> laneCentre{};
    const std::vector<Layout::Lane> &lanes = m_layout.lanes();
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        laneCentre[lane] = lanes[lane].top + lanes[lane].height / 2.0;
    }
    const QFontMetrics metrics = fontMetrics();
    const double textOffset = (metrics.ascent() - metrics.descent()) / 2.0;
    double labelsFreeFrom = -std::numeric_limits<double>::infinity();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPen text(palette().color(QPalette::Text));
    const QBrush base = palette().brush(QPalette::Base);
    for (auto index = first; index < last; ++index) {
        const Layout::Item &item = m_layout.item(int(index));
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
            const Layout::Entry &entry = m_layout.entry(int(index));
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
        const Layout::Item &item = m_layout.item(index);
        const Layout::Item &bar =
            item.kind == Layout::Kind::BarEnd ? m_layout.item(item.partner) : item;
        const bool isBar = item.kind == Layout::Kind::Bar || item.kind == Layout::Kind::BarEnd;
        const double end = isBar ? m_layout.barRectOf(bar, nowMs).right() : 0;
        if (double(item.timeMs) < m_layout.from() - 1000 && end < m_layout.plotLeft()) {
            return;
        }
        painter.setPen(pen);
        if (isBar) {
            painter.drawRect(m_layout.barRectOf(bar, nowMs).adjusted(-2, -2, 2, 2));
            return;
        }
        const Layout::Lane &lane = m_layout.lanes()[item.lane];
        painter.drawEllipse(
            QPointF(m_layout.xOf(double(item.timeMs)), lane.top + lane.height / 2.0), radius,
            radius);
    };
    const QPen pinned(QColor(0xf0, 0xa2, 0x02), 2);
    for (const int index : m_layout.pinned()) { // few: a pinned event is a decision someone made
        if (double(m_layout.item(index).timeMs) > m_layout.to()) {
            break;
        }
        ring(index, pinned, 7);
    }
    if (m_selectedIndex >= 0) {
        ring(m_selectedIndex, QPen(palette().color(QPalette::Highlight), 2), 9);
    }
}

} // namespace opsdeck::ui
