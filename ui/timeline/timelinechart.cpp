#include "timeline/timelinechart.h"

#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace opsdeck::ui {

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
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
    return {240, 90}; // lanes scroll; the dock may be short on a laptop screen
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
    const bool following = showsNewest();
    m_layout.addEvents(events);
    eventsChanged();
    if (following) {
        showNewest();
    }
    update();
}

bool TimelineChart::showsNewest() const
{
    return m_layout.count() == 0 ||
           double(m_layout.entry(m_layout.count() - 1).timeMs) <= m_layout.to();
}

void TimelineChart::showNewest()
{
    if (m_layout.count() == 0) {
        return;
    }
    const double newest = double(m_layout.entry(m_layout.count() - 1).timeMs);
    const double span = m_layout.to() - m_layout.from();
    if (span <= 0 || newest <= m_layout.to() - span * 0.02) {
        return; // in view already, not squeezed against the edge
    }
    const double to = newest + span * 0.05; // a little room after it
    rangeChanged(layout().setRange(to - span, to));
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
    m_painter.prepare(palette(), devicePixelRatioF());
    updateAccessibleDescription();
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
    return index < 0 ? QString() : TimelineChartPainter::toolTip(m_layout, index, m_utc, now());
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
        m_painter.prepare(palette(), devicePixelRatioF());
        update();
        break;
    default:
        break;
    }
}

// --- painting ----------------------------------------------------------------------------

void TimelineChart::paintEvent(QPaintEvent *)
{
    const TimelineChartLayout &geometry = layout();
    QPainter painter(this);
    m_painter.paint(painter, geometry,
                    {.rect = rect(),
                     .palette = palette(),
                     .font = font(),
                     .locale = locale(),
                     .pixelRatio = devicePixelRatioF(),
                     .nowMs = now(),
                     .utc = m_utc,
                     .selectedIndex = m_selectedIndex,
                     .focused = hasFocus()});
}

} // namespace opsdeck::ui
