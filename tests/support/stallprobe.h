#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace opsdeck::test {

// The longest time the GUI thread went without returning to its event loop, as a user feels
// it: a 1 ms timer notes how late each of its ticks comes. reset() starts a phase.
//  - longestMs(): the longest gap between ticks, in wall time. On a 2-core machine that also
//    runs the server under test it includes time the thread was ready but not scheduled.
//  - longestBusyMs(): the most CPU time the thread itself used between two ticks: the work the
//    console did without letting the event loop run.
// Only what runs on this thread's event loop is measured, so a phase must not include the
// caller's own blocking waits.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }

    void reset()
    {
        m_longestNs = 0;
        m_longestBusyNs = 0;
        m_lastNs = m_clock.nsecsElapsed();
        m_lastCpuNs = threadCpuNs();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    double longestBusyMs() const { return double(m_longestBusyNs) / 1e6; }

private:
    static constexpr qint64 IntervalNs = 1'000'000;

    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_longestNs = std::max(m_longestNs, now - m_lastNs - IntervalNs);
        m_longestBusyNs = std::max(m_longestBusyNs, cpu - m_lastCpuNs);
        m_lastNs = now;
        m_lastCpuNs = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestBusyNs = 0;
};

} // namespace opsdeck::test
