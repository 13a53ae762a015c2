#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "store/workspacetask.h"
#include "testhome.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace opsdeck;

// Export, import and search on a worker thread: results arrive on the caller's thread.
class WorkspaceTaskTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("w.opsdeck"));
        QString error;
        auto store = WorkspaceStore::open(m_workspace, &error);
        QVERIFY2(store, qPrintable(error));
        Incident incident;
        incident.title = QStringLiteral("Search me");
        QVERIFY(IncidentRepository(*store).create(incident, &error));
        QList<TimelineEvent> events(3000);
        for (int i = 0; i < events.size(); ++i) {
            events[i].incidentId = incident.id;
            events[i].text = QStringLiteral("event %1 on the payment gateway").arg(i);
        }
        QVERIFY(TimelineRepository(*store).appendBatch(events, &error));
    }

    void exportAndImportRunOnAWorkerAndReportProgress()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("b.json"));
        std::unique_ptr<WorkspaceTask> exporting(WorkspaceTask::exportBundle(m_workspace, bundle));
        QSignalSpy progress(exporting.get(), &WorkspaceTask::progress);
        QSignalSpy finished(exporting.get(), &WorkspaceTask::finished);
        QThread *deliveredOn = nullptr;
        connect(exporting.get(), &WorkspaceTask::finished, this,
                [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        exporting->start();
        QVERIFY(exporting->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        QVERIFY(QFile::exists(bundle));

        std::unique_ptr<WorkspaceTask> importing(
            WorkspaceTask::importBundle(bundle, m_dir.filePath(QStringLiteral("copy.opsdeck"))));
        QSignalSpy imported(importing.get(), &WorkspaceTask::finished);
        importing->start();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
    }

    void aCancelledTaskSaysSoAndWritesNothing()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("cancelled.json"));
        std::unique_ptr<WorkspaceTask> task(WorkspaceTask::exportBundle(m_workspace, bundle));
        QSignalSpy finished(task.get(), &WorkspaceTask::finished);
        task->cancel();
        task->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(bundle));
    }

    void searchRunsOnAWorker()
    {
        std::unique_ptr<WorkspaceTask> task(
            WorkspaceTask::search(m_workspace, QStringLiteral("gateway"), 50));
        QSignalSpy hits(task.get(), &WorkspaceTask::searchFinished);
        QSignalSpy finished(task.get(), &WorkspaceTask::finished);
        task->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(hits.size(), 1);
        const auto found = hits.first().at(0).value<QList<SearchHit>>();
        QCOMPARE(found.size(), 50);
        QCOMPARE(found.first().text, QStringLiteral("event 2999 on the payment gateway"));
    }

    void destroyingARunningTaskIsSafe()
    {
        auto *task =
            WorkspaceTask::exportBundle(m_workspace, m_dir.filePath(QStringLiteral("gone.json")));
        task->start();
        delete task; // cancels and waits
        // Either nothing was written or a whole bundle: never half a file.
        QFile file(m_dir.filePath(QStringLiteral("gone.json")));
        if (file.open(QIODevice::ReadOnly)) {
            const Json bundle = Json::parse(file.readAll().toStdString(), nullptr, false);
            QVERIFY(!bundle.is_discarded());
            QCOMPARE(QString::fromStdString(bundle.value("format", "")),
                     QStringLiteral("opsdeck-workspace-bundle"));
        }
    }
};

OPSDECK_TEST_GUILESS_MAIN(WorkspaceTaskTest)
#include "tst_workspacetask.moc"
