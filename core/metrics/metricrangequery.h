#pragma once

#include "common/backgroundjob.h"
#include "metrics/metricsnapshot.h"
#include "model/backenddefinition.h"

#include <QObject>

namespace opsdeck {

class BackendClient;

// Runs one PromQL range query (/api/v1/query_range) against a Prometheus backend, with the
// backend's authentication, TLS, proxy and deadline. The answer is parsed on a worker thread;
// exactly one of succeeded() or failed() follows each start() unless another start() or
// cancel() comes first (the older answer is then dropped).
class MetricRangeQuery : public QObject {
    Q_OBJECT
public:
    explicit MetricRangeQuery(QObject *parent = nullptr);

    // The step is chosen by MetricSnapshot::stepSecondsFor (about 500 points a series); at most
    // MetricSnapshot::MaxSeries series are kept, the snapshot's warning says when more came.
    void start(const BackendDefinition &backend, const QString &secret, const QString &query,
               const QDateTime &start, const QDateTime &end);
    void cancel();
    bool isRunning() const { return m_running; }

    // The request path relative to the backend's URL, every parameter percent-encoded (a '+'
    // in PromQL must not arrive as a space).
    static QString requestPath(const QString &query, const QDateTime &start, const QDateTime &end,
                               int stepSeconds, int timeoutSeconds);

Q_SIGNALS:
    void succeeded(const opsdeck::MetricSnapshot &snapshot);
    // `error` names the backend and what failed: "Prometheus "main" (http://…): HTTP 400: …".
    void failed(const QString &error);

private:
    void fail(const BackendDefinition &backend, const QString &reason);

    BackendClient *m_client = nullptr;
    JobTracker m_jobs; // parses the answer; cancel() and a new start() drop it
    bool m_running = false;
};

} // namespace opsdeck
