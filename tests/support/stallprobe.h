#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace opsdeck::test {

// The longest time the GUI thread went without returning to its event loop, as a user feels
// it: a 1 ms timer notes how late each of its ticks comes. reset() starts a phase; longestMs()
// is the longest stall since. Only what runs on this thread's event loop is measured, so a
// phase must not include the caller's own blocking waits.
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
        m_lastNs = m_clock.nsecsElapsed();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }

private:
    static constexpr qint64 IntervalNs = 1'000'000;

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_lastNs - IntervalNs);
        m_lastNs = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

} // namespace opsdeck::test
