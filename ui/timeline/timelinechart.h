#pragma once

#include "model/timelineevent.h"
#include "timeline/timelinechartlayout.h"
#include "timeline/timelinechartpainter.h"

#include <QWidget>

namespace opsdeck::ui {

// One incident's timeline drawn over time: a lane per event type that occurs (alerts fired and
// resolved share one), alerts as bars from firing to resolution (to "now", open-ended, while
// firing), status changes as labelled markers and every other event as a dot. Pinned events
// are ringed, corrected ones hollow. The wheel zooms around the cursor, dragging pans, a
// double click shows everything; + − ← → Home do the same from the keyboard.
//
// Where everything goes is a TimelineChartLayout's (compact time-sorted items prepared when
// events arrive) and how it looks a TimelineChartPainter's; this widget holds what the user
// changes (the visible range, the selection, local time or UTC), turns input into those changes
// and hands the painter a frame.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    // Replaces the events (another incident) and shows all of them.
    void setEvents(const QList<TimelineEvent> &events);
    // New events at their time-ordered place. When the newest event was in view the range
    // moves to keep the newest in view (following); otherwise it stays where the user put it.
    void addEvents(const QList<TimelineEvent> &events);
    // Whether the newest event is in view (and new ones will be followed).
    bool showsNewest() const;
    // Moves the range, keeping its span, so that the newest event is in view at the right.
    void showNewest();
    void updateEvent(const TimelineEvent &event);
    int eventCount() const { return m_layout.count(); }

    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }

    void setVisibleRange(const QDateTime &from, const QDateTime &to);
    QPair<QDateTime, QDateTime> visibleRange() const;
    void fitAll();
    // Zooms by `factor` (< 1 zooms in) keeping the time at `x` where it is.
    void zoomAt(double x, double factor);
    void panBy(double pixels); // positive: later times come into view

    // Selects the event (empty: none) and scrolls it into view if it is off-screen. Does not
    // emit eventSelected: that is for the user's clicks.
    void setSelectedEventId(const QString &id);
    QString selectedEventId() const { return m_selectedId; }

    // The lanes' labels, top to bottom.
    QStringList laneLabels() const;
    QRectF laneRect(int lane) const;
    // Where an event is drawn, in widget coordinates: an alert's bar (empty for other events)
    // and a dot's or marker's centre (a bar's start). For tests and accessibility.
    QRectF barRect(const QString &eventId) const;
    QPointF markerPos(const QString &eventId) const;
    // The event drawn at `pos`, or an empty id.
    QString eventIdAt(const QPointF &pos) const;
    // What hovering `pos` shows (plain text; empty over nothing).
    QString toolTipAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void eventSelected(const QString &id); // by a click; empty when clicking nothing
    void visibleRangeChanged(const QDateTime &from, const QDateTime &to);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The layout at the widget's width now (a hidden widget's resize() comes before its
    // resize event).
    const TimelineChartLayout &layout() const;
    TimelineChartLayout &layout();
    void eventsChanged();
    void rangeChanged(bool changed);
    void updateAccessibleDescription();
    double now() const;

    mutable TimelineChartLayout m_layout; // see layout()
    TimelineChartPainter m_painter;

    bool m_utc = false;
    QString m_selectedId;
    int m_selectedIndex = -1; // the selected item

    QPoint m_pressPos;
    double m_pressFrom = 0;
    double m_pressTo = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace opsdeck::ui
