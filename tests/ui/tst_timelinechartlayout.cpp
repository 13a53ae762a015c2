#include "testhome.h"
#include "timeline/timelinechartlayout.h"

#include <QFont>
#include <QGuiApplication>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace opsdeck;
using opsdeck::ui::TimelineChartLayout;

namespace {

using Type = TimelineEvent::Type;

const QDateTime Start(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
const double Now = double(Start.addSecs(qint64(2) * 3600).toMSecsSinceEpoch()); // after every event

TimelineEvent makeEvent(const QString &id, int seconds, Type type, const QString &text,
                        Json payload = Json::object())
{
    TimelineEvent event;
    event.id = id;
    event.incidentId = QStringLiteral("incident-1");
    event.type = type;
    event.time = Start.addSecs(seconds);
    event.author = QStringLiteral("alice");
    event.text = text;
    event.payload = std::move(payload);
    return event;
}

TimelineEvent alert(const QString &id, int seconds, Type type, const char *fingerprint)
{
    return makeEvent(id, seconds, type, QString::fromLatin1(fingerprint),
                     {{"fingerprint", fingerprint}, {"alertname", fingerprint}});
}

// Out of order on purpose: the layout sorts by time.
QList<TimelineEvent> sampleEvents()
{
    TimelineEvent correction =
        makeEvent(QStringLiteral("fix"), 800, Type::Note, QStringLiteral("Failover at 05:12"));
    correction.correctsId = QStringLiteral("typo");
    TimelineEvent pinned =
        makeEvent(QStringLiteral("step"), 400, Type::RunbookStep, QStringLiteral("Restart"));
    pinned.pinned = true;
    return {
        correction,
        alert(QStringLiteral("fired"), 60, Type::AlertFired, "abc"),
        makeEvent(QStringLiteral("status"), 120, Type::StatusChanged, QStringLiteral("Mitigated"),
                  {{"from", "triage"}, {"to", "mitigated"}}),
        makeEvent(QStringLiteral("note"), 300, Type::Note, QStringLiteral("Checking the pool")),
        pinned,
        makeEvent(QStringLiteral("typo"), 500, Type::Note, QStringLiteral("Failover at 05:10")),
        alert(QStringLiteral("resolved"), 600, Type::AlertResolved, "abc"),
        alert(QStringLiteral("firing"), 700, Type::AlertFired, "def"), // still firing
    };
}

} // namespace

// TimelineChartLayout on its own, no widget: which lane and row each event gets, where it is
// drawn and which event a point hits.
class TimelineChartLayoutTest : public QObject {
    Q_OBJECT

private:
    // 1000 pixels wide, showing the first 1200 seconds.
    static void showSample(TimelineChartLayout &layout)
    {
        layout.setFont(QFont());
        layout.setWidth(1000);
        layout.setEvents(sampleEvents());
        layout.setRange(double(Start.toMSecsSinceEpoch()),
                        double(Start.addSecs(1200).toMSecsSinceEpoch()));
    }

private Q_SLOTS:
    void emptyInputHasNoLanesAndHitsNothing()
    {
        TimelineChartLayout layout;
        layout.setWidth(1000);
        layout.setEvents({});
        QCOMPARE(layout.count(), 0);
        QVERIFY(layout.laneLabels().isEmpty());
        QVERIFY(layout.laneRect(0).isNull());
        QCOMPARE(layout.laneAt(40), -1);
        QVERIFY(layout.bars().empty());
        QCOMPARE(layout.indexOf(QStringLiteral("anything")), -1);
        QCOMPARE(layout.indexOf(QString()), -1);
        QVERIFY(layout.barRect(QStringLiteral("anything"), Now).isNull());
        QVERIFY(layout.markerPos(QStringLiteral("anything")).isNull());
        // With nothing to show, the last hour (and a little ahead).
        QVERIFY(layout.fitAll(Now));
        QCOMPARE(layout.from(), Now - 3600.0 * 1000);
        QCOMPARE(layout.to(), Now + 300.0 * 1000);
        for (const QPointF &point : {QPointF(500, 40), QPointF(10, 10), QPointF(-5, 900)}) {
            QCOMPARE(layout.itemAt(point, Now), -1);
            QVERIFY(layout.eventIdAt(point, Now).isEmpty());
        }
    }

