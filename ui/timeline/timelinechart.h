#pragma once

#include "model/timelineevent.h"

#include <QBrush>
#include <QPen>
#include <QPixmap>
#include <QWidget>

#include <array>
#include <vector>

namespace opsdeck::ui {

// One incident's timeline drawn over time: a lane per event type that occurs (alerts fired and
// resolved share one), alerts as bars from firing to resolution (to "now", open-ended, while
// firing), status changes as labelled markers and every other event as a dot. Pinned events
// are ringed, corrected ones hollow. The wheel zooms around the cursor, dragging pans, a
// double click shows everything; + − ← → Home do the same from the keyboard.
//
// Painting stays cheap with 10,000 events: events are kept as time-sorted compact items (lane,
// milliseconds, bar end) prepared when events arrive; a frame binary-searches the visible range
// and draws at most one dot per lane and pixel column.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    // Replaces the events (another incident) and shows all of them.
    void setEvents(const QList<TimelineEvent> &events);
    // New events at their time-ordered place; the visible range stays.
    void addEvents(const QList<TimelineEvent> &events);
    void updateEvent(const TimelineEvent &event);
    int eventCount() const { return int(m_events.size()); }

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
    enum class Kind : quint8 { Dot, Marker, Bar, BarEnd };
    enum Flag : quint8 { Pinned = 1, Corrected = 2, Open = 4 };
    static constexpr int MaxLanes = 16;
    static constexpr int MaxBarRows = 6;

    // One event as painted: m_items[i] is m_events[i].
    struct Item {
        qint64 timeMs = 0;
        qint64 endMs = 0; // a bar's resolution (or its fired time while open); else timeMs
        int partner = -1; // bar <-> its end: the other item
        quint8 lane = 0;
        quint8 row = 0; // a bar's row inside the alerts lane
        Kind kind = Kind::Dot;
        quint8 flags = 0;
        quint8 colour = 0; // index into m_colours
    };
    // An event and what it contributes, read from its payload once when it arrives.
    struct Entry {
        TimelineEvent event;
        qint64 timeMs = 0;
        QString fingerprint; // alerts
        QString label;       // status markers: the new status
        int labelWidth = 0;  // of `label`, in the widget's font
        quint8 colour = 0;
    };

    void insertSorted(const QList<TimelineEvent> &events);
    Entry entryOf(const TimelineEvent &event) const;
    void rebuild();
    void updateLayout();
    void rebuildSprites();
    void updateAccessibleDescription();
    void setRange(double from, double to, bool notify = true);
    int itemOf(const QString &eventId) const;
    int itemAt(const QPointF &pos) const;
    int laneAt(double y) const;
    double xOf(double timeMs) const;
    double timeAt(double x) const;
    double plotLeft() const { return m_labelWidth; }
    double plotWidth() const;
    double now() const;
    double rowY(const Item &item) const;
    QRectF barRectOf(const Item &item, double nowMs) const;
    QString toolTipOf(int item) const;
    void paintAxis(QPainter &painter, int top, int bottom);
    void paintLanes(QPainter &painter);
    void paintBars(QPainter &painter, double nowMs);
    void paintPoints(QPainter &painter);
    void paintHighlights(QPainter &painter, double nowMs);

    std::vector<Entry> m_events;        // by time, then id
    std::vector<Item> m_items;          // parallel to m_events
    std::vector<qint64> m_times;        // the items' times, for binary search
    std::vector<int> m_bars;            // items that are bars, by start
    std::vector<qint64> m_barEndsSoFar; // the latest end of m_bars[0..i] (open: max)
    std::vector<int> m_pinned;          // items, drawn last so nothing hides them
    std::vector<QColor> m_colours;      // per type, then per severity
    std::vector<QPixmap> m_sprites;     // per colour: filled, hollow
    std::vector<QPen> m_pens;           // per colour: thin outline, thick (hollow) outline
    std::vector<QBrush> m_brushes;      // per colour

    struct Lane {
        TimelineEvent::Type type;
        QString label;
        int top = 0;
        int height = 0;
    };
    std::vector<Lane> m_lanes;
    std::array<int, int(TimelineEvent::Type::Custom) + 1> m_laneOfType{};
    int m_barRows = 1;
    int m_labelWidth = 90;
    int m_axisHeight = 24;

    double m_from = 0; // the visible range, ms since the epoch
    double m_to = 0;
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
