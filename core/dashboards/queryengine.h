#pragma once

#include "common/backgroundjob.h"
#include "dashboards/querywindow.h"
#include "dashboards/seriesreduction.h"
#include "metrics/queryanswer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <map>
#include <memory>

class QNetworkReply;

namespace opsdeck {

class BackendClient;
class MetricQueryService;

// One PromQL query of a panel, its variables already put in.
struct PanelQuery {
    QString backendId;
    QString expr;
    bool instant = false; // evaluated at window.endMs
    QueryWindow window;
    int maxSeries = 500; // more are left out, and the result says how many came
    // The plot's width in pixels: a range answer's series come reduced to what it can show
    // (decimateForColumns). 0: as the server sent them.
    int columns = 0;

    // Identical keys share one request.
    QString key() const;
    // The request: its path relative to the backend's URL and the form of its parameters.
    QString path() const;
    QByteArray form(int timeoutSeconds) const;
};

// What became of one PanelQuery.
struct PanelQueryResult {
    QueryAnswer answer; // when error is empty; a range query's series decimated to its columns
    QList<SeriesSummary> summaries; // of answer.series, over every point the server sent
    QString error; // names the backend and what failed, the server's own message if any
    // The server reported warnings with its data: some of it may be missing (a Thanos store
    // that did not answer, say).
    bool partial = false;
    // The server kept to the series cap itself (the `limit` parameter): more series exist than
    // the answer holds, how many is unknown.
    bool limitedByServer = false;
    qint64 latencyMs = -1;
    QDateTime fetchedAt; // UTC

    bool ok() const { return error.isEmpty(); }
    bool capped() const { return limitedByServer || answer.seriesInAnswer > answer.series.size(); }
};

// Runs the queries of dashboard panels against the Prometheus backends MetricQueryService
// knows: concurrently but at most MaxPerBackend requests at a time to one backend; identical
// queries (same backend, expression and aligned window) share one request; answers are parsed
// on workers. Each caller (a panel) is a context: its next run() or cancel() drops what it
// asked before, and a request nobody waits for any more is aborted.
class QueryEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxPerBackend = 4;
    // A longer URL is sent as a form POST: proxies and servers cut URLs of a few kilobytes.
    static constexpr qsizetype MaxGetUrlBytes = 2000;

    // The results in the order of the queries asked.
    using Callback = std::function<void(const QList<PanelQueryResult> &results)>;

    explicit QueryEngine(const MetricQueryService &backends, QObject *parent = nullptr);
    ~QueryEngine() override;
    QueryEngine(const QueryEngine &) = delete;
    QueryEngine &operator=(const QueryEngine &) = delete;

    // `done` runs once, on this engine's thread, after the last of `queries` has an outcome;
    // never if `context` runs again, is cancelled or is destroyed first.
    void run(const QList<PanelQuery> &queries, QObject *context, Callback done);
    void cancel(const QObject *context);

    int requestsInFlight() const;               // sent and not yet answered
    int requestsQueued() const;                 // waiting for a free place at their backend
    int requestsSent() const { return m_sent; } // since the engine was made

Q_SIGNALS:
    // Nothing is in flight or queued any more.
    void idle();

private:
    struct Flight;
    struct Batch;

    void attach(const std::shared_ptr<Batch> &batch, qsizetype index, const PanelQuery &query);
    void pump(const QString &backendId);
    void send(const std::shared_ptr<Flight> &flight);
    void finish(const std::shared_ptr<Flight> &flight, const PanelQueryResult &result);
    void deliver(Batch &batch, qsizetype index, const PanelQueryResult &result);
    BackendClient *client(const QString &backendId);
    void dropIdleFlight(const std::shared_ptr<Flight> &flight);
    bool isCurrent(const std::shared_ptr<Flight> &flight) const;
    void reportIfIdle();

    const MetricQueryService &m_backends;
    JobTracker m_jobs;                                           // parses answers
    std::map<QString, std::shared_ptr<Flight>> m_flights;        // by key
    QHash<QString, std::deque<std::shared_ptr<Flight>>> m_queue; // by backend id
    QHash<QString, int> m_active;                                // by backend id
    QHash<QString, BackendClient *> m_clients;                   // by backend id
    QHash<BackendClient *, int> m_clientLoad;                    // requests in flight
    QSet<BackendClient *> m_retired; // replaced after a backend change, deleted when idle
    QSet<const QObject *> m_watched; // contexts whose destruction cancels their queries
    QHash<const QObject *, std::shared_ptr<Batch>> m_batches; // by context
    int m_sent = 0;
};

} // namespace opsdeck
