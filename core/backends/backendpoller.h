#pragma once

#include "alarms/alertparser.h"
#include "backends/backendclient.h"
#include "model/alert.h"
#include "model/silence.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace opsdeck {

// The health of one backend as the status bar and the Backends dock show it.
struct BackendHealth {
    enum class State {
        Unknown,  // not asked yet
        Ok,       // the last poll brought every alert (and silence)
        Degraded, // the last poll brought data, but some of it was unreadable
        Down,     // the last poll brought nothing usable: no answer, an HTTP error, garbage
    };
    QString backendId;
    BackendEndpoint endpoint;
    State state = State::Unknown;
    QString version; // from the status endpoint, once it answered
    QString error;   // the exact error of the last poll (or its warnings when Degraded)
    qint64 latencyMs = -1;
    QDateTime lastPoll;    // UTC
    QDateTime lastSuccess; // UTC; invalid if it never answered
    int alertCount = 0;
    int failures = 0; // consecutive

    // The backend's alerts are from an earlier poll: it failed since.
    bool isStale() const { return state == State::Down && lastSuccess.isValid(); }
};

// Polls one backend: its alerts (Alertmanager /api/v2/alerts or Prometheus /api/v1/alerts)
// and, for Alertmanager, its silences. At most one poll at a time; on failure the next poll
// waits longer (exponential backoff with jitter) and the last data stays, marked stale, until
// the server answers again. Answers are parsed on a worker thread.
class BackendPoller : public QObject {
    Q_OBJECT
public:
    BackendPoller(const BackendDefinition &definition, const QString &secret,
                  QObject *parent = nullptr);

    const BackendDefinition &definition() const { return m_client->definition(); }
    const BackendHealth &health() const { return m_health; }
    BackendClient *client() { return m_client; }

    void start();   // polls now, then on its own
    void pollNow(); // unless a poll is under way
    bool isPolling() const { return m_pending > 0; }

    // The pause before the next poll after `failures` failures in a row: the interval, doubled
    // per failure up to 5 minutes (or the interval, if that is longer), then scaled by `jitter`
    // (0.8 … 1.2) so that many consoles do not hit a recovering server at the same moment.
    static int delayMs(int intervalMs, int failures, double jitter);

Q_SIGNALS:
    // Everything the backend reported in the last successful poll, parsed on a worker.
    void alertsReceived(const QList<Alert> &alerts);
    void silencesReceived(const QList<Silence> &silences);
    void healthChanged();

private:
    void finishPart(const QString &error, const QStringList &warnings, qint64 latencyMs);
    void schedule();

    BackendClient *m_client;
    std::shared_ptr<AlertParseCache> m_parseCache = std::make_shared<AlertParseCache>();
    QTimer *m_timer;
    BackendHealth m_health;
    quint64 m_generation = 0;
    int m_pending = 0; // answers the poll under way still waits for
    bool m_pollAgain = false;
    bool m_failed = false;
    bool m_answered = false;
    QStringList m_problems;
    qint64 m_latencyMs = 0;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(QList<opsdeck::Alert>)
Q_DECLARE_METATYPE(QList<opsdeck::Silence>)
