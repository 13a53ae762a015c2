#include "metrics/metricrangequery.h"

#include "backends/backendclient.h"

#include <QUrl>

namespace opsdeck {
namespace {

// What the worker thread makes of an answer's body.
struct ParsedRange {
    QList<MetricSnapshot::Series> series;
    qsizetype seriesInAnswer = 0;
    QStringList warnings;
    QString error;
};

QString unixSeconds(const QDateTime &time)
{
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

} // namespace

MetricRangeQuery::MetricRangeQuery(QObject *parent)
    : QObject(parent)
    , m_jobs(this)
{
    qRegisterMetaType<MetricSnapshot>();
}

QString MetricRangeQuery::requestPath(const QString &query, const QDateTime &start,
                                      const QDateTime &end, int stepSeconds, int timeoutSeconds)
{
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    // Concatenated, not arg(): the encoded query is full of "%2B"-like escapes.
    QString path = QStringLiteral("api/v1/query_range?query=") + encoded(query) +
                   QStringLiteral("&start=") + unixSeconds(start) + QStringLiteral("&end=") +
                   unixSeconds(end) + QStringLiteral("&step=") + QString::number(stepSeconds);
    if (timeoutSeconds > 0) {
        // Prometheus stops evaluating when we stop waiting.
        path += QStringLiteral("&timeout=%1s").arg(timeoutSeconds);
    }
    return path;
}

void MetricRangeQuery::cancel()
{
    m_jobs.cancel();
    m_running = false;
    if (m_client) {
        // Its pending reply goes with it; its callback is never called.
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void MetricRangeQuery::fail(const BackendDefinition &backend, const QString &reason)
{
    m_running = false;
    Q_EMIT failed(tr("Prometheus \"%1\" (%2): %3").arg(backend.name, backend.url, reason));
}

void MetricRangeQuery::start(const BackendDefinition &backend, const QString &secret,
                             const QString &query, const QDateTime &start, const QDateTime &end)
{
    cancel();
    m_running = true;

    QString invalid;
    if (backend.kind != BackendKind::Prometheus) {
        invalid = tr("metrics can only be queried from a Prometheus, this is %1")
                      .arg(backendKindId(backend.kind));
    } else if (query.trimmed().isEmpty()) {
        invalid = tr("the query is empty");
    } else if (!start.isValid() || !end.isValid() || start >= end) {
        invalid = tr("the time range is empty");
    }
    if (!invalid.isEmpty()) {
        // Asynchronous like every other outcome, so callers need one code path.
        m_jobs.start([](const CancelToken &) {},
                     [this, backend, invalid] { fail(backend, invalid); });
        return;
    }

    MetricSnapshot snapshot;
    snapshot.query = query.trimmed();
    snapshot.backendId = backend.id;
    snapshot.backendName = backend.name;
    snapshot.start = start.toUTC();
    snapshot.end = end.toUTC();
    snapshot.stepSeconds = MetricSnapshot::stepSecondsFor(start, end);

    m_client = new BackendClient(backend, secret, this);
    const QString path = requestPath(snapshot.query, snapshot.start, snapshot.end,
                                     snapshot.stepSeconds, backend.timeoutSeconds);
    // cancel() deletes the client: its callback is then never called.
    m_client->get(path, [this, backend, snapshot](const HttpAnswer &answer) {
        if (!answer.ok() && answer.status < 400) {
            fail(backend, answer.error); // no answer: refused, timed out, TLS, cut off ...
            return;
        }
        // A 4xx/5xx from Prometheus carries its reason (a PromQL parse error, say) as JSON:
        // parsed like a success, on the worker.
        m_jobs.start(
            [body = answer.body](const CancelToken &) {
                ParsedRange parsed;
                parsed.series =
                    MetricSnapshot::parseQueryRange(body, &parsed.error, MetricSnapshot::MaxSeries,
                                                    &parsed.seriesInAnswer, &parsed.warnings);
                return parsed;
            },
            // Dropped when cancelled or restarted meanwhile.
            [this, backend, snapshot, answer](const ParsedRange &parsed) {
                if (!answer.ok()) {
                    fail(backend, parsed.error.isEmpty()
                                      ? answer.error
                                      : tr("HTTP %1: %2").arg(answer.status).arg(parsed.error));
                    return;
                }
                if (!parsed.error.isEmpty()) {
                    fail(backend, tr("unreadable answer: %1").arg(parsed.error));
                    return;
                }
                MetricSnapshot result = snapshot;
                result.series = parsed.series;
                QStringList warnings;
                if (parsed.seriesInAnswer > parsed.series.size()) {
                    warnings.append(tr("the query returned %1 series; only the first %2 "
                                       "are kept")
                                        .arg(parsed.seriesInAnswer)
                                        .arg(parsed.series.size()));
                }
                warnings += parsed.warnings;
                result.warning = warnings.join(QStringLiteral("; "));
                m_running = false;
                if (m_client) {
                    m_client->deleteLater();
                    m_client = nullptr;
                }
                Q_EMIT succeeded(result);
            });
    });
}

} // namespace opsdeck
