#pragma once

#include "common/backgroundjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

class QTimer;

namespace opsdeck {

// Brings the timeline's full-text index up to date on a worker thread, shortly after timeline
// text was written (by this process or another). The GUI thread never tokenizes text.
class SearchIndexer : public QObject {
    Q_OBJECT
public:
    explicit SearchIndexer(QString workspacePath, QObject *parent = nullptr);
    ~SearchIndexer() override; // waits for a run under way

    // Asks for a run after 250 ms without further requests, or 2 s after the first at most.
    void schedule();
    // Waits until no run is under way or scheduled (tests, benchmarks, shutdown).
    void waitUntilIdle();

Q_SIGNALS:
    void indexed(qint64 rows);
    void failed(const QString &error);

private:
    void run();

    QString m_path;
    QTimer *m_delay;
    QElapsedTimer m_waiting; // since the first request not yet run
    QThreadPool m_pool;      // one thread: one run at a time
    JobTracker m_jobs;
};

} // namespace opsdeck
