#pragma once

#include "store/searchindex.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>

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
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);
    void searchFinished(const QList<opsdeck::SearchHit> &hits);

private:
    // Runs on the worker; returns the error, or an empty string.
    using Work = std::function<QString(WorkspaceTask &task, const std::atomic<bool> &cancel)>;
    WorkspaceTask(Work work, QObject *parent);
    void reportProgress(qint64 done, qint64 total);

    Work m_work;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
};

} // namespace opsdeck

Q_DECLARE_METATYPE(QList<opsdeck::SearchHit>)
