#include "killedwrites.h"
#include "store/changefeed.h"
#include "store/incidentrepository.h"
#include "store/searchindex.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
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
        // Each writer also follows the change log: both must see the other's 300 events.
        first.start(QStringLiteral(WORKSPACE_WRITER),
                    {file, incidentId, QStringLiteral("300"), QStringLiteral("1"),
                     QStringLiteral("alice"), QStringLiteral("follow=300")});
        second.start(QStringLiteral(WORKSPACE_WRITER),
                     {file, incidentId, QStringLiteral("300"), QStringLiteral("3"),
                      QStringLiteral("bob"), QStringLiteral("follow=300")});
        // Both followers run before either writes: then each must see all of the other's events.
        QByteArray firstSaw;
        QByteArray secondSaw;
        QVERIFY(QTest::qWaitFor(
            [&] {
                firstSaw += first.readAllStandardOutput();
                secondSaw += second.readAllStandardOutput();
                return firstSaw.contains("ready") && secondSaw.contains("ready");
            },
            30000));
        first.write("go\n");
        second.write("go\n");
        QVERIFY(QTest::qWaitFor(
            [&] {
                return first.state() == QProcess::NotRunning &&
                       second.state() == QProcess::NotRunning;
            },
            120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        firstSaw += first.readAllStandardOutput();
        secondSaw += second.readAllStandardOutput();
        QVERIFY2(firstSaw.contains("seen 300\n"), firstSaw.right(40).constData());
        QVERIFY2(secondSaw.contains("seen 300\n"), secondSaw.right(40).constData());

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
        int killedAfterCommits = 0;
        for (int round = 0; round < 12; ++round) {
            const QString file = m_dir.filePath(QStringLiteral("crash-%1.opsdeck").arg(round));
            const QString incidentId = createIncident(file);
            QVERIFY(!incidentId.isEmpty());
            QProcess writer;
            QStringList arguments{file, incidentId, QStringLiteral("1000000"), QStringLiteral("20"),
                                  QStringLiteral("crash")};
            if (round % 2 == 1) {
                arguments.append(QStringLiteral("index")); // kills also land inside indexing
            }
            writer.start(QStringLiteral(WORKSPACE_WRITER), arguments);
            QVERIFY(writer.waitForStarted());
            // Kill it at a random moment after it has committed something.
            QByteArray output;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    output += writer.readAllStandardOutput();
                    return output.contains("committed ");
                },
                10000));
            QTest::qWait(int(random->bounded(0, 300)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            int committed = 0;
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("committed ")) {
                    committed = line.mid(10).toInt();
                }
            }
            QVERIFY(committed > 0);
            killedAfterCommits += 1;

            QString error;
            auto store = WorkspaceStore::open(file, &error);
            QVERIFY2(store, qPrintable(error));
            QSqlDatabase db = store->database();
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            const qint64 stored = TimelineRepository(*store).count();
            // Every commit it reported is there; at most the batch in flight is missing or
            // was committed just before the kill.
            QVERIFY2(stored >= committed,
                     qPrintable(QStringLiteral("%1 < %2").arg(stored).arg(committed)));
            QVERIFY(stored % 20 == 0);
            // The full-text index picks up where the killed process stopped, and is sound.
            QVERIFY(SearchIndex::catchUp(db, &error) >= 0);
            QSqlQuery fts(db);
            QVERIFY2(fts.exec(QStringLiteral("INSERT INTO timeline_search(timeline_search, rank) "
                                             "VALUES ('integrity-check', 1)")),
                     qPrintable(fts.lastError().text()));
            QCOMPARE(SearchIndex::search(db, QStringLiteral("crash"), 50, &error).size(),
                     std::min<qsizetype>(50, stored));
        }
        QCOMPARE(killedAfterCommits, 12);
    }

    // Each kind of write killed twice, once early and once later (bench_kills does 100 kills).
    void everyKindOfWriteSurvivesAKill_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("delayMs");
        for (const QString &name : test::writeKindNames()) {
            const int kind = int(*test::writeKindFromName(name));
            QTest::addRow("%s soon", qPrintable(name)) << kind << 5;
            QTest::addRow("%s later", qPrintable(name)) << kind << 150;
        }
    }

    void everyKindOfWriteSurvivesAKill()
    {
        QFETCH(int, kind);
        QFETCH(int, delayMs);
        const QString file = m_dir.filePath(
            QStringLiteral("%1.opsdeck").arg(QString::fromLatin1(QTest::currentDataTag())));
        const test::KilledWrite killed = test::killDuringWrites(
            QStringLiteral(WORKSPACE_CHURN), file, test::WriteKind(kind), delayMs);
        QVERIFY2(killed.problem.isEmpty(), qPrintable(killed.problem));
        QVERIFY(killed.committed > 0);
    }
};

OPSDECK_TEST_GUILESS_MAIN(StoreProcessesTest)
#include "tst_storeprocesses.moc"