    void eachPresentTypeGetsALane()
    {
        TimelineChartLayout layout;
        showSample(layout);
        QCOMPARE(layout.count(), 8);
        // Alerts fired and resolved share a lane; lanes go in type order, one per type present.
        QCOMPARE(layout.laneLabels(),
                 (QStringList{QStringLiteral("Alerts"), QStringLiteral("Status changed"),
                              QStringLiteral("Note"), QStringLiteral("Runbook step")}));
        const auto laneOf = [&](const char *id) {
            return int(layout.item(layout.indexOf(QString::fromLatin1(id))).lane);
        };
        QCOMPARE(laneOf("fired"), 0);
        QCOMPARE(laneOf("resolved"), 0);
        QCOMPARE(laneOf("firing"), 0);
        QCOMPARE(laneOf("status"), 1);
        QCOMPARE(laneOf("note"), 2);
        QCOMPARE(laneOf("fix"), 2);
        QCOMPARE(laneOf("step"), 3);
        // Lanes are stacked below the axis, each where the last ended, as wide as the chart.
        int top = layout.axisHeight();
        for (int lane = 0; lane < 4; ++lane) {
            const QRectF rect = layout.laneRect(lane);
            QCOMPARE(rect.top(), double(top));
            QCOMPARE(rect.width(), 1000.0);
            QCOMPARE(layout.laneAt(rect.center().y()), lane);
            top = int(rect.bottom());
        }
        QCOMPARE(layout.laneAt(top + 1), -1);

        // Sorted by time, whatever the order given.
        QCOMPARE(layout.entry(0).event.id, QStringLiteral("fired"));
        QCOMPARE(layout.entry(7).event.id, QStringLiteral("fix"));
        QVERIFY(std::is_sorted(layout.times().begin(), layout.times().end()));

        // The alert is a bar from firing to resolution; the other one is still open.
        using Kind = TimelineChartLayout::Kind;
        const TimelineChartLayout::Item &fired =
            layout.item(layout.indexOf(QStringLiteral("fired")));
        QVERIFY(fired.kind == Kind::Bar);
        QCOMPARE(fired.endMs, Start.addSecs(600).toMSecsSinceEpoch());
        QVERIFY(layout.item(fired.partner).kind == Kind::BarEnd);
        QVERIFY((layout.item(layout.indexOf(QStringLiteral("firing"))).flags &
                 TimelineChartLayout::Open) != 0);
        QVERIFY(layout.item(layout.indexOf(QStringLiteral("status"))).kind == Kind::Marker);
        QCOMPARE(layout.entry(layout.indexOf(QStringLiteral("status"))).label,
                 QStringLiteral("mitigated"));
        QVERIFY((layout.item(layout.indexOf(QStringLiteral("typo"))).flags &
                 TimelineChartLayout::Corrected) != 0);
        QVERIFY(layout.pinned() == std::vector<int>{layout.indexOf(QStringLiteral("step"))});
    }

    void overlappingAlertsTakeRows()
    {
        TimelineChartLayout layout;
        layout.setWidth(1000);
        layout.setEvents({alert(QStringLiteral("a"), 0, Type::AlertFired, "a"),
                          alert(QStringLiteral("b"), 60, Type::AlertFired, "b"),
                          alert(QStringLiteral("a-end"), 120, Type::AlertResolved, "a"),
                          alert(QStringLiteral("c"), 180, Type::AlertFired, "c"),
                          alert(QStringLiteral("b-end"), 240, Type::AlertResolved, "b"),
                          alert(QStringLiteral("c-end"), 300, Type::AlertResolved, "c")});
        const auto rowOf = [&](const char *id) {
            return int(layout.item(layout.indexOf(QString::fromLatin1(id))).row);
        };
        QCOMPARE(rowOf("a"), 0);
        QCOMPARE(rowOf("b"), 1); // a is still firing
        QCOMPARE(rowOf("c"), 0); // a has ended
        QCOMPARE(rowOf("b-end"), 1);
        QCOMPARE(layout.laneLabels(), QStringList{QStringLiteral("Alerts")});
        QCOMPARE(layout.bars().size(), std::size_t(3));
        QCOMPARE(layout.barEndsSoFar().back(), Start.addSecs(300).toMSecsSinceEpoch());

        // Fired again without a resolution: the earlier bar ends there.
        layout.addEvents({alert(QStringLiteral("again"), 400, Type::AlertFired, "c"),
                          alert(QStringLiteral("again2"), 500, Type::AlertFired, "c")});
        const TimelineChartLayout::Item &again =
            layout.item(layout.indexOf(QStringLiteral("again")));
        QCOMPARE(again.endMs, Start.addSecs(500).toMSecsSinceEpoch());
        QCOMPARE(again.flags & TimelineChartLayout::Open, 0);
    }

