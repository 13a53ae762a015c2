#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/qtconcurrenttask.h>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace opsdeck {

// Asked by long work now and then: has the job been cancelled or superseded? Copies share one
// flag; a default-constructed token is never cancelled.
class CancelToken {
public:
    CancelToken() = default;
    bool isCancelled() const { return m_flag && m_flag->load(std::memory_order_relaxed); }
    // For code that takes the flag itself (store loops written before the token existed).
    const std::atomic<bool> &flag() const { return m_flag ? *m_flag : neverCancelled(); }

private:
    friend class JobTracker;
    static CancelToken make()
    {
        CancelToken token;
        token.m_flag = std::make_shared<std::atomic<bool>>(false);
        return token;
    }
    void cancel() const
    {
        if (m_flag) {
            m_flag->store(true, std::memory_order_relaxed);
        }
    }
    static const std::atomic<bool> &neverCancelled()
    {
        static const std::atomic<bool> never{false};
        return never;
    }

    std::shared_ptr<std::atomic<bool>> m_flag;
};

// The one way Opsdeck runs work off the GUI thread. A tracker belongs to the object that wants
// the results (its receiver) and lives in its thread:
//
//   m_jobs.start([path](const CancelToken &cancel) { return readAll(path, cancel); },
//                [this](Result result) { apply(std::move(result)); });
//
// `work` runs on a pool (the global one, or one the tracker was given, e.g. a one-thread pool
// that serialises writers) and gets a CancelToken; `done` runs queued on the receiver's thread.
// `start` supersedes: the jobs started before it are cancelled and their results dropped, so
// no generation counters are kept by hand. `startAlongside` keeps earlier jobs and delivers
// every result (independent exports, say). Destroying the tracker (or its receiver) cancels
// its jobs and drops their results; the work itself finishes on the pool, reading only what it
// captured by value.
class JobTracker {
public:
    explicit JobTracker(QObject *receiver, QThreadPool *pool = nullptr)
        : m_receiver(receiver)
        , m_pool(pool != nullptr ? pool : QThreadPool::globalInstance())
        , m_context(std::make_unique<QObject>())
    {
        m_context->moveToThread(receiver->thread());
    }
    ~JobTracker()
    {
        m_latest.cancel();
        m_alongside.cancel();
    } // m_context and its watchers go with the tracker: no result is delivered after this
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    template <typename Work, typename Done>
    void start(Work &&work, Done &&done)
    {
        cancel();
        launch(std::forward<Work>(work), std::forward<Done>(done), m_generation);
    }

    // `priority`: a job of a higher one leaves the pool's queue before those of a lower one
    // (the stage of a pipeline that feeds the others).
    template <typename Work, typename Done>
    void startAlongside(Work &&work, Done &&done, int priority = 0)
    {
        launch(std::forward<Work>(work), std::forward<Done>(done), std::nullopt, priority);
    }

    // Asks every running job to stop (its CancelToken says so) but still delivers its result:
    // for work that reports how it ended ("cancelled"). Later jobs start with a fresh token.
    void interrupt()
    {
        m_latest.cancel();
        m_alongside.cancel();
        if (m_latest.m_flag) {
            m_latest = CancelToken::make();
        }
        m_alongside = CancelToken::make();
    }

    // Cancels the jobs started by `start` and drops their results.
    void cancel()
    {
        ++m_generation;
        m_latest.cancel();
        m_latest = {};
    }
    // Cancels every job, those started alongside too, and drops every result.
    void cancelAll()
    {
        cancel();
        m_alongside.cancel();
        m_alongside = CancelToken::make();
        m_context = std::make_unique<QObject>(); // drops the watchers: no result is delivered
        if (m_receiver) {
            m_context->moveToThread(m_receiver->thread());
        }
        m_running = 0;
    }

    // Blocks until the work of every job still running is done (a last autosave before the
    // application quits); the results then arrive queued as usual.
    void waitForDone() const
    {
        const auto watchers = m_context->findChildren<QFutureWatcherBase *>();
        for (QFutureWatcherBase *watcher : watchers) {
            watcher->waitForFinished();
        }
    }

    // Jobs whose result has not been delivered (or dropped) yet.
    int running() const { return m_running; }
    bool isRunning() const { return m_running > 0; }

private:
    template <typename Work, typename Done>
    void launch(Work &&work, Done &&done, std::optional<quint64> generation, int priority = 0)
    {
        using Result = std::invoke_result_t<std::decay_t<Work>, const CancelToken &>;
        CancelToken token;
        if (generation) {
            m_latest = CancelToken::make();
            token = m_latest;
        } else {
            if (!m_alongside.m_flag) {
                m_alongside = CancelToken::make();
            }
            token = m_alongside;
        }
        ++m_running;
        auto *watcher = new QFutureWatcher<Result>(m_context.get());
        QObject::connect(watcher, &QFutureWatcher<Result>::finished, m_context.get(),
                         [this, watcher, generation, done = std::forward<Done>(done)]() mutable {
                             // Out of waitForDone's sight: takeResult() below resets the future,
                             // and a reset future never reports itself finished again.
                             watcher->setParent(nullptr);
                             watcher->deleteLater();
                             --m_running;
                             if (!m_receiver || (generation && *generation != m_generation)) {
                                 return;
                             }
                             if constexpr (std::is_void_v<Result>) {
                                 done();
                             } else {
                                 done(watcher->future().takeResult());
                             }
                         });
        watcher->setFuture(QtConcurrent::task([work = std::forward<Work>(work), token]() mutable {
                               return work(token);
                           })
                               .onThreadPool(*m_pool)
                               .withPriority(priority)
                               .spawn());
    }

    QPointer<QObject> m_receiver;
    QThreadPool *m_pool;
    std::unique_ptr<QObject> m_context; // parent of the watchers, in the receiver's thread
    quint64 m_generation = 0;
    CancelToken m_latest;
    CancelToken m_alongside;
    int m_running = 0;
};

// Lets the pool destroy what the caller no longer needs. Letting go of the last copy of
// 100,000 alerts touches a reference count in each of their texts and maps, tens of
// milliseconds of cold memory that the GUI thread must not spend. Only for values that may be
// destroyed on another thread (Qt's implicitly shared values may).
template <typename T>
void releaseInBackground(T value)
{
    QThreadPool::globalInstance()->start([held = std::move(value)]() mutable {
        const T dropped = std::move(held);
        Q_UNUSED(dropped)
    });
}

} // namespace opsdeck
