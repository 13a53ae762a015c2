#pragma once

#include "alarms/alertanswerpipe.h"
#include "alarms/alertparser.h"
#include "backends/backendclient.h"
#include "backends/backendhealth.h"
#include "common/backgroundjob.h"
#include "model/alert.h"
#include "model/silence.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace opsdeck {

// Polls one backend: its alerts (Alertmanager /api/v2/alerts or Prometheus /api/v1/alerts)
// and, for Alertmanager, its silences. At most one poll at a time; on failure the next poll
// waits longer (exponential backoff with jitter) and the last data stays, marked stale, until
// the server answers again; meanwhile a small status request at the usual interval notices
// when it does, and a poll follows at once. Answers are parsed on a worker thread.
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
    void probe();
    int intervalMs() const;

    BackendClient *m_client;
    std::shared_ptr<AlertAnswerCache> m_parseCache = std::make_shared<AlertAnswerCache>();
    QTimer *m_timer;      // the next poll
    QTimer *m_probeTimer; // while backing off: the next check whether the server is back
    BackendHealth m_health;
    std::unique_ptr<AlertAnswerPipe> m_alertPipe; // Alertmanager's alerts, read as they arrive
    JobTracker m_parsing; // the other answers of the poll under way, parsed on workers
    int m_pending = 0;    // answers the poll under way still waits for
    bool m_pollAgain = false;
    bool m_failed = false;
    bool m_answered = false;
    QStringList m_problems;
    qint64 m_latencyMs = 0;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(QList<opsdeck::Alert>)
Q_DECLARE_METATYPE(QList<opsdeck::Silence>)
