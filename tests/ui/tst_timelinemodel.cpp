#include "common/timedisplay.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace opsdeck;
using opsdeck::ui::TimeDisplay;
using opsdeck::ui::TimelineFilterProxy;
using opsdeck::ui::TimelineModel;

namespace {

const QDateTime Start = QDateTime(QDate(2025, 3, 4), QTime(5, 14, 37, 123), Qt::UTC);

TimelineEvent makeEvent(const QString &id, int secondsAfterStart,
                        TimelineEvent::Type type = TimelineEvent::Type::Note,
                        const QString &author = QStringLiteral("alice"),
                        const QString &text = QString())
{
    TimelineEvent event;
    event.id = id;
    event.incidentId = QStringLiteral("incident-1");
    event.type = type;
    event.time = Start.addSecs(secondsAfterStart);
    event.author = author;
    event.text = text.isEmpty() ? QStringLiteral("text of %1").arg(id) : text;
    return event;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, 0).data(TimelineModel::EventIdRole).toString());
    }
    return result;
}

} // namespace

class TimelineModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One clock in every view: the tables', the chart's ticks and the status lines all use
    // the locale's 12- or 24-hour time, and dates have four-digit years.
    void everyClockIsTheLocales()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(TimeDisplay::timeFormat().contains(u"ap", Qt::CaseInsensitive));
        QVERIFY(TimeDisplay::dateFormat().contains(u"yyyy"));
        QCOMPARE(TimeDisplay::date(QDate(2026, 12, 31)), QStringLiteral("12/31/2026"));
        QVERIFY(TimeDisplay::dateTimeFormat().startsWith(TimeDisplay::dateFormat() + u' '));
        QVERIFY(TimeDisplay::dateTimeFormat().endsWith(TimeDisplay::timeFormat()));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(TimeDisplay::timeFormat(), QStringLiteral("HH:mm"));
        QCOMPARE(TimeDisplay::timeFormat(TimeDisplay::Precision::Seconds),
                 QStringLiteral("HH:mm:ss"));
        QCOMPARE(TimeDisplay::timeFormat(TimeDisplay::Precision::Milliseconds),
                 QStringLiteral("HH:mm:ss.zzz"));
        QCOMPARE(TimeDisplay::date(QDate(2026, 12, 31)), QStringLiteral("31.12.2026"));
        QLocale::setDefault(before);
    }

    void setEventsSortsByTime()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({makeEvent(QStringLiteral("c"), 30), makeEvent(QStringLiteral("a"), 10),
                         makeEvent(QStringLiteral("b"), 20)});
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
        QCOMPARE(model.eventAt(1).id, QStringLiteral("b"));
        QCOMPARE(model.index(0, TimelineModel::Type).data().toString(), QStringLiteral("Note"));
        QCOMPARE(model.index(0, TimelineModel::Type).data(TimelineModel::TypeRole).toString(),
                 QStringLiteral("note"));
        QVERIFY(model.index(0, TimelineModel::Type).data(Qt::DecorationRole).canConvert<QColor>());
        QCOMPARE(model.index(0, 0).data(TimelineModel::TimeRole).toDateTime(), Start.addSecs(10));
        QCOMPARE(model.index(0, TimelineModel::Author).data().toString(), QStringLiteral("alice"));

        // In a narrow list the type is its colour; its name stays in the tooltip.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCompactTypes(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0, TimelineModel::Type).data().toString().isEmpty());
        QVERIFY(model.index(0, TimelineModel::Type).data(Qt::DecorationRole).canConvert<QColor>());
        QVERIFY(model.index(0, TimelineModel::Type)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Note")));
        model.setCompactTypes(false);
        QCOMPARE(model.index(0, TimelineModel::Type).data().toString(), QStringLiteral("Note"));
    }

    void outOfOrderEventsLandSortedInGroupedInserts()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({makeEvent(QStringLiteral("e10"), 10), makeEvent(QStringLiteral("e20"), 20),
                         makeEvent(QStringLiteral("e30"), 30)});
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Two late arrivals between 10 and 20, one before everything, two at the end.
        model.addEvents({makeEvent(QStringLiteral("e40"), 40), makeEvent(QStringLiteral("e15"), 15),
                         makeEvent(QStringLiteral("e05"), 5), makeEvent(QStringLiteral("e12"), 12),
                         makeEvent(QStringLiteral("e50"), 50)});
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("e05"), QStringLiteral("e10"), QStringLiteral("e12"),
                              QStringLiteral("e15"), QStringLiteral("e20"), QStringLiteral("e30"),
                              QStringLiteral("e40"), QStringLiteral("e50")}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 3); // one per contiguous run
        QCOMPARE(inserts.at(0).at(1).toInt(), 0);
        QCOMPARE(inserts.at(0).at(2).toInt(), 0);
        QCOMPARE(inserts.at(1).at(1).toInt(), 2);
        QCOMPARE(inserts.at(1).at(2).toInt(), 3);
        QCOMPARE(inserts.at(2).at(1).toInt(), 6);
        QCOMPARE(inserts.at(2).at(2).toInt(), 7);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOf(model.eventAt(row).id), row);
        }
        // The usual case: one new event at the end.
        inserts.clear();
        model.addEvents({makeEvent(QStringLiteral("e60"), 60)});
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 8);
    }

    void correctionStrikesTheCorrectedRowThrough()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({makeEvent(QStringLiteral("wrong"), 10, TimelineEvent::Type::Note,
                                   QStringLiteral("alice"), QStringLiteral("DB failover at 5:10")),
                         makeEvent(QStringLiteral("other"), 20)});
        const QModelIndex text = model.index(0, TimelineModel::Text);
        QVERIFY(!text.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(text.data(TimelineModel::CorrectedByRole).toString().isEmpty());

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        TimelineEvent correction =
            makeEvent(QStringLiteral("fix"), 30, TimelineEvent::Type::Note, QStringLiteral("bob"),
                      QStringLiteral("DB failover at 5:12"));
        correction.correctsId = QStringLiteral("wrong");
        model.addEvents({correction});

        QVERIFY(text.data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(text.data(TimelineModel::CorrectedByRole).toString(), QStringLiteral("fix"));
        QVERIFY(text.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("corrected: DB failover at 5:12")));
        QCOMPARE(text.data().toString(), QStringLiteral("DB failover at 5:10"));
        QVERIFY(!model.index(1, TimelineModel::Text).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 0);
    }

    void updateEventChangesOneRow()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TimelineEvent> events;
        for (int i = 0; i < 20; ++i) {
            events.append(makeEvent(QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0')), i));
        }
        model.setEvents(events);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        TimelineEvent pinned = events.at(7);
        pinned.pinned = true;
        model.updateEvent(pinned);
        QCOMPARE(changes.size(), 1);
        const QModelIndex topLeft = changes.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changes.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 7);
        QCOMPARE(bottomRight.row(), 7);
        QCOMPARE(inserts.size(), 0);
        QVERIFY(model.index(7, 0).data(TimelineModel::PinnedRole).toBool());
        QVERIFY(!model.index(7, TimelineModel::Time).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(6, TimelineModel::Time).data(Qt::DecorationRole).isNull());
        // An update arriving through addEvents is an update too.
        model.addEvents({events.at(3)});
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(inserts.size(), 0);
    }

    void timesShowInLocalTimeOrUtc()
    {
        // TZ is Asia/Kolkata (UTC+05:30) in this test: see main().
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime today =
            QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(3, 4, 5, 678), Qt::UTC);
        TimelineEvent recent = makeEvent(QStringLiteral("old"), 0);
        TimelineEvent now = makeEvent(QStringLiteral("now"), 0);
        now.time = QDateTime::currentDateTimeUtc();
        model.setEvents({recent, now});
        // The console's one format (the locale's, four-digit year, to the second); in local
        // time by default. The tooltip has the milliseconds.
        QCOMPARE(model.index(0, TimelineModel::Time).data().toString(),
                 QLocale().toString(QDateTime(QDate(2025, 3, 4), QTime(10, 44, 37)),
                                    TimeDisplay::dateTimeFormat(TimeDisplay::Precision::Seconds)));
        QVERIFY(model.index(0, TimelineModel::Time).data().toString().contains(u"2025"));
        // The tooltip: the same format, to the millisecond.
        const QString localExact =
            QLocale().toString(QDateTime(QDate(2025, 3, 4), QTime(10, 44, 37, 123)),
                               TimeDisplay::dateTimeFormat(TimeDisplay::Precision::Milliseconds));
        QVERIFY(localExact.contains(u"37.123"));
        QVERIFY(model.index(0, TimelineModel::Time)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(localExact + QStringLiteral(" · ")));
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setUtc(true);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(header.size(), 1);
        QCOMPARE(model.headerData(TimelineModel::Time, Qt::Horizontal).toString(),
                 QStringLiteral("Time (UTC)"));
        QCOMPARE(model.index(0, TimelineModel::Time).data().toString(),
                 QLocale().toString(QDateTime(QDate(2025, 3, 4), QTime(5, 14, 37)),
                                    TimeDisplay::dateTimeFormat(TimeDisplay::Precision::Seconds)) +
                     QStringLiteral(" UTC"));
        QVERIFY(
            model.index(0, TimelineModel::Time)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLocale().toString(
                                QDateTime(QDate(2025, 3, 4), QTime(5, 14, 37, 123)),
                                TimeDisplay::dateTimeFormat(TimeDisplay::Precision::Milliseconds)) +
                            QStringLiteral(" UTC · ")));
        // Today as any other day: the same format in every view.
        QCOMPARE(TimelineModel::timeText(today, true),
                 TimeDisplay::dateTime(today, true, TimeDisplay::Precision::Seconds));
        QCOMPARE(model.index(1, TimelineModel::Time).data().toString(),
                 TimeDisplay::dateTime(now.time, true, TimeDisplay::Precision::Seconds));
    }

    void proxyFiltersByTypeAuthorPinnedAndText()
    {
        TimelineModel model;
        TimelineFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TimelineEvent fired =
            makeEvent(QStringLiteral("fired"), 1, TimelineEvent::Type::AlertFired,
                      QStringLiteral("system"), QStringLiteral("HighLatency fired"));
        TimelineEvent note = makeEvent(QStringLiteral("note"), 2, TimelineEvent::Type::Note,
                                       QStringLiteral("Alice"), QStringLiteral("Checking the DB"));
        TimelineEvent step = makeEvent(QStringLiteral("step"), 3, TimelineEvent::Type::RunbookStep,
                                       QStringLiteral("bob"), QStringLiteral("Restart the pool"));
        step.pinned = true;
        TimelineEvent note2 = makeEvent(QStringLiteral("note2"), 4, TimelineEvent::Type::Note,
                                        QStringLiteral("bob"), QStringLiteral("DB is back"));
        model.setEvents({fired, note, step, note2});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setTypes({TimelineEvent::Type::Note});
        QCOMPARE(ids(proxy), (QStringList{QStringLiteral("note"), QStringLiteral("note2")}));
        proxy.setTypes({TimelineEvent::Type::Note, TimelineEvent::Type::AlertFired});
        QCOMPARE(ids(proxy), (QStringList{QStringLiteral("fired"), QStringLiteral("note"),
                                          QStringLiteral("note2")}));
        proxy.setTypes({});

        proxy.setAuthor(QStringLiteral("alice"));
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("note")});
        proxy.setAuthor({});

        proxy.setPinnedOnly(true);
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("step")});
        proxy.setPinnedOnly(false);

        proxy.setText(QStringLiteral("db"));
        QCOMPARE(ids(proxy), (QStringList{QStringLiteral("note"), QStringLiteral("note2")}));
        proxy.setText(QStringLiteral("db bob"));
        QCOMPARE(ids(proxy), QStringList{QStringLiteral("note2")});
        proxy.setText({});

        // New events pass through the filter as they arrive.
        proxy.setTypes({TimelineEvent::Type::Note});
        model.addEvents({makeEvent(QStringLiteral("late"), 0, TimelineEvent::Type::Note,
                                   QStringLiteral("carol"))});
        QCOMPARE(ids(proxy), (QStringList{QStringLiteral("late"), QStringLiteral("note"),
                                          QStringLiteral("note2")}));
        QCOMPARE(model.authors(), (QStringList{QStringLiteral("Alice"), QStringLiteral("bob"),
                                               QStringLiteral("carol"), QStringLiteral("system")}));
    }
};

int main(int argc, char **argv)
{
    // A zone 5:30 from UTC, so that local and UTC times differ in hours and minutes.
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    QApplication app(argc, argv);
    TimelineModelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timelinemodel.moc"
