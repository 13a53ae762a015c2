#include "alarms/alarmfilterproxy.h"
#include "alarms/alarmlistview.h"
#include "alarms/alarmnotifier.h"
#include "alarms/alarmservice.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/alertparser.h"
#include "common/duration.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace opsdeck;
using opsdeck::ui::AlarmCells;
using opsdeck::ui::AlarmFilterProxy;
using opsdeck::ui::AlarmListView;
using opsdeck::ui::AlarmTableModel;

namespace {

Alert makeAlert(int n, Alert::State state = Alert::State::Active)
{
    Alert alert;
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("Alert%1").arg(n)},
                    {QStringLiteral("severity"),
                     n % 2 == 0 ? QStringLiteral("critical") : QStringLiteral("warning")},
                    {QStringLiteral("service"), QStringLiteral("svc-%1").arg(n % 7)}};
    alert.annotations = {{QStringLiteral("summary"), QStringLiteral("summary %1").arg(n)}};
    alert.fingerprint = AlertParser::fingerprint(alert.labels);
    alert.state = state;
    alert.sources = {QStringLiteral("am")};
    alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-4020);
    return alert;
}

QStringList fingerprints(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, 0).data(AlarmTableModel::FingerprintRole).toString());
    }
    return result;
}

} // namespace

class AlarmTableModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsEverySnapshotWithRowOperations()
    {
        AlarmTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QRandomGenerator random(11);
        AlertSnapshot current;
        for (int round = 0; round < 60; ++round) {
            QList<Alert> alerts;
            for (int n = 0; n < 50; ++n) {
                const int roll = int(random.bounded(5));
                if (roll != 0) {
                    alerts.append(
                        makeAlert(n, roll == 1 ? Alert::State::Suppressed : Alert::State::Active));
                }
            }
            const AlertSnapshot next = AlertSnapshot::merge({alerts});
            model.apply(next, AlertDiff::between(current, next));
            current = next;
            QStringList expected;
            for (const Alert &alert : next.alerts) {
                expected.append(alert.fingerprint);
            }
            QCOMPARE(fingerprints(model), expected);
        }
        QCOMPARE(resets.size(), 0);
    }

    void threeChangedAlertsOfTenThousandTouchThreeRows()
    {
        QList<Alert> alerts;
        for (int n = 0; n < 10000; ++n) {
            alerts.append(makeAlert(n));
        }
        const AlertSnapshot first = AlertSnapshot::merge({alerts});
        AlarmTableModel model;
        model.apply(first, AlertDiff::between({}, first));
        QTRY_VERIFY(!model.isFilling());
        QCOMPARE(model.rowCount(), 10000);

        for (int n : {17, 4242, 9999}) {
            alerts[n].state = Alert::State::Suppressed;
        }
        const AlertSnapshot second = AlertSnapshot::merge({alerts});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.apply(second, AlertDiff::between(first, second));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 3);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const int row = signal.at(0).toModelIndex().row();
            QCOMPARE(model.index(row, AlarmCells::State).data().toString(),
                     QStringLiteral("suppressed"));
        }
    }

    // 100,000 alerts must not freeze the console while they go into the table: a large
    // snapshot goes in a chunk of rows at a time, the event loop running between chunks, and
    // says how far it is. A poll that arrives meanwhile completes it first.
    void aLargeSnapshotGoesInSlicesAndAPollMeanwhileWaitsForIt()
    {
        QList<Alert> alerts;
        for (int n = 0; n < 5500; ++n) {
            alerts.append(makeAlert(n));
        }
        const AlertSnapshot first = AlertSnapshot::merge({alerts});
        AlarmTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceBudget(0);
        QSignalSpy filling(&model, &AlarmTableModel::filling);
        model.apply(first, AlertDiff::between({}, first));
        QVERIFY(model.isFilling());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(filling.size(), 1);
        QCOMPARE(filling.constFirst(), (QList<QVariant>{1000, 5500}));
        // The rest arrives over the next turns of the event loop, in order.
        QTRY_VERIFY(!model.isFilling());
        QCOMPARE(filling.size(), 6);
        QCOMPARE(filling.constLast(), (QList<QVariant>{5500, 5500}));
        QStringList expected;
        for (const Alert &alert : first.alerts) {
            expected.append(alert.fingerprint);
        }
        QCOMPARE(fingerprints(model), expected);

        // Again from empty, with a poll arriving after the first slice: it removes one alert,
        // changes another and adds 20.
        AlarmTableModel again;
        QAbstractItemModelTester againTester(
            &again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setSliceBudget(0);
        again.apply(first, AlertDiff::between({}, first));
        QVERIFY(again.isFilling());
        alerts.removeAt(10);
        alerts[20].state = Alert::State::Suppressed;
        for (int n = 5500; n < 5520; ++n) {
            alerts.append(makeAlert(n));
        }
        const AlertSnapshot second = AlertSnapshot::merge({alerts});
        again.apply(second, AlertDiff::between(first, second));
        QVERIFY(!again.isFilling());
        expected.clear();
        for (const Alert &alert : second.alerts) {
            expected.append(alert.fingerprint);
        }
        QCOMPARE(fingerprints(again), expected);
        const QString changed = alerts.at(20).fingerprint;
        const int changedRow = int(expected.indexOf(changed));
        QCOMPARE(again.index(changedRow, AlarmCells::State).data().toString(),
                 QStringLiteral("suppressed"));
    }

    // A new annotation repaints the summary and moves no row: the sorted view is not
    // re-laid out for each of 1 % of the alerts. A new severity does move its row.
    void aChangeTouchesOnlyTheColumnsThatReadDifferently()
    {
        QList<Alert> alerts;
        for (int n = 0; n < 2000; ++n) {
            alerts.append(makeAlert(n));
        }
        const AlertSnapshot first = AlertSnapshot::merge({alerts});
        AlarmTableModel model;
        model.apply(first, AlertDiff::between({}, first));
        QTRY_VERIFY(!model.isFilling());
        AlarmFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AlarmCells::Severity);

        for (int n = 0; n < 20; ++n) {
            alerts[n].annotations[QStringLiteral("summary")] = QStringLiteral("now worse");
        }
        const AlertSnapshot second = AlertSnapshot::merge({alerts});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        model.apply(second, AlertDiff::between(first, second));
        QCOMPARE(changed.size(), 20);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().column(), int(AlarmCells::Summary));
            QCOMPARE(signal.at(1).toModelIndex().column(), int(AlarmCells::Summary));
        }
        QCOMPARE(layouts.size(), 0);

        // Alert 1 is a warning among 1,000 criticals sorted first: critical now, it moves up.
        alerts[1].labels[QStringLiteral("severity")] = QStringLiteral("critical");
        const AlertSnapshot third = AlertSnapshot::merge({alerts});
        model.apply(third, AlertDiff::between(second, third));
        QVERIFY(!layouts.isEmpty());
        int criticals = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, AlarmCells::Severity).data().toString() ==
                QLatin1String("critical")) {
                QCOMPARE(row, criticals); // every critical before every warning
                ++criticals;
            }
        }
        QCOMPARE(criticals, 1001);
    }

    // The flat list is a table: a change to a row on screen is painted.
    void aChangedRowOnScreenIsRepainted()
    {
        QList<Alert> alerts;
        for (int n = 0; n < 3000; ++n) {
            alerts.append(makeAlert(n));
        }
        const AlertSnapshot first = AlertSnapshot::merge({alerts});
        AlarmTableModel model;
        model.apply(first, AlertDiff::between({}, first));
        QTRY_VERIFY(!model.isFilling());
        AlarmListView list;
        list.setModel(&model);
        list.resize(800, 300);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QAbstractItemView *view = list.view();
        QCOMPARE(view, list.table());

        struct PaintCounter : QObject {
            int paints = 0;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() == QEvent::Paint) {
                    ++paints;
                }
                return QObject::eventFilter(watched, event);
            }
        } counter;
        view->viewport()->installEventFilter(&counter);
        QCoreApplication::processEvents();
        const int before = counter.paints;
        // The second row on screen gets a new summary.
        const QString shown = model.index(1, 0).data(AlarmTableModel::FingerprintRole).toString();
        for (Alert &alert : alerts) {
            if (alert.fingerprint == shown) {
                alert.annotations[QStringLiteral("summary")] = QStringLiteral("now worse");
            }
        }
        const AlertSnapshot second = AlertSnapshot::merge({alerts});
        model.apply(second, AlertDiff::between(first, second));
        QTRY_VERIFY(counter.paints > before);
        QCOMPARE(model.index(1, AlarmCells::Summary).data().toString(),
                 QStringLiteral("now worse"));
    }

    void groupsFollowSnapshotsWithRowOperations()
    {
        AlarmTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroupLabel(QStringLiteral("service"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QRandomGenerator random(5);
        AlertSnapshot current;
        for (int round = 0; round < 60; ++round) {
            QList<Alert> alerts;
            for (int n = 0; n < 40; ++n) {
                const int roll = int(random.bounded(4));
                if (roll != 0) {
                    alerts.append(
                        makeAlert(n, roll == 1 ? Alert::State::Suppressed : Alert::State::Active));
                }
            }
            const AlertSnapshot next = AlertSnapshot::merge({alerts});
            model.apply(next, AlertDiff::between(current, next));
            current = next;
            // Each group holds exactly the alerts of its service, in fingerprint order, and
            // says how many.
            int total = 0;
            QStringList keys;
            for (int group = 0; group < model.rowCount(); ++group) {
                const QModelIndex parent = model.index(group, 0);
                const QString name = model.index(group, AlarmCells::Name).data().toString();
                const QString service = name.section(QLatin1Char(' '), 0, 0);
                keys.append(service);
                QVERIFY2(name.contains(QStringLiteral("(%1 alert").arg(model.rowCount(parent))),
                         qPrintable(name));
                QString previous;
                for (int row = 0; row < model.rowCount(parent); ++row) {
                    const Alert *alert = model.alertAt(model.index(row, 0, parent));
                    QVERIFY(alert != nullptr);
                    QCOMPARE(alert->labels.value(QStringLiteral("service")), service);
                    QVERIFY(previous < alert->fingerprint);
                    previous = alert->fingerprint;
                    ++total;
                }
            }
            QCOMPARE(total, next.alerts.size());
            QStringList sorted = keys;
            sorted.sort();
            QCOMPARE(keys, sorted);
        }
        QCOMPARE(resets.size(), 0);
        model.setGroupLabel(QString());
        QCOMPARE(model.rowCount(), current.alerts.size());
    }

    void theFilterProxyMatchesAndCountsGroups()
    {
        AlarmTableModel model;
        AlarmFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Alert> alerts;
        for (int n = 0; n < 20; ++n) {
            alerts.append(
                makeAlert(n, n % 5 == 0 ? Alert::State::Suppressed : Alert::State::Active));
        }
        const AlertSnapshot snapshot = AlertSnapshot::merge({alerts});
        model.apply(snapshot, AlertDiff::between({}, snapshot));
        FilterError error;
        proxy.setFilter(
            AlertFilter::parse(QStringLiteral("severity=critical @state=active"), &error), {});
        QVERIFY(error.isEmpty());
        // Even n are critical; n % 5 == 0 are suppressed: 2 4 6 8 12 14 16 18.
        QCOMPARE(proxy.rowCount(), 8);
        model.setGroupLabel(QStringLiteral("severity"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex group = proxy.index(0, AlarmCells::Name);
        QCOMPARE(proxy.rowCount(group.siblingAtColumn(0)), 8);
        QVERIFY2(group.data().toString().contains(QStringLiteral("8 of 10")),
                 qPrintable(group.data().toString()));
        proxy.setFilter({}, {});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void severityMappingAndNewAlerts()
    {
        AlarmTableModel model;
        Alert custom = makeAlert(1);
        custom.labels[QStringLiteral("severity")] = QStringLiteral("P1");
        Alert unknown = makeAlert(2);
        unknown.labels[QStringLiteral("severity")] = QStringLiteral("bananas");
        const AlertSnapshot first = AlertSnapshot::merge({{custom, unknown}});
        model.apply(first, AlertDiff::between({}, first));
        // The first snapshot is the state at start: nothing is new.
        QCOMPARE(model.unseenCount(), 0);
        QCOMPARE(model.cells().standardSeverity(QStringLiteral("P1")), QStringLiteral("critical"));
        model.setSeverityMapping({{QStringLiteral("P1"), QStringLiteral("warning")}});
        QCOMPARE(model.cells().standardSeverity(QStringLiteral("p1")), QStringLiteral("warning"));
        QCOMPARE(model.cells().standardSeverity(QStringLiteral("bananas")), QString());
        const QModelIndex unknownRow = model.index(
            int(fingerprints(model).indexOf(unknown.fingerprint)), AlarmCells::Severity);
        QCOMPARE(unknownRow.data().toString(), QStringLiteral("bananas")); // still shown

        const Alert fresh = makeAlert(3);
        const AlertSnapshot second = AlertSnapshot::merge({{custom, unknown, fresh}});
        model.apply(second, AlertDiff::between(first, second));
        QCOMPARE(model.unseenCount(), 1);
        const QModelIndex freshRow =
            model.index(int(fingerprints(model).indexOf(fresh.fingerprint)), 0);
        QVERIFY(freshRow.data(AlarmTableModel::IsNewRole).toBool());
        QVERIFY(freshRow.data(Qt::FontRole).value<QFont>().bold());
        model.markSeen(fresh.fingerprint);
        QVERIFY(!freshRow.data(AlarmTableModel::IsNewRole).toBool());

        model.setStaleBackends({QStringLiteral("am")});
        QVERIFY(freshRow.data(AlarmTableModel::IsStaleRole).toBool());
        QVERIFY(freshRow.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Stale")));
    }

    void notificationsSkipSilencedAndMinorAlerts()
    {
        Alert critical = makeAlert(2);
        Alert warning = makeAlert(3);
        Alert silenced = makeAlert(4);
        silenced.silencedBy = {QStringLiteral("s1")};
        silenced.state = Alert::State::Suppressed;
        Alert pending = makeAlert(6, Alert::State::Pending);
        const AlertSnapshot next = AlertSnapshot::merge({{critical, warning, silenced, pending}});
        const AlertDiff diff = AlertDiff::between({}, next);
        const auto names = [](const QList<Alert> &alerts) {
            QStringList result;
            for (const Alert &alert : alerts) {
                result.append(alert.name());
            }
            result.sort();
            return result;
        };
        using opsdeck::ui::AlarmNotifier;
        QCOMPARE(names(AlarmNotifier::alertsToNotify(next, diff, 0, {})),
                 QStringList{QStringLiteral("Alert2")});
        QCOMPARE(names(AlarmNotifier::alertsToNotify(next, diff, 2, {})),
                 (QStringList{QStringLiteral("Alert2"), QStringLiteral("Alert3")}));
        QVERIFY(AlarmNotifier::alertsToNotify(next, {}, 3, {}).isEmpty());
    }

    void doNotDisturbHoldsNotificationsBack()
    {
        using opsdeck::ui::AlarmNotifier;
        AlarmService alarms;
        QWidget window;
        AlarmNotifier notifier(&alarms, &window);
        QSignalSpy notified(&notifier, &AlarmNotifier::notified);
        notifier.setMinimumSeverity(QStringLiteral("warning"));
        QCOMPARE(notifier.minimumSeverity(), QStringLiteral("warning"));

        // Until every backend has been polled once, alerts are the state at start, not news.
        AlertSnapshot current = AlertSnapshot::merge({{makeAlert(1)}});
        QVERIFY(!alarms.isSettled());
        Q_EMIT alarms.alertsChanged(current, AlertDiff::between({}, current));
        QCOMPARE(notified.size(), 0);
        alarms.setBackends({}); // nothing to poll: settled after its first (empty) merge
        QTRY_VERIFY(alarms.isSettled());

        const auto arrive = [&](int n) {
            QList<Alert> alerts = current.alerts;
            alerts.append(makeAlert(n));
            const AlertSnapshot next = AlertSnapshot::merge({alerts});
            Q_EMIT alarms.alertsChanged(next, AlertDiff::between(current, next));
            current = next;
        };
        arrive(2);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("[critical] Alert2"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("summary 2"));

        notifier.setDoNotDisturbUntil(QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(notifier.isDoNotDisturb());
        arrive(4);
        QCOMPARE(notified.size(), 1);
        QVERIFY(notifier.toolTip().contains(QStringLiteral("Do not disturb until")));
        QVERIFY(!notifier.isDoNotDisturb(QDateTime::currentDateTimeUtc().addSecs(7200)));

        notifier.setDoNotDisturbUntil({});
        arrive(6);
        QCOMPARE(notified.size(), 2);
    }

    void showsWhatAnOnCallEngineerReads()
    {
        AlarmTableModel model;
        const AlertSnapshot snapshot = AlertSnapshot::merge({{makeAlert(3)}});
        model.apply(snapshot, AlertDiff::between({}, snapshot));
        QCOMPARE(model.index(0, AlarmCells::Name).data().toString(), QStringLiteral("Alert3"));
        QCOMPARE(model.index(0, AlarmCells::Severity).data().toString(), QStringLiteral("warning"));
        QCOMPARE(model.index(0, AlarmCells::Summary).data().toString(),
                 QStringLiteral("summary 3"));
        QCOMPARE(model.index(0, AlarmCells::Labels).data().toString(),
                 QStringLiteral("service=svc-3"));
        QCOMPARE(model.index(0, AlarmCells::Age).data().toString(), QStringLiteral("1h 07m"));
        QCOMPARE(model.index(0, AlarmCells::Source).data().toString(), QStringLiteral("am"));
        QCOMPARE(formatDuration(59), QStringLiteral("59s"));
        QCOMPARE(formatDuration(600), QStringLiteral("10m"));
        QCOMPARE(formatDuration(90000), QStringLiteral("1d 01h"));
    }
};

OPSDECK_TEST_MAIN(AlarmTableModelTest)
#include "tst_alarmtablemodel.moc"
