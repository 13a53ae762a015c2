// TimelineChart's geometry, hit tests, tooltips and input (data and range: timelinechart.cpp;
// painting: timelinechartpaint.cpp).
#include "common/duration.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace opsdeck::ui {

// --- geometry ----------------------------------------------------------------------------

QStringList TimelineChart::laneLabels() const
{
    QStringList labels;
    for (const Lane &lane : m_lanes) {
        labels.append(lane.label);
    }
    return labels;
}

QRectF TimelineChart::laneRect(int lane) const
{
    if (lane < 0 || lane >= int(m_lanes.size())) {
        return {};
    }
    const Lane &found = m_lanes[std::size_t(lane)];
    return {0, double(found.top), double(width()), double(found.height)};
}

int TimelineChart::laneAt(double y) const
{
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        if (y >= m_lanes[lane].top && y < m_lanes[lane].top + m_lanes[lane].height) {
            return int(lane);
        }
    }
    return -1;
}

double TimelineChart::rowY(const Item &item) const
{
    return m_lanes[item.lane].top + 4 + item.row * 10;
}

QRectF TimelineChart::barRectOf(const Item &item, double nowMs) const
{
    const double end =
        (item.flags & Open) != 0 ? std::max(nowMs, double(item.timeMs)) : double(item.endMs);
    const double left = xOf(double(item.timeMs));
    return {left, rowY(item), std::max(xOf(end) - left, 2.0), 7};
}

QRectF TimelineChart::barRect(const QString &eventId) const
{
    const int index = itemOf(eventId);
    if (index < 0) {
        return {};
    }
    const Item &item = m_items[std::size_t(index)];
    if (item.kind == Kind::Bar) {
        return barRectOf(item, now());
    }
    if (item.kind == Kind::BarEnd) {
        return barRectOf(m_items[std::size_t(item.partner)], now());
    }
    return {};
}

QPointF TimelineChart::markerPos(const QString &eventId) const
{
    const int index = itemOf(eventId);
    if (index < 0) {
        return {};
    }
    const Item &item = m_items[std::size_t(index)];
    const Lane &lane = m_lanes[item.lane];
    const double y = item.kind == Kind::Bar || item.kind == Kind::BarEnd
                         ? rowY(item) + 3.5
                         : lane.top + lane.height / 2.0;
    return {xOf(double(item.timeMs)), y};
}

int TimelineChart::itemAt(const QPointF &pos) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0 || pos.x() < plotLeft()) {
        return -1;
    }
    // Dots, markers and bar ends within a few pixels; the nearest wins.
    const auto first =
        std::lower_bound(m_times.begin(), m_times.end(), qint64(timeAt(pos.x() - 6)));
    const auto last = std::upper_bound(m_times.begin(), m_times.end(), qint64(timeAt(pos.x() + 6)));
    int best = -1;
    double bestDistance = 7 * 7;
    for (auto it = first; it != last; ++it) {
        const std::size_t index = std::size_t(it - m_times.begin());
        const Item &item = m_items[index];
        if (item.lane != lane || item.kind == Kind::Bar) {
            continue;
        }
        const QPointF centre = markerPos(m_events[index].event.id);
        const QPointF delta = centre - pos;
        const double distance = delta.x() * delta.x() + delta.y() * delta.y();
        if (distance <= bestDistance) {
            best = int(index);
            bestDistance = distance;
        }
    }
    if (best >= 0 || m_lanes[std::size_t(lane)].type != TimelineEvent::Type::AlertFired) {
        return best;
    }
    // A bar under the pointer: the last drawn wins, as it is on top.
    const double time = timeAt(pos.x());
    const double nowMs = now();
    const auto from = std::lower_bound(m_barEndsSoFar.begin(), m_barEndsSoFar.end(),
                                       qint64(time) - qint64((m_to - m_from) / plotWidth() * 3));
    for (auto it = m_bars.begin() + (from - m_barEndsSoFar.begin()); it != m_bars.end(); ++it) {
        const Item &item = m_items[std::size_t(*it)];
        if (double(item.timeMs) > time + (m_to - m_from) / plotWidth() * 3) {
            break;
        }
        if (barRectOf(item, nowMs).adjusted(-2, -2, 2, 2).contains(pos)) {
            best = *it;
        }
    }
    return best;
}

QString TimelineChart::eventIdAt(const QPointF &pos) const
{
    const int index = itemAt(pos);
    return index < 0 ? QString() : m_events[std::size_t(index)].event.id;
}

QString TimelineChart::toolTipOf(int index) const
{
    const TimelineEvent &event = m_events[std::size_t(index)].event;
    const Item &item = m_items[std::size_t(index)];
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
    const Item &bar = item.kind == Kind::BarEnd ? m_items[std::size_t(item.partner)] : item;
    if (item.kind == Kind::Bar || item.kind == Kind::BarEnd) {
        const qint64 seconds =
            ((bar.flags & Open) != 0 ? qint64(now()) : bar.endMs) / 1000 - bar.timeMs / 1000;
        lines.append((bar.flags & Open) != 0
                         ? tr("Still firing, for %1").arg(formatDuration(seconds))
                         : tr("Fired for %1").arg(formatDuration(seconds)));
    }
    if ((item.flags & Corrected) != 0) {
        for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
            if (it->event.correctsId == event.id) {
                lines.append(tr("corrected: %1").arg(TimelineModel::summary(it->event)));
                break;
            }
        }
    }
    if ((item.flags & Pinned) != 0) {
        lines.append(tr("Pinned"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineChart::toolTipAt(const QPointF &pos) const
{
    const int index = itemAt(pos);
    return index < 0 ? QString() : toolTipOf(index);
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
    update();
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (std::abs(delta.x()) > std::abs(delta.y())) {
        panBy(-delta.x() / 120.0 * plotWidth() * 0.1);
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
    m_pressFrom = m_from;
    m_pressTo = m_to;
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
    const double shift = -dx * (m_pressTo - m_pressFrom) / plotWidth();
    setRange(m_pressFrom + shift, m_pressTo + shift);
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
    m_selectedIndex = itemAt(event->position());
    m_selectedId =
        m_selectedIndex < 0 ? QString() : m_events[std::size_t(m_selectedIndex)].event.id;
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
    const double centre = plotLeft() + plotWidth() / 2;
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
        panBy(-plotWidth() * 0.1);
        break;
    case Qt::Key_Right:
        panBy(plotWidth() * 0.1);
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
        for (std::size_t i = 0; i < m_events.size(); ++i) {
            m_events[i] = entryOf(m_events[i].event); // label widths in the new font
        }
        rebuild();
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

} // namespace opsdeck::ui
