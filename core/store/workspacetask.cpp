#include "store/workspacetask.h"

#include "store/scopedconnection.h"
#include "store/workspacebundle.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

BundleProgress progressOf(const std::atomic<bool> &cancel,
                          const std::function<void(qint64, qint64)> &report)
{
    BundleProgress progress;
    progress.report = report;
    progress.cancel = &cancel;
    return progress;
}

} // namespace

WorkspaceTask::WorkspaceTask(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
    m_pool.setMaxThreadCount(1);
}

WorkspaceTask::~WorkspaceTask()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void WorkspaceTask::reportProgress(qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
}

void WorkspaceTask::start()
{
    if (m_running.exchange(true)) {
        return;
    }
    m_pool.start([this] {
        const QString error = m_cancel ? QCoreApplication::translate("WorkspaceTask", "cancelled")
                                       : m_work(*this, m_cancel);
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_running = false;
                Q_EMIT finished(error.isEmpty(), error);
            },
            Qt::QueuedConnection);
    });
}

WorkspaceTask *WorkspaceTask::exportBundle(const QString &workspace, const QString &bundle,
                                           QObject *parent)
{
    return new WorkspaceTask(
        [workspace, bundle](WorkspaceTask &task, const std::atomic<bool> &cancel) {
            QString error;
            WorkspaceBundle::exportTo(workspace, bundle, &error,
                                      progressOf(cancel, [&task](qint64 done, qint64 total) {
                                          task.reportProgress(done, total);
                                      }));
            return error;
        },
        parent);
}

WorkspaceTask *WorkspaceTask::importBundle(const QString &bundle, const QString &workspace,
                                           QObject *parent)
{
    return new WorkspaceTask(
        [workspace, bundle](WorkspaceTask &task, const std::atomic<bool> &cancel) {
            QString error;
            WorkspaceBundle::importFrom(bundle, workspace, &error,
                                        progressOf(cancel, [&task](qint64 done, qint64 total) {
                                            task.reportProgress(done, total);
                                        }));
            return error;
        },
        parent);
}

WorkspaceTask *WorkspaceTask::search(const QString &workspace, const QString &text, int limit,
                                     QObject *parent)
{
    return new WorkspaceTask(
        [workspace, text, limit](WorkspaceTask &task, const std::atomic<bool> &) {
            QString error;
            QList<SearchHit> hits;
            {
                ScopedConnection connection(workspace, false);
                error = connection.error();
                if (connection.isOpen()) {
                    hits = SearchIndex::search(connection.db(), text, limit, &error);
                }
            }
            QMetaObject::invokeMethod(
                &task, [&task, hits] { Q_EMIT task.searchFinished(hits); }, Qt::QueuedConnection);
            return error;
        },
        parent);
}

} // namespace opsdeck
