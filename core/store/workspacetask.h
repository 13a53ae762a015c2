#pragma once

#include "common/backgroundjob.h"
#include "store/searchindex.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <optional>

namespace opsdeck {

// Bulk work on a workspace (export, import, full-text search) on a worker thread with its own
// connection, so the console stays responsive. Progress and the result arrive as signals on
// the thread that made the task. Destroying a task cancels it and waits for it to stop.
class WorkspaceTask : public QObject {
    Q_OBJECT
public:
    static WorkspaceTask *exportBundle(const QString &workspace, const QString &bundle,
                                       QObject *parent = nullptr);
    static WorkspaceTask *importBundle(const QString &bundle, const QString &workspace,
                                       QObject *parent = nullptr);
    static WorkspaceTask *search(const QString &workspace, const QString &text, int limit,
                                 QObject *parent = nullptr);
    ~WorkspaceTask() override;

    void start();
    // Asks the work to stop; it ends with finished(false, …) as soon as it notices.
    void cancel()
    {
        m_cancelled = true;
        m_jobs.interrupt();
    }
    bool isRunning() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);
    void searchFinished(const QList<opsdeck::SearchHit> &hits);

private:
    struct Outcome {
        QString error; // empty: done
        std::optional<QList<SearchHit>> hits;
    };
    // Runs on the worker.
    using Work = std::function<Outcome(WorkspaceTask &task, const std::atomic<bool> &cancel)>;
    WorkspaceTask(Work work, QObject *parent);
    void reportProgress(qint64 done, qint64 total);

    Work m_work;
    QThreadPool m_pool; // one thread: the task's work, with its own connection
    JobTracker m_jobs;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(QList<opsdeck::SearchHit>)
