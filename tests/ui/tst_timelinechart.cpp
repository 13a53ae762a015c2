#include "timeline/timelinechart.h"
#include "timeline/timelinechartpainter.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace opsdeck;
using opsdeck::ui::TimelineChart;
using opsdeck::ui::TimelineModel;

namespace {

// An hour ago, so that an alert still firing reaches "now" to the right of everything.
const QDateTime Start = QDateTime::currentDateTimeUtc().addSecs(-3600);

TimelineEvent makeEvent(const QString &id, int seconds, TimelineEvent::Type type,
                        const QString &text, Json payload = Json::object())
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

QList<TimelineEvent> sampleEvents()
{
    using Type = TimelineEvent::Type;
    TimelineEvent corrected = makeEvent(QStringLiteral("typo"), 500, Type::Note,
                                        QStringLiteral("Failover done at 05:10"));
    TimelineEvent correction =
        makeEvent(QStringLiteral("fix"), 800, Type::Note, QStringLiteral("Failover done at 05:12"));
    correction.correctsId = QStringLiteral("typo");
    return {
        makeEvent(QStringLiteral("fired"), 60, Type::AlertFired, QStringLiteral("HighLatency"),
                  {{"fingerprint", "abc"}, {"alertname", "HighLatency"}, {"severity", "critical"}}),
        makeEvent(QStringLiteral("status"), 120, Type::StatusChanged, QStringLiteral("Mitigated"),
                  {{"from", "triage"}, {"to", "mitigated"}}),
        makeEvent(QStringLiteral("note"), 300, Type::Note,
                  QStringLiteral("Checking the connection pool")),
        makeEvent(QStringLiteral("step"), 400, Type::RunbookStep, QStringLiteral("Restart"),
                  {{"runbook", "db.md"}, {"step", 0}, {"stepTitle", "Restart"}, {"state", "done"}}),
        corrected,
        makeEvent(QStringLiteral("resolved"), 600, Type::AlertResolved,
                  QStringLiteral("HighLatency resolved"),
                  {{"fingerprint", "abc"}, {"alertname", "HighLatency"}}),
        makeEvent(QStringLiteral("firing"), 700, Type::AlertFired, QStringLiteral("DiskFull"),
                  {{"fingerprint", "def"}, {"alertname", "DiskFull"}, {"severity", "warning"}}),
        correction,
    };
}

double seconds(const QPair<QDateTime, QDateTime> &range)
{
    return double(range.first.msecsTo(range.second)) / 1000;
}

} // namespace

class TimelineChartTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TimelineChart> m_chart;

    void showChart()
    {
        m_chart = std::make_unique<TimelineChart>();
        m_chart->resize(1000, 300);
        m_chart->setEvents(sampleEvents());
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->setVisibleRange(Start, Start.addSecs(1200));
    }