    void hitTestFindsTheEventUnderAPoint()
    {
        TimelineChartLayout layout;
        showSample(layout);
        for (const char *id : {"status", "note", "step", "typo", "fix", "resolved"}) {
            const QString eventId = QString::fromLatin1(id);
            const QPointF centre = layout.markerPos(eventId);
            QCOMPARE(layout.eventIdAt(centre, Now), eventId);
            QCOMPARE(layout.eventIdAt(centre + QPointF(3, -3), Now), eventId); // a few pixels off
        }
        // Dots sit at their time: 300 s of 1200 across the plot.
        const QPointF note = layout.markerPos(QStringLiteral("note"));
        QCOMPARE(note.x(), layout.plotLeft() + layout.plotWidth() * 300 / 1200);
        QCOMPARE(layout.timeAt(note.x()), double(Start.addSecs(300).toMSecsSinceEpoch()));

        // A bar is hit anywhere along it; its rectangle spans firing to resolution.
        const QRectF bar = layout.barRect(QStringLiteral("fired"), Now);
        QCOMPARE(layout.barRect(QStringLiteral("resolved"), Now), bar);
        QVERIFY(layout.barRect(QStringLiteral("note"), Now).isNull());
        QCOMPARE(bar.left(), layout.xOf(double(Start.addSecs(60).toMSecsSinceEpoch())));
        QCOMPARE(bar.right(), layout.xOf(double(Start.addSecs(600).toMSecsSinceEpoch())));
        QCOMPARE(layout.eventIdAt(bar.center(), Now), QStringLiteral("fired"));
        // An open alert runs to "now", past the visible range.
        QVERIFY(layout.barRect(QStringLiteral("firing"), Now).right() > 1000);
        QCOMPARE(layout.eventIdAt(
                     QPointF(990, layout.barRect(QStringLiteral("firing"), Now).center().y()), Now),
                 QStringLiteral("firing"));

        // Nothing there: the label column, empty stretches of a lane, below the lanes.
        QVERIFY(layout.eventIdAt(QPointF(5, note.y()), Now).isEmpty());
        QVERIFY(layout.eventIdAt(QPointF(note.x() + 100, note.y()), Now).isEmpty());
        QVERIFY(layout.eventIdAt(QPointF(note.x(), 5), Now).isEmpty()); // the axis
        QVERIFY(layout.eventIdAt(QPointF(note.x(), 2000), Now).isEmpty());
    }

    void theRangeZoomsAndPansAroundTimes()
    {
        TimelineChartLayout layout;
        showSample(layout);
        QVERIFY(!layout.setRange(layout.from(), layout.to())); // unchanged
        const double noteX = layout.markerPos(QStringLiteral("note")).x();
        QVERIFY(layout.zoomAt(noteX, 0.5));
        QCOMPARE(layout.to() - layout.from(), 600.0 * 1000);
        QVERIFY(qAbs(layout.markerPos(QStringLiteral("note")).x() - noteX) < 1e-3);
        QVERIFY(layout.panBy(layout.plotWidth() / 2)); // half a view later
        QVERIFY(qAbs(layout.markerPos(QStringLiteral("note")).x() -
                     (noteX - layout.plotWidth() / 2)) < 1e-3);
        // Spans are clamped to 50 ms at least, around the middle asked for.
        QVERIFY(layout.setRange(1000, 1010));
        QCOMPARE(layout.from(), 1005.0 - 25);
        QCOMPARE(layout.to(), 1005.0 + 25);
        // Everything, up to the open alert at "now", with a margin.
        QVERIFY(layout.fitAll(Now));
        QVERIFY(layout.from() < double(Start.addSecs(60).toMSecsSinceEpoch()));
        QVERIFY(layout.to() > Now);
    }
};

OPSDECK_TEST_MAIN_WITH(QGuiApplication, TimelineChartLayoutTest)
#include "tst_timelinechartlayout.moc"
