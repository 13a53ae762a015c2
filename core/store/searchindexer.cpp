#include "store/searchindexer.h"

#include "store/scopedconnection.h"
#include "store/searchindex.h"

#include <QTimer>

namespace opsdeck {

SearchIndexer::SearchIndexer(QString workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_delay(new QTimer(this))
    , m_jobs(this, &m_pool)
{
    m_pool.setMaxThreadCount(1);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &SearchIndexer::run);
}

SearchIndexer::~SearchIndexer()
{
    m_pool.waitForDone();
}

void SearchIndexer::schedule()
{
    // Runs after a quiet moment, so a burst of writes is not slowed by indexing that competes
    // for the one write lock; but never later than kMaxDelayMs after the first request.
    constexpr qint64 kMaxDelayMs = 2000;
    if (!m_waiting.isValid()) {
        m_waiting.start();
    }
    if (m_waiting.elapsed() >= kMaxDelayMs) {
        m_delay->stop();
        run();
        return;
    }
    m_delay->start();
}

void SearchIndexer::waitUntilIdle()
{
    if (m_delay->isActive()) {
        m_delay->stop();
        run();
    }
    m_pool.waitForDone();
}

void SearchIndexer::run()
{
    m_waiting.invalidate();
    // One run at a time (the pool has one thread); a request during a run queues one more.
    struct Outcome {
        qint64 rows = -1;
        QString error;
    };
    m_jobs.startAlongside(
        [path = m_path](const CancelToken &) {
            Outcome outcome;
            ScopedConnection connection(path, false);
            outcome.error = connection.error();
            if (connection.isOpen()) {
                // Small chunks keep each write lock short, so interactive commits barely wait.
                outcome.rows = SearchIndex::catchUp(connection.db(), &outcome.error, 1000);
            }
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (outcome.rows < 0) {
                Q_EMIT failed(outcome.error);
            } else if (outcome.rows > 0) {
                Q_EMIT indexed(outcome.rows);
            }
        });
}

} // namespace opsdeck