private Q_SLOTS:
    void init() { showChart(); }
    void cleanup() { m_chart.reset(); }

    void statusLabelsNeverOverlap()
    {
        using Label = opsdeck::ui::TimelineChartPainter::MarkerLabel;
        // Declared and triaged a second apart, then identified far right, then two more close
        // together: the newest of each cluster is named; labels of other lanes do not matter.
        const QList<Label> labels{{100, 40, 0}, {104, 60, 0}, {400, 60, 0},
                                  {600, 70, 0}, {620, 60, 0}, {110, 50, 1}};
        QCOMPARE(opsdeck::ui::TimelineChartPainter::shownLabels(labels), (QList<int>{1, 2, 4, 5}));
        // A label too long for the room before the next marker gives way to that marker's.
        QCOMPARE(opsdeck::ui::TimelineChartPainter::shownLabels({{100, 200, 0}, {250, 40, 0}}),
                 QList<int>{1});
        QCOMPARE(opsdeck::ui::TimelineChartPainter::shownLabels({{100, 100, 0}, {250, 40, 0}}),
                 (QList<int>{0, 1}));
    }

    void followsNewEventsOnlyWhileTheNewestIsInView()
    {
        m_chart->fitAll();
        const QDateTime before = m_chart->visibleRange().second;
        QVERIFY(m_chart->showsNewest());
        // An event well after the visible end: the range moves to show it, span kept.
        const qint64 span = m_chart->visibleRange().first.msecsTo(before);
        TimelineEvent later = makeEvent(QStringLiteral("later"), 0, TimelineEvent::Type::Note,
                                        QStringLiteral("late note"));
        later.time = before.addMSecs(span);
        m_chart->addEvents({later});
        QVERIFY(m_chart->visibleRange().second >= later.time);
        QVERIFY(qAbs(m_chart->visibleRange().first.msecsTo(m_chart->visibleRange().second) -
                     span) <= 1); // to the millisecond
        // The reader looks back in time: the next event does not pull the range along.
        m_chart->panBy(-double(m_chart->width()));
        QVERIFY(!m_chart->showsNewest());
        const auto looking = m_chart->visibleRange();
        TimelineEvent latest = later;
        latest.id = QStringLiteral("latest");
        latest.time = later.time.addSecs(60);
        m_chart->addEvents({latest});
        QCOMPARE(m_chart->visibleRange(), looking);
        m_chart->showNewest();
        QVERIFY(m_chart->visibleRange().second >= latest.time);
    }

    void hasALanePerPresentType()
    {
        QCOMPARE(m_chart->laneLabels(),
                 (QStringList{QStringLiteral("Alerts"), QStringLiteral("Status changed"),
                              QStringLiteral("Note"), QStringLiteral("Runbook step")}));
        QVERIFY(!m_chart->accessibleName().isEmpty());
        QVERIFY(m_chart->accessibleDescription().startsWith(QStringLiteral("8 event")));
        QVERIFY(m_chart->markerPos(QStringLiteral("status")).y() > m_chart->laneRect(0).bottom());
    }

    void alertBarSpansFiredToResolved()
    {
        const QRectF bar = m_chart->barRect(QStringLiteral("fired"));
        QVERIFY(!bar.isEmpty());
        const double fired = m_chart->markerPos(QStringLiteral("fired")).x();
        const double resolved = m_chart->markerPos(QStringLiteral("resolved")).x();
        const double note = m_chart->markerPos(QStringLiteral("note")).x();
        QCOMPARE(qRound(bar.left()), qRound(fired));
        QCOMPARE(qRound(bar.right()), qRound(resolved));
        // 540 s of alert against 240 s from firing to the note.
        QVERIFY(qAbs((bar.width() / (note - fired)) - 540.0 / 240.0) < 0.02);
        QVERIFY(m_chart->laneRect(0).contains(bar));
        // The resolution names the same bar; other events have none.
        QCOMPARE(m_chart->barRect(QStringLiteral("resolved")), bar);
        QVERIFY(m_chart->barRect(QStringLiteral("note")).isEmpty());
        // Still firing: the bar runs to now, past the visible range.
        QVERIFY(m_chart->barRect(QStringLiteral("firing")).right() > m_chart->width());
    }

    void wheelZoomsAroundTheCursor()
    {
        const QPointF note = m_chart->markerPos(QStringLiteral("note"));
        const double before = seconds(m_chart->visibleRange());
        QWheelEvent wheel(note, m_chart->mapToGlobal(note), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_chart.get(), &wheel);
        QVERIFY(seconds(m_chart->visibleRange()) < before * 0.9);
        QVERIFY(qAbs(m_chart->markerPos(QStringLiteral("note")).x() - note.x()) < 0.5);
        // And out again.
        QWheelEvent out(note, m_chart->mapToGlobal(note), QPoint(), QPoint(0, -240), Qt::NoButton,
                        Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_chart.get(), &out);
        QVERIFY(seconds(m_chart->visibleRange()) > before);
        QVERIFY(qAbs(m_chart->markerPos(QStringLiteral("note")).x() - note.x()) < 0.5);
    }

    void dragPans()
    {
        const QPointF note = m_chart->markerPos(QStringLiteral("note"));
        const double span = seconds(m_chart->visibleRange());
        const QPoint from(600, 5); // over the axis: no event there
        QSignalSpy selections(m_chart.get(), &TimelineChart::eventSelected);
        QTest::mousePress(m_chart.get(), Qt::LeftButton, {}, from);
        for (const int x : {620, 660, 700}) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 5), m_chart->mapToGlobal(QPointF(x, 5)),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(m_chart.get(), &move);
        }
        QTest::mouseRelease(m_chart.get(), Qt::LeftButton, {}, QPoint(700, 5));
        QVERIFY(qAbs(m_chart->markerPos(QStringLiteral("note")).x() - (note.x() + 100)) < 0.5);
        QCOMPARE(seconds(m_chart->visibleRange()), span);
        QCOMPARE(selections.size(), 0); // a drag is not a click
    }

    void clickingAMarkerSelectsItsEvent()
    {
        QSignalSpy selections(m_chart.get(), &TimelineChart::eventSelected);
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {},
                          m_chart->markerPos(QStringLiteral("status")).toPoint());
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.at(0).at(0).toString(), QStringLiteral("status"));
        QCOMPARE(m_chart->selectedEventId(), QStringLiteral("status"));
        // A bar is hit anywhere along it.
        const QRectF bar = m_chart->barRect(QStringLiteral("fired"));
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, bar.center().toPoint());
        QCOMPARE(selections.last().at(0).toString(), QStringLiteral("fired"));
        // Nothing there: the selection goes.
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, QPoint(990, 295));
        QCOMPARE(selections.last().at(0).toString(), QString());
    }

    void selectingAnEventOffScreenBringsItIntoView()
    {
        m_chart->setVisibleRange(Start.addSecs(1000), Start.addSecs(1100));
        QSignalSpy selections(m_chart.get(), &TimelineChart::eventSelected);
        m_chart->setSelectedEventId(QStringLiteral("note"));
        const auto range = m_chart->visibleRange();
        const QDateTime note = Start.addSecs(300);
        QVERIFY(range.first <= note && note <= range.second);
        QCOMPARE(seconds(range), 100.0);
        QCOMPARE(m_chart->selectedEventId(), QStringLiteral("note"));
        QCOMPARE(selections.size(), 0);
        // Already visible: the range stays.
        m_chart->setVisibleRange(Start.addSecs(200), Start.addSecs(450));
        m_chart->setSelectedEventId(QStringLiteral("step"));
        QCOMPARE(m_chart->visibleRange(), qMakePair(Start.addSecs(200), Start.addSecs(450)));
    }

    void hoverShowsTheEvent()
    {
        const QPoint pos = m_chart->markerPos(QStringLiteral("note")).toPoint();
        QVERIFY(m_chart->toolTipAt(pos).contains(QStringLiteral("Checking the connection pool")));
        QHelpEvent help(QEvent::ToolTip, pos, m_chart->mapToGlobal(pos));
        QApplication::sendEvent(m_chart.get(), &help);
        QVERIFY(QToolTip::text().contains(QStringLiteral("Checking the connection pool")));
        QVERIFY(m_chart->toolTipAt(m_chart->markerPos(QStringLiteral("typo")))
                    .contains(QStringLiteral("corrected: Failover done at 05:12")));
        QVERIFY(m_chart->toolTipAt(m_chart->barRect(QStringLiteral("fired")).center())
                    .contains(QStringLiteral("HighLatency")));
        QVERIFY(m_chart->toolTipAt(QPointF(990, 295)).isEmpty());
    }

    void correctedEventsAreHollow()
    {
        const QImage image = m_chart->grab().toImage();
        const QPoint filled = m_chart->markerPos(QStringLiteral("note")).toPoint();
        const QPoint hollow = m_chart->markerPos(QStringLiteral("typo")).toPoint();
        QCOMPARE(image.pixelColor(filled), TimelineModel::typeColor(TimelineEvent::Type::Note));
        QCOMPARE(image.pixelColor(hollow), m_chart->palette().color(QPalette::Base));
    }

    void keysZoomPanAndFit()
    {
        m_chart->setFocus();
        const double span = seconds(m_chart->visibleRange());
        QTest::keyClick(m_chart.get(), Qt::Key_Plus);
        QVERIFY(qAbs(seconds(m_chart->visibleRange()) - span * 0.8) < 0.01);
        const QDateTime from = m_chart->visibleRange().first;
        QTest::keyClick(m_chart.get(), Qt::Key_Right);
        QVERIFY(m_chart->visibleRange().first > from);
        QTest::keyClick(m_chart.get(), Qt::Key_Home);
        const auto all = m_chart->visibleRange();
        QVERIFY(all.first < Start.addSecs(60));
        QVERIFY(all.second >= QDateTime::currentDateTimeUtc().addSecs(-1)); // the open alert
    }

    void newEventsKeepTheRange()
    {
        const auto range = m_chart->visibleRange();
        m_chart->addEvents(
            {makeEvent(QStringLiteral("late"), 200, TimelineEvent::Type::RoleAssigned,
                       QStringLiteral("bob is incident commander"))});
        QCOMPARE(m_chart->visibleRange(), range);
        QCOMPARE(m_chart->laneLabels().size(), 5);
        QVERIFY(m_chart->eventIdAt(m_chart->markerPos(QStringLiteral("late"))) ==
                QStringLiteral("late"));
        TimelineEvent pinned = sampleEvents().at(2);
        pinned.pinned = true;
        m_chart->updateEvent(pinned);
        QVERIFY(m_chart->toolTipAt(m_chart->markerPos(QStringLiteral("note")))
                    .contains(QStringLiteral("Pinned")));
    }
};

QTEST_MAIN(TimelineChartTest)
#include "tst_timelinechart.moc"
