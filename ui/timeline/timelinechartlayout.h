#pragma once

#include "model/timelineevent.h"
#include "timeline/timelineviewrange.h"

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <array>
#include <vector>

namespace opsdeck::ui {

// Where TimelineChart draws each event, and which event is under a point, without drawing: one
// incident's events as time-sorted compact items (lane, milliseconds, bar end) prepared when
// events arrive; a lane per event type that occurs (alerts fired and resolved share one, where
// an alert is a bar from firing to resolution and overlapping alerts take rows); the visible
// range and the mapping between time and x. It measures text in a font, knows the chart's width,
// and is told "now" (where an alert still firing ends). Times are milliseconds since the epoch;
// positions are the chart's coordinates.
class TimelineChartLayout : public TimelineViewRange {
    Q_DECLARE_TR_FUNCTIONS(opsdeck::ui::TimelineChartLayout)
public:
    static constexpr int TypeCount = int(TimelineEvent::Type::Custom) + 1;
    // Colour indexes: one per type, then critical, error, warning, info for alerts.
    static constexpr int SeverityColours = 4;
    static constexpr int MaxLanes = 16;
    static constexpr int MaxBarRows = 6;

    enum class Kind : quint8 { Dot, Marker, Bar, BarEnd };
    enum Flag : quint8 { Pinned = 1, Corrected = 2, Open = 4 };

    // One event as drawn: item(i) is entry(i).
    struct Item {
        qint64 timeMs = 0;
        qint64 endMs = 0; // a bar's resolution (or its fired time while open); else timeMs
        int partner = -1; // bar <-> its end: the other item
        quint8 lane = 0;
        quint8 row = 0; // a bar's row inside the alerts lane
        Kind kind = Kind::Dot;
        quint8 flags = 0;
        quint8 colour = 0; // see TypeCount and SeverityColours
    };
    // An event and what it contributes, read from its payload once when it arrives.
    struct Entry {
        TimelineEvent event;
        qint64 timeMs = 0;
        QString fingerprint; // alerts
        QString label;       // status markers: the new status
        int labelWidth = 0;  // of `label`, in the layout's font
        quint8 colour = 0;
    };
    struct Lane {
        TimelineEvent::Type type;
        QString label;
        int top = 0;
        int height = 0;
    };

    TimelineChartLayout();

    // Replaces the events (another incident).
    void setEvents(const QList<TimelineEvent> &events);
    // New events at their time-ordered place; known ones are replaced.
    void addEvents(const QList<TimelineEvent> &events);
    // False for an event not shown.
    bool updateEvent(const TimelineEvent &event);
    // Label widths and lane heights in this font; every event and lane label is read again (in
    // the current language, too).
    void setFont(const QFont &font);

    int count() const { return int(m_events.size()); }
    // The event's index, -1 for none.
    int indexOf(const QString &eventId) const;
    const Entry &entry(int index) const { return m_events[std::size_t(index)]; }
    const Item &item(int index) const { return m_items[std::size_t(index)]; }
    const std::vector<qint64> &times() const { return m_times; } // by index, for binary search
    const std::vector<int> &bars() const { return m_bars; }      // indexes of bars, by start
    // The latest end of bars()[0..i] (open: the largest qint64).
    const std::vector<qint64> &barEndsSoFar() const { return m_barEndsSoFar; }
    const std::vector<int> &pinned() const { return m_pinned; } // indexes, by time
    const std::vector<Lane> &lanes() const { return m_lanes; }

    // The lanes' labels, top to bottom.
    QStringList laneLabels() const;
    QRectF laneRect(int lane) const;
    int laneAt(double y) const;
    int labelWidth() const { return m_labelWidth; }
    int axisHeight() const { return m_axisHeight; }

    // The visible range (see TimelineViewRange): every event (an open alert up to `nowMs`)
    // with a margin; the last hour without events.
    bool fitAll(double nowMs);

    // Where an item is drawn: a bar's row, a bar (open: up to `nowMs`).
    double rowY(const Item &item) const;
    QRectF barRectOf(const Item &item, double nowMs) const;
    // An alert's bar (empty for other events) and a dot's or marker's centre (a bar's start).
    QRectF barRect(const QString &eventId, double nowMs) const;
    QPointF markerPos(const QString &eventId) const;
    // The event drawn at `pos`: a dot, marker or bar end within a few pixels, the nearest;
    // else the bar under it drawn last. -1 (an empty id) for none.
    int itemAt(const QPointF &pos, double nowMs) const;
    QString eventIdAt(const QPointF &pos, double nowMs) const;

private:
    Entry entryOf(const TimelineEvent &event) const;
    void insertSorted(const QList<TimelineEvent> &events);
    void rebuild();
    void measure();

    QFont m_font;
    std::vector<Entry> m_events;        // by time, then id
    std::vector<Item> m_items;          // parallel to m_events
    std::vector<qint64> m_times;        // the items' times
    std::vector<int> m_bars;            // items that are bars, by start
    std::vector<qint64> m_barEndsSoFar; // the latest end of m_bars[0..i] (open: max)
    std::vector<int> m_pinned;          // items, drawn last so nothing hides them
    std::vector<Lane> m_lanes;
    std::array<int, TypeCount> m_laneOfType{};
    int m_barRows = 1;
    int m_labelWidth = 90;
    int m_axisHeight = 24;
};

} // namespace opsdeck::ui
