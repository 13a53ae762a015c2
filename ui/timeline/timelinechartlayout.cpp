#include "timeline/timelinechartlayout.h"

#include "common/severitystyle.h"
#include "timeline/timelinemodel.h"

#include <QFontMetrics>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace opsdeck::ui {
namespace {

constexpr qint64 OpenEnd = std::numeric_limits<qint64>::max();

TimelineEvent::Type laneTypeOf(TimelineEvent::Type type)
{
    // Fired and resolved share the alerts lane: the bar runs from one to the other.
    return type == TimelineEvent::Type::AlertResolved ? TimelineEvent::Type::AlertFired : type;
}

QString payloadString(const Json &payload, const char *key)
{
    const auto found = payload.is_object() ? payload.find(key) : payload.end();
    if (found == payload.end() || !found->is_string()) {
        return {};
    }
    return QString::fromStdString(found->get<std::string>());
}

bool entryEarlier(qint64 aTime, const QString &aId, qint64 bTime, const QString &bId)
{
    return aTime != bTime ? aTime < bTime : aId < bId;
}

} // namespace

TimelineChartLayout::TimelineChartLayout()
{
    rebuild();
}

// --- events ------------------------------------------------------------------------------

TimelineChartLayout::Entry TimelineChartLayout::entryOf(const TimelineEvent &event) const
{
    Entry entry;
    entry.event = event;
    entry.timeMs = event.time.toMSecsSinceEpoch();
    entry.colour = quint8(event.type);
    switch (event.type) {
    case TimelineEvent::Type::AlertFired: {
        const int rank = SeverityStyle::rank(
            SeverityStyle::standardSeverity(payloadString(event.payload, "severity"), {}));
        if (rank < SeverityColours) {
            entry.colour = quint8(TypeCount + rank);
        }
        [[fallthrough]];
    }
    case TimelineEvent::Type::AlertResolved:
        entry.fingerprint = payloadString(event.payload, "fingerprint");
        if (entry.fingerprint.isEmpty()) {
            entry.fingerprint = payloadString(event.payload, "alertname");
        }
        break;
    case TimelineEvent::Type::StatusChanged:
        entry.label = payloadString(event.payload, "to");
        if (entry.label.isEmpty()) {
            entry.label = event.text;
        }
        entry.labelWidth = QFontMetrics(m_font).horizontalAdvance(entry.label);
        break;
    default:
        break;
    }
    return entry;
}

void TimelineChartLayout::insertSorted(const QList<TimelineEvent> &events)
{
    m_events.reserve(m_events.size() + std::size_t(events.size()));
    bool sorted = true;
    for (const TimelineEvent &event : events) {
        Entry entry = entryOf(event);
        if (!m_events.empty() && entryEarlier(entry.timeMs, entry.event.id, m_events.back().timeMs,
                                              m_events.back().event.id)) {
            sorted = false;
        }
        m_events.push_back(std::move(entry));
    }
    if (!sorted) {
        std::stable_sort(m_events.begin(), m_events.end(), [](const Entry &a, const Entry &b) {
            return entryEarlier(a.timeMs, a.event.id, b.timeMs, b.event.id);
        });
    }
}

void TimelineChartLayout::setEvents(const QList<TimelineEvent> &events)
{
    m_events.clear();
    insertSorted(events);
    rebuild();
}

void TimelineChartLayout::addEvents(const QList<TimelineEvent> &events)
{
    QList<TimelineEvent> added;
    for (const TimelineEvent &event : events) {
        if (const int index = indexOf(event.id); index >= 0) {
            m_events[std::size_t(index)] = entryOf(event);
        } else {
            added.append(event);
        }
    }
    insertSorted(added);
    rebuild();
}

bool TimelineChartLayout::updateEvent(const TimelineEvent &event)
{
    const int index = indexOf(event.id);
    if (index < 0) {
        return false;
    }
    if (m_events[std::size_t(index)].event.time != event.time) {
        m_events.erase(m_events.begin() + index);
        insertSorted({event});
    } else {
        m_events[std::size_t(index)] = entryOf(event);
    }
    rebuild();
    return true;
}

void TimelineChartLayout::setFont(const QFont &font)
{
    m_font = font;
    for (Entry &entry : m_events) {
        entry = entryOf(entry.event); // label widths in the new font
    }
    rebuild();
}

int TimelineChartLayout::indexOf(const QString &eventId) const
{
    if (eventId.isEmpty()) {
        return -1;
    }
    for (std::size_t i = m_events.size(); i-- > 0;) { // recent events are asked for most
        if (m_events[i].event.id == eventId) {
            return int(i);
        }
    }
    return -1;
}

