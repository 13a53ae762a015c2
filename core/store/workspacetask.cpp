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
    , m_jobs(this, &m_pool)
{
    m_pool.setMaxThreadCount(1);
}

WorkspaceTask::~WorkspaceTask()
{
    m_jobs.interrupt();
    m_pool.waitForDone(); // the work reports progress to this object until it ends
}

void WorkspaceTask::reportProgress(qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
}

void WorkspaceTask::start()
{
    if (std::exchange(m_started, true)) {
        return;
    }
    m_jobs.startAlongside(
        [this, work = m_work, cancelledFirst = m_cancelled](const CancelToken &cancel) {
            return cancelledFirst || cancel.isCancelled()
                       ? Outcome{QCoreApplication::translate("WorkspaceTask", "cancelled"), {}}
                       : work(*this, cancel.flag());
        },
        [this](const Outcome &outcome) {
            if (outcome.hits) {
                Q_EMIT searchFinished(*outcome.hits);
            }
            Q_EMIT finished(outcome.error.isEmpty(), outcome.error);
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
            return Outcome{error, {}};
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
            return Outcome{error, {}};
        },
        parent);
}

WorkspaceTask *WorkspaceTask::search(const QString &workspace, const QString &text, int limit,
                                     QObject *parent)
{
    return new WorkspaceTask(
        [workspace, text, limit](WorkspaceTask &, const std::atomic<bool> &) {
            QString error;
            QList<SearchHit> hits;
            {
                ScopedConnection connection(workspace, false);
                error = connection.error();
                if (connection.isOpen()) {
                    hits = SearchIndex::search(connection.db(), text, limit, &error);
                }
            }
            return Outcome{error, hits};
        },
        parent);
}

} // namespace opsdeck
