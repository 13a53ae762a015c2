#include "common/backgroundjob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace opsdeck;

// The one background-job primitive: work on a pool, results queued to a guarded receiver,
// superseded results dropped, cancellation seen by the work.
class BackgroundJobTest : public QObject {
    Q_OBJECT

private:
    // Runs the event loop until every queued delivery made so far has been handled: the marker
    // posted after them arrives last.
    static void drainQueuedDeliveries()
    {
        QThreadPool::globalInstance()->waitForDone();
        bool marker = false;
        QTimer::singleShot(0, [&marker] { marker = true; });
        QTRY_VERIFY(marker);
    }

private Q_SLOTS:
    void resultArrivesOnTheReceiversThread()
    {
        QObject receiver;
        JobTracker jobs(&receiver);
        QThread *workedOn = nullptr;
        QThread *deliveredOn = nullptr;
        int result = 0;
        jobs.start(
            [&workedOn](const CancelToken &) {
                workedOn = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                deliveredOn = QThread::currentThread();
                result = value;
            });
        QVERIFY(jobs.isRunning());
        QTRY_COMPARE(result, 42);
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(!jobs.isRunning());
    }

    void aNewerStartSupersedesAndCancelsTheOlder()
    {
        QObject receiver;
        JobTracker jobs(&receiver);
        QSemaphore release;
        std::atomic<bool> firstSawCancel{false};
        QList<int> delivered;
        jobs.start(
            [&](const CancelToken &cancel) {
                release.acquire();
                firstSawCancel = cancel.isCancelled();
                return 1;
            },
            [&delivered](int value) { delivered.append(value); });
        jobs.start([](const CancelToken &) { return 2; },
                   [&delivered](int value) { delivered.append(value); });
        release.release();
        QTRY_COMPARE(delivered, QList<int>{2});
        drainQueuedDeliveries();
        QCOMPARE(delivered, QList<int>{2});
        QVERIFY(firstSawCancel);
    }

    void jobsAlongsideAllDeliver()
    {
        QObject receiver;
        JobTracker jobs(&receiver);
        QList<int> delivered;
        for (int i = 0; i < 5; ++i) {
            jobs.startAlongside([i](const CancelToken &) { return i; },
                                [&delivered](int value) { delivered.append(value); });
        }
        QTRY_COMPARE(delivered.size(), 5);
        std::sort(delivered.begin(), delivered.end());
        QCOMPARE(delivered, (QList<int>{0, 1, 2, 3, 4}));
    }

    void cancelDropsTheResult()
    {
        QObject receiver;
        JobTracker jobs(&receiver);
        QSemaphore release;
        bool delivered = false;
        jobs.start(
            [&release](const CancelToken &) {
                release.acquire();
                return true;
            },
            [&delivered](bool) { delivered = true; });
        jobs.cancel();
        release.release();
        drainQueuedDeliveries();
        QVERIFY(!delivered);
        QVERIFY(!jobs.isRunning());
        // The tracker still works after a cancel.
        jobs.start([](const CancelToken &) { return true; },
                   [&delivered](bool) { delivered = true; });
        QTRY_VERIFY(delivered);
    }

    void aDestroyedReceiverGetsNothing()
    {
        QSemaphore release;
        bool delivered = false;
        bool workFinished = false;
        {
            auto receiver = std::make_unique<QObject>();
            JobTracker jobs(receiver.get());
            jobs.startAlongside(
                [&](const CancelToken &cancel) {
                    release.acquire();
                    workFinished = true;
                    return cancel.isCancelled();
                },
                [&delivered](bool) { delivered = true; });
            receiver.reset();
        }
        release.release();
        drainQueuedDeliveries();
        QVERIFY(workFinished);
        QVERIFY(!delivered);
    }

    void voidWorkAndMoveOnlyResults()
    {
        QObject receiver;
        JobTracker jobs(&receiver);
        bool ran = false;
        jobs.start([](const CancelToken &) {}, [&ran]() { ran = true; });
        QTRY_VERIFY(ran);
        std::unique_ptr<int> moved;
        jobs.start([](const CancelToken &) { return std::make_unique<int>(7); },
                   [&moved](std::unique_ptr<int> value) { moved = std::move(value); });
        QTRY_VERIFY(moved != nullptr);
        QCOMPARE(*moved, 7);
    }

    void aPoolOfOneThreadSerialisesJobs()
    {
        QObject receiver;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        JobTracker jobs(&receiver, &pool);
        std::atomic<int> concurrent{0};
        std::atomic<int> most{0};
        int delivered = 0;
        for (int i = 0; i < 4; ++i) {
            jobs.startAlongside(
                [&](const CancelToken &) {
                    most = std::max(most.load(), ++concurrent);
                    QThread::msleep(5);
                    --concurrent;
                },
                [&delivered]() { ++delivered; });
        }
        QTRY_COMPARE(delivered, 4);
        QCOMPARE(most.load(), 1);
    }
};

QTEST_GUILESS_MAIN(BackgroundJobTest)
#include "tst_backgroundjob.moc"