void TimelineChartLayout::rebuild()
{
    const std::size_t count = m_events.size();
    m_items.assign(count, Item{});
    m_times.resize(count);
    m_bars.clear();
    m_barEndsSoFar.clear();
    m_pinned.clear();

    QSet<QString> corrected;
    std::array<bool, TypeCount> present{};
    for (const Entry &entry : m_events) {
        present[std::size_t(laneTypeOf(entry.event.type))] = true;
        if (!entry.event.correctsId.isEmpty()) {
            corrected.insert(entry.event.correctsId);
        }
    }
    m_lanes.clear();
    m_laneOfType.fill(-1);
    for (int type = 0; type < TypeCount && int(m_lanes.size()) < MaxLanes; ++type) {
        if (present[std::size_t(type)]) {
            m_laneOfType[std::size_t(type)] = int(m_lanes.size());
            m_lanes.push_back({TimelineEvent::Type(type),
                               type == int(TimelineEvent::Type::AlertFired)
                                   ? tr("Alerts")
                                   : TimelineModel::typeLabel(TimelineEvent::Type(type)),
                               0, 0});
        }
    }

    QHash<QString, int> firingByFingerprint;
    for (std::size_t i = 0; i < count; ++i) {
        const Entry &entry = m_events[i];
        Item &item = m_items[i];
        item.timeMs = entry.timeMs;
        item.endMs = entry.timeMs;
        item.lane = quint8(m_laneOfType[std::size_t(laneTypeOf(entry.event.type))]);
        item.colour = entry.colour;
        item.flags = quint8((entry.event.pinned ? Pinned : 0) |
                            (corrected.contains(entry.event.id) ? Corrected : 0));
        m_times[i] = entry.timeMs;
        switch (entry.event.type) {
        case TimelineEvent::Type::AlertFired: {
            item.kind = Kind::Bar;
            item.flags |= Open;
            int &firing = firingByFingerprint[entry.fingerprint];
            if (firing > 0) { // fired again without a resolution: the earlier bar ends here
                Item &earlier = m_items[std::size_t(firing - 1)];
                earlier.flags = quint8(earlier.flags & ~Open);
                earlier.endMs = entry.timeMs;
            }
            firing = int(i) + 1;
            break;
        }
        case TimelineEvent::Type::AlertResolved: {
            const int firing = firingByFingerprint.take(entry.fingerprint);
            if (firing > 0) {
                Item &bar = m_items[std::size_t(firing - 1)];
                bar.flags = quint8(bar.flags & ~Open);
                bar.endMs = entry.timeMs;
                bar.partner = int(i);
                item.partner = firing - 1;
                item.kind = Kind::BarEnd;
            }
            break;
        }
        case TimelineEvent::Type::StatusChanged:
            item.kind = Kind::Marker;
            break;
        default:
            break;
        }
        if (entry.event.pinned) {
            m_pinned.push_back(int(i));
        }
    }

    // Overlapping alerts take rows of the alerts lane: each the first row free at its start.
    std::array<qint64, MaxBarRows> rowEnds{};
    rowEnds.fill(std::numeric_limits<qint64>::min());
    m_barRows = 1;
    qint64 latestEnd = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < count; ++i) {
        Item &item = m_items[i];
        if (item.kind != Kind::Bar) {
            continue;
        }
        const qint64 end = (item.flags & Open) != 0 ? OpenEnd : item.endMs;
        std::size_t row = 0;
        for (std::size_t r = 0; r < rowEnds.size(); ++r) {
            if (rowEnds[r] < item.timeMs) {
                row = r;
                break;
            }
            if (rowEnds[r] < rowEnds[row]) {
                row = r; // every row is busy: the one free soonest
            }
        }
        rowEnds[row] = end;
        item.row = quint8(row);
        m_barRows = std::max(m_barRows, int(row) + 1);
        latestEnd = std::max(latestEnd, end);
        m_bars.push_back(int(i));
        m_barEndsSoFar.push_back(latestEnd);
        if (item.partner >= 0) {
            m_items[std::size_t(item.partner)].row = item.row;
        }
    }
    measure();
}

