#include "timeline/timelinechart.h"

#include "alarms/severitystyle.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

namespace opsdeck::ui {
namespace {

constexpr int TypeCount = int(TimelineEvent::Type::Custom) + 1;
constexpr int SeverityColours = 4; // after the type colours: critical, error, warning, info
constexpr double MinSpanMs = 50;
constexpr double MaxSpanMs = 400.0 * 24 * 3600 * 1000;
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

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    for (int type = 0; type < TypeCount; ++type) {
        m_colours.push_back(TimelineModel::typeColor(TimelineEvent::Type(type)));
    }
    for (const QString &severity : SeverityStyle::standardSeverities()) {
        m_colours.push_back(SeverityStyle::color(severity));
    }
    Q_ASSERT(m_colours.size() == std::size_t(TypeCount + SeverityColours));
    setAccessibleName(tr("Incident timeline chart"));
    rebuild();
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

// --- data --------------------------------------------------------------------------------

TimelineChart::Entry TimelineChart::entryOf(const TimelineEvent &event) const
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
        entry.labelWidth = fontMetrics().horizontalAdvance(entry.label);
        break;
    default:
        break;
    }
    return entry;
}

void TimelineChart::insertSorted(const QList<TimelineEvent> &events)
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

void TimelineChart::setEvents(const QList<TimelineEvent> &events)
{
    m_events.clear();
    insertSorted(events);
    if (itemOf(m_selectedId) < 0) {
        m_selectedId.clear();
    }
    rebuild();
    fitAll();
}

void TimelineChart::addEvents(const QList<TimelineEvent> &events)
{
    QList<TimelineEvent> added;
    for (const TimelineEvent &event : events) {
        if (const int index = itemOf(event.id); index >= 0) {
            m_events[std::size_t(index)] = entryOf(event);
        } else {
            added.append(event);
        }
    }
    insertSorted(added);
    rebuild();
    update();
}

void TimelineChart::updateEvent(const TimelineEvent &event)
{
    const int index = itemOf(event.id);
    if (index < 0) {
        return;
    }
    if (m_events[std::size_t(index)].event.time != event.time) {
        m_events.erase(m_events.begin() + index);
        insertSorted({event});
    } else {
        m_events[std::size_t(index)] = entryOf(event);
    }
    rebuild();
    update();
}

int TimelineChart::itemOf(const QString &eventId) const
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

void TimelineChart::rebuild()
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
    m_selectedIndex = itemOf(m_selectedId);
    updateLayout();
    updateAccessibleDescription();
}

void TimelineChart::updateLayout()
{
    const QFontMetrics metrics = fontMetrics();
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
    rebuildSprites();
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
    if (m_events.empty()) {
        setAccessibleDescription(tr("No events."));
        return;
    }
    setAccessibleDescription(
        tr("%n event(s) from %1 to %2 in %3 lanes. The wheel or + and − zoom, dragging or the "
           "arrow keys move through time, Home shows everything.",
           nullptr, int(m_events.size()))
            .arg(TimelineModel::timeText(m_events.front().event.time, m_utc),
                 TimelineModel::timeText(m_events.back().event.time, m_utc))
            .arg(m_lanes.size()));
}

void TimelineChart::setUtc(bool utc)
{
    if (utc != m_utc) {
        m_utc = utc;
        updateAccessibleDescription();
        update();
    }
}

// --- range -------------------------------------------------------------------------------

double TimelineChart::plotWidth() const
{
    return std::max(1.0, double(width() - m_labelWidth - 8));
}

double TimelineChart::now() const
{
    return double(QDateTime::currentMSecsSinceEpoch());
}

double TimelineChart::xOf(double timeMs) const
{
    return plotLeft() + (timeMs - m_from) * plotWidth() / (m_to - m_from);
}

double TimelineChart::timeAt(double x) const
{
    return m_from + (x - plotLeft()) * (m_to - m_from) / plotWidth();
}

void TimelineChart::setRange(double from, double to, bool notify)
{
    double span = std::clamp(to - from, MinSpanMs, MaxSpanMs);
    const double centre = (from + to) / 2;
    if (to - from != span) {
        from = centre - span / 2;
        to = centre + span / 2;
    }
    if (from == m_from && to == m_to) {
        return;
    }
    m_from = from;
    m_to = to;
    update();
    if (notify) {
        Q_EMIT visibleRangeChanged(QDateTime::fromMSecsSinceEpoch(qint64(m_from), Qt::UTC),
                                   QDateTime::fromMSecsSinceEpoch(qint64(m_to), Qt::UTC));
    }
}

void TimelineChart::setVisibleRange(const QDateTime &from, const QDateTime &to)
{
    setRange(double(from.toMSecsSinceEpoch()), double(to.toMSecsSinceEpoch()));
}

QPair<QDateTime, QDateTime> TimelineChart::visibleRange() const
{
    return {QDateTime::fromMSecsSinceEpoch(qRound64(m_from), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(qRound64(m_to), Qt::UTC)};
}

void TimelineChart::fitAll()
{
    if (m_events.empty()) {
        setRange(now() - 3600.0 * 1000, now() + 300.0 * 1000);
        return;
    }
    double first = double(m_times.front());
    double last = double(m_times.back());
    if (!m_barEndsSoFar.empty()) {
        last = std::max(last,
                        m_barEndsSoFar.back() == OpenEnd ? now() : double(m_barEndsSoFar.back()));
    }
    const double margin = std::max((last - first) * 0.03, 30.0 * 1000);
    setRange(first - margin, last + margin);
}

void TimelineChart::zoomAt(double x, double factor)
{
    const double anchor = timeAt(x);
    const double span = std::clamp((m_to - m_from) * factor, MinSpanMs, MaxSpanMs);
    const double share = (anchor - m_from) / (m_to - m_from);
    setRange(anchor - share * span, anchor + (1 - share) * span);
}

void TimelineChart::panBy(double pixels)
{
    const double shift = pixels * (m_to - m_from) / plotWidth();
    setRange(m_from + shift, m_to + shift);
}

void TimelineChart::setSelectedEventId(const QString &id)
{
    const int index = itemOf(id);
    m_selectedId = index >= 0 ? id : QString();
    m_selectedIndex = index;
    if (index >= 0) {
        const double time = double(m_items[std::size_t(index)].timeMs);
        if (time < m_from || time > m_to) {
            const double span = m_to - m_from;
            setRange(time - span / 2, time + span / 2);
        }
    }
    update();
}

} // namespace opsdeck::ui
