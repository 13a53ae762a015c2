#pragma once

#include "backends/backendendpoint.h"
#include "backends/backendprobe.h"

#include <QList>
#include <QObject>
#include <QSet>

class QTimer;

namespace opsdeck {

// The health of one backend as the status bar shows it.
struct BackendHealth {
    enum class State {
        Unknown,  // not asked yet
        Ok,       // answered with its version
        Degraded, // answered, but not with a status document of its kind
        Down,     // no answer, or an HTTP error
    };
    BackendEndpoint endpoint;
    State state = State::Unknown;
    ProbeResult lastProbe;
    QDateTime lastSuccess; // UTC; invalid if it never answered
};

// Asks every configured backend for its version now and then, and keeps the latest health of
// each. A backend that stops answering keeps its last success time.
class BackendHealthMonitor : public QObject {
    Q_OBJECT
public:
    explicit BackendHealthMonitor(QList<BackendEndpoint> endpoints, QObject *parent = nullptr);

    const QList<BackendHealth> &health() const { return m_health; }
    void setInterval(int milliseconds);
    void setTimeout(int milliseconds);

    void start();    // probes now, then every interval
    void probeAll(); // probes now

Q_SIGNALS:
    void healthChanged(int index);

private:
    QList<BackendHealth> m_health;
    BackendProbe *m_probe;
    QTimer *m_timer;
    QSet<int> m_inFlight; // indexes of backends with a probe under way
};

} // namespace opsdeck