void TimelineChartLayout::measure()
{
    const QFontMetrics metrics(m_font);
    const int laneHeight = std::max(24, metrics.height() + 10);
    m_axisHeight = metrics.height() + 12;
    int width = metrics.horizontalAdvance(QStringLiteral("0000-00-00 UTC")) + 16;
    int top = m_axisHeight;
    for (Lane &lane : m_lanes) {
        lane.top = top;
        lane.height = lane.type == TimelineEvent::Type::AlertFired
                          ? std::max(laneHeight, m_barRows * 10 + 8)
                          : laneHeight;
        top += lane.height;
        width = std::max(width, metrics.horizontalAdvance(lane.label) + 20);
    }
    m_labelWidth = std::max(90, width);
    setPlotLeft(m_labelWidth);
}

// --- lanes -------------------------------------------------------------------------------

QStringList TimelineChartLayout::laneLabels() const
{
    QStringList labels;
    for (const Lane &lane : m_lanes) {
        labels.append(lane.label);
    }
    return labels;
}

QRectF TimelineChartLayout::laneRect(int lane) const
{
    if (lane < 0 || lane >= int(m_lanes.size())) {
        return {};
    }
    const Lane &found = m_lanes[std::size_t(lane)];
    return {0, double(found.top), double(width()), double(found.height)};
}

int TimelineChartLayout::laneAt(double y) const
{
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        if (y >= m_lanes[lane].top && y < m_lanes[lane].top + m_lanes[lane].height) {
            return int(lane);
        }
    }
    return -1;
}

// --- range -------------------------------------------------------------------------------

bool TimelineChartLayout::fitAll(double nowMs)
{
    if (m_events.empty()) {
        return setRange(nowMs - 3600.0 * 1000, nowMs + 300.0 * 1000);
    }
    const double first = double(m_times.front());
    double last = double(m_times.back());
    if (!m_barEndsSoFar.empty()) {
        last = std::max(last,
                        m_barEndsSoFar.back() == OpenEnd ? nowMs : double(m_barEndsSoFar.back()));
    }
    const double margin = std::max((last - first) * 0.03, 30.0 * 1000);
    return setRange(first - margin, last + margin);
}

// --- where -------------------------------------------------------------------------------

double TimelineChartLayout::rowY(const Item &item) const
{
    return m_lanes[item.lane].top + 4 + item.row * 10;
}

QRectF TimelineChartLayout::barRectOf(const Item &item, double nowMs) const
{
    const double end =
        (item.flags & Open) != 0 ? std::max(nowMs, double(item.timeMs)) : double(item.endMs);
    const double left = xOf(double(item.timeMs));
    return {left, rowY(item), std::max(xOf(end) - left, 2.0), 7};
}

QRectF TimelineChartLayout::barRect(const QString &eventId, double nowMs) const
{
    const int index = indexOf(eventId);
    if (index < 0) {
        return {};
    }
    const Item &found = item(index);
    if (found.kind == Kind::Bar) {
        return barRectOf(found, nowMs);
    }
    if (found.kind == Kind::BarEnd) {
        return barRectOf(item(found.partner), nowMs);
    }
    return {};
}

QPointF TimelineChartLayout::markerPos(const QString &eventId) const
{
    const int index = indexOf(eventId);
    if (index < 0) {
        return {};
    }
    const Item &found = item(index);
    const Lane &lane = m_lanes[found.lane];
    const double y = found.kind == Kind::Bar || found.kind == Kind::BarEnd
                         ? rowY(found) + 3.5
                         : lane.top + lane.height / 2.0;
    return {xOf(double(found.timeMs)), y};
}

int TimelineChartLayout::itemAt(const QPointF &pos, double nowMs) const
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
        const Item &candidate = m_items[index];
        if (candidate.lane != lane || candidate.kind == Kind::Bar) {
            continue;
        }
        const QPointF delta = markerPos(m_events[index].event.id) - pos;
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
    const double slack = (to() - from()) / plotWidth() * 3;
    const auto from = std::lower_bound(m_barEndsSoFar.begin(), m_barEndsSoFar.end(),
                                       qint64(time) - qint64(slack));
    for (auto it = m_bars.begin() + (from - m_barEndsSoFar.begin()); it != m_bars.end(); ++it) {
        const Item &bar = m_items[std::size_t(*it)];
        if (double(bar.timeMs) > time + slack) {
            break;
        }
        if (barRectOf(bar, nowMs).adjusted(-2, -2, 2, 2).contains(pos)) {
            best = *it;
        }
    }
    return best;
}

QString TimelineChartLayout::eventIdAt(const QPointF &pos, double nowMs) const
{
    const int index = itemAt(pos, nowMs);
    return index < 0 ? QString() : m_events[std::size_t(index)].event.id;
}

} // namespace opsdeck::ui
