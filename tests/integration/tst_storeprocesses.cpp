#include "store/changefeed.h"
#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace opsdeck;

// Several processes on one workspace, and writers killed with SIGKILL mid-write.
class StoreProcessesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString createIncident(const QString &file)
    {
        QString error;
        auto store = WorkspaceStore::open(file, &error);
        if (!store) {
            return {};
        }
        Incident incident;
        incident.title = QStringLiteral("Shared incident");
        return IncidentRepository(*store).create(incident, &error) ? incident.id : QString();
    }

private Q_SLOTS:
    void twoWritersAtOnceLoseNothingAndAreSeen()
    {
        const QString file = m_dir.filePath(QStringLiteral("shared.opsdeck"));
        const QString incidentId = createIncident(file);
        QVERIFY(!incidentId.isEmpty());
        QString error;
        auto follower = WorkspaceStore::open(file, &error);
        QVERIFY2(follower, qPrintable(error));
        QSet<QString> seen;
        connect(follower->feed(), &ChangeFeed::changed, this, [&seen](const StoreChange &change) {
            if (change.aggregate == Aggregate::Timeline) {
                for (const QString &id : change.ids) {
                    seen.insert(id);
                }
            }
        });

        QProcess first;
        QProcess second;
        first.start(QStringLiteral(WORKSPACE_WRITER),
                    {file, incidentId, QStringLiteral("300"), QStringLiteral("1"),
                     QStringLiteral("alice")});
        second.start(
            QStringLiteral(WORKSPACE_WRITER),
            {file, incidentId, QStringLiteral("300"), QStringLiteral("3"), QStringLiteral("bob")});
        QVERIFY(QTest::qWaitFor(
            [&] {
                return first.state() == QProcess::NotRunning &&
                       second.state() == QProcess::NotRunning;
            },
            120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        const QList<TimelineEvent> events = TimelineRepository(*follower).eventsOf(incidentId);
        QCOMPARE(events.size(), 600);
        int alice = 0;
        for (const TimelineEvent &event : events) {
            alice += event.author == QLatin1String("alice") ? 1 : 0;
        }
        QCOMPARE(alice, 300);
        // The follower announces every event the others wrote, within a second.
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 600, 1000);
    }

    void killedWritersLeaveAConsistentWorkspace()
    {
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 12; ++round) {
            const QString file = m_dir.filePath(QStringLiteral("crash-%1.opsdeck").arg(round));
            const QString incidentId = createIncident(file);
            QVERIFY(!incidentId.isEmpty());
            QProcess writer;
            writer.start(QStringLiteral(WORKSPACE_WRITER),
                         {file, incidentId, QStringLiteral("1000000"), QStringLiteral("20"),
                          QStringLiteral("crash")});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(int(random->bounded(50, 400)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            int committed = 0;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
                if (line.startsWith("committed ")) {
                    committed = line.mid(10).toInt();
                }
            }

            QString error;
            auto store = WorkspaceStore::open(file, &error);
            QVERIFY2(store, qPrintable(error));
            QSqlQuery check(store->database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            const qint64 stored = TimelineRepository(*store).count();
            // Every commit it reported is there; at most the batch in flight is missing or
            // was committed just before the kill.
            QVERIFY2(stored >= committed,
                     qPrintable(QStringLiteral("%1 < %2").arg(stored).arg(committed)));
            QVERIFY(stored % 20 == 0);
        }
    }
};

OPSDECK_TEST_GUILESS_MAIN(StoreProcessesTest)
#include "tst_storeprocesses.moc"
