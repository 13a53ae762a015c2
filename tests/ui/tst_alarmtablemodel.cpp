#include "alarms/alarmtablemodel.h"
#include "alarms/alertparser.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
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
            QCOMPARE(model.index(row, AlarmTableModel::State).data().toString(),
                     QStringLiteral("suppressed"));
        }
    }

    void showsWhatAnOnCallEngineerReads()
    {
        AlarmTableModel model;
        const AlertSnapshot snapshot = AlertSnapshot::merge({{makeAlert(3)}});
        model.apply(snapshot, AlertDiff::between({}, snapshot));
        QCOMPARE(model.index(0, AlarmTableModel::Name).data().toString(), QStringLiteral("Alert3"));
        QCOMPARE(model.index(0, AlarmTableModel::Severity).data().toString(),
                 QStringLiteral("warning"));
        QCOMPARE(model.index(0, AlarmTableModel::Summary).data().toString(),
                 QStringLiteral("summary 3"));
        QCOMPARE(model.index(0, AlarmTableModel::Labels).data().toString(),
                 QStringLiteral("service=svc-3"));
        QCOMPARE(model.index(0, AlarmTableModel::Age).data().toString(), QStringLiteral("1h 07m"));
        QCOMPARE(model.index(0, AlarmTableModel::Source).data().toString(), QStringLiteral("am"));
        QCOMPARE(AlarmTableModel::formatDuration(59), QStringLiteral("59s"));
        QCOMPARE(AlarmTableModel::formatDuration(600), QStringLiteral("10m"));
        QCOMPARE(AlarmTableModel::formatDuration(90000), QStringLiteral("1d 01h"));
    }
};

OPSDECK_TEST_MAIN(AlarmTableModelTest)
#include "tst_alarmtablemodel.moc"
