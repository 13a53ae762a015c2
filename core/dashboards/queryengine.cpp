#include "dashboards/queryengine.h"

#include "backends/backendclient.h"
#include "metrics/metricqueryservice.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <vector>

namespace opsdeck {
namespace {

QString unixSeconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

struct Parsed {
    std::optional<QueryAnswer> answer;
    QList<SeriesSummary> summaries;
    QString error;
};

// On a worker: the answer read, each series summed up and then thinned to the plot's width.
Parsed parseAndReduce(const QByteArray &body, const PanelQuery &query)
{
    Parsed parsed;
    parsed.answer = QueryAnswer::parse(body, query.maxSeries, &parsed.error);
    if (!parsed.answer) {
        return parsed;
    }
    parsed.summaries.reserve(parsed.answer->series.size());
    for (MetricSnapshot::Series &series : parsed.answer->series) {
        parsed.summaries.append(SeriesSummary::of(series.points));
        if (query.columns > 0 && !query.instant) {
            series.points =
                decimateForColumns(series.points, query.window.startMs, query.window.endMs,
                                   query.columns, query.window.stepMs);
        }
    }
    return parsed;
}

QString describe(const BackendDefinition &backend, const QString &reason)
{
    return QCoreApplication::translate("QueryEngine", "Prometheus \"%1\" (%2): %3")
        .arg(backend.name, backend.url, reason);
}

} // namespace

struct QueryEngine::Batch {
    QPointer<QObject> context;
    Callback done;
    QList<PanelQueryResult> results;
    qsizetype pending = 0;
};

struct QueryEngine::Flight {
    PanelQuery query;
    QString key;
    std::vector<std::pair<std::weak_ptr<Batch>, qsizetype>> waiters;
    QPointer<QNetworkReply> reply;
    bool sent = false;
};

QString PanelQuery::key() const
{
    return QStringList{backendId,
                       instant ? QStringLiteral("instant") : QStringLiteral("range"),
                       QString::number(window.startMs),
                       QString::number(window.endMs),
                       QString::number(instant ? 0 : window.stepMs),
                       QString::number(maxSeries),
                       QString::number(columns),
                       expr}
        .join(QLatin1Char('\n'));
}

QString PanelQuery::path() const
{
    return instant ? QStringLiteral("api/v1/query") : QStringLiteral("api/v1/query_range");
}

QByteArray PanelQuery::form(int timeoutSeconds) const
{
    QByteArray form = "query=" + QUrl::toPercentEncoding(expr);
    const auto add = [&form](const char *name, const QString &value) {
        form += '&';
        form += name;
        form += '=';
        form += QUrl::toPercentEncoding(value);
    };
    if (instant) {
        add("time", unixSeconds(window.endMs));
    } else {
        add("start", unixSeconds(window.startMs));
        add("end", unixSeconds(window.endMs));
        add("step", unixSeconds(window.stepMs));
    }
    if (timeoutSeconds > 0) {
        // The server stops evaluating when we stop waiting.
        add("timeout", QStringLiteral("%1s").arg(timeoutSeconds));
    }
    if (maxSeries > 0) {
        // One more than is kept, so that a server that honours it still shows there are more;
        // one that does not know it ignores it.
        add("limit", QString::number(maxSeries + 1));
    }
    return form;
}

QueryEngine::QueryEngine(const MetricQueryService &backends, QObject *parent)
    : QObject(parent)
    , m_backends(backends)
    , m_jobs(this)
{
    // A changed backend (its URL, its secret) is reached through a new client; the old one
    // finishes what it has in flight first.
    connect(&backends, &MetricQueryService::backendsChanged, this, [this] {
        for (BackendClient *old : std::as_const(m_clients)) {
            if (m_clientLoad.value(old) == 0) {
                m_clientLoad.remove(old);
                old->deleteLater();
            } else {
                m_retired.insert(old);
            }
        }
        m_clients.clear();
    });
}

QueryEngine::~QueryEngine() = default;

int QueryEngine::requestsInFlight() const
{
    int count = 0;
    for (const int active : m_active) {
        count += active;
    }
    return count;
}

int QueryEngine::requestsQueued() const
{
    int count = 0;
    for (const auto &queue : m_queue) {
        count += int(queue.size());
    }
    return count;
}

void QueryEngine::run(const QList<PanelQuery> &queries, QObject *context, Callback done)
{
    cancel(context);
    auto batch = std::make_shared<Batch>();
    batch->context = context;
    batch->done = std::move(done);
    batch->results.resize(queries.size());
    batch->pending = queries.size();
    m_batches.insert(context, batch);
    if (!m_watched.contains(context)) {
        m_watched.insert(context);
        connect(context, &QObject::destroyed, this, [this, context] {
            m_watched.remove(context);
            cancel(context);
        });
    }
    if (queries.isEmpty()) {
        QTimer::singleShot(0, this, [this, weak = std::weak_ptr<Batch>(batch)] {
            const auto empty = weak.lock();
            if (empty && !empty->context.isNull() &&
                m_batches.value(empty->context.data()) == empty) {
                m_batches.remove(empty->context.data());
                empty->done({});
            }
        });
        return;
    }
    for (qsizetype index = 0; index < queries.size(); ++index) {
        attach(batch, index, queries.at(index));
    }
}

void QueryEngine::attach(const std::shared_ptr<Batch> &batch, qsizetype index,
                         const PanelQuery &query)
{
    QString invalid;
    const std::optional<BackendDefinition> backend = m_backends.prometheusBackend(query.backendId);
    if (!backend) {
        invalid = query.backendId.isEmpty()
                      ? tr("no Prometheus backend is chosen for this query")
                      : tr("no Prometheus backend with id %1 is configured").arg(query.backendId);
    } else if (query.expr.trimmed().isEmpty()) {
        invalid = describe(*backend, tr("the query is empty"));
    } else if (!query.instant && query.window.endMs < query.window.startMs) {
        invalid = describe(*backend, tr("the time range is empty"));
    }
    if (!invalid.isEmpty()) {
        PanelQueryResult result;
        result.error = invalid;
        result.fetchedAt = QDateTime::currentDateTimeUtc();
        // Asynchronous like every other outcome, so that callers need one code path.
        QTimer::singleShot(0, this, [this, weak = std::weak_ptr<Batch>(batch), index, result] {
            const auto waiting = weak.lock();
            if (waiting && !waiting->context.isNull() &&
                m_batches.value(waiting->context.data()) == waiting) {
                deliver(*waiting, index, result);
            }
        });
        return;
    }
    const QString key = query.key();
    auto found = m_flights.find(key);
    if (found == m_flights.end()) {
        auto flight = std::make_shared<Flight>();
        flight->query = query;
        flight->key = key;
        found = m_flights.emplace(key, flight).first;
        m_queue[query.backendId].push_back(flight);
    }
    found->second->waiters.emplace_back(batch, index);
    pump(query.backendId);
}

void QueryEngine::cancel(const QObject *context)
{
    const std::shared_ptr<Batch> batch = m_batches.take(context);
    if (!batch) {
        return;
    }
    std::vector<std::shared_ptr<Flight>> abandoned;
    for (const auto &[key, flight] : m_flights) {
        std::erase_if(flight->waiters, [&batch](const auto &waiter) {
            const auto owner = waiter.first.lock();
            return !owner || owner == batch;
        });
        if (flight->waiters.empty()) {
            abandoned.push_back(flight);
        }
    }
    for (const auto &flight : abandoned) {
        dropIdleFlight(flight);
    }
}

void QueryEngine::dropIdleFlight(const std::shared_ptr<Flight> &flight)
{
    m_flights.erase(flight->key);
    if (flight->sent && flight->reply) {
        flight->reply->abort(); // its answer arrives as an error and is dropped
    }
    auto &queue = m_queue[flight->query.backendId];
    std::erase(queue, flight);
    reportIfIdle();
}

void QueryEngine::reportIfIdle()
{
    if (m_flights.empty() && requestsInFlight() == 0 && !m_jobs.isRunning()) {
        Q_EMIT idle();
    }
}

BackendClient *QueryEngine::client(const QString &backendId)
{
    BackendClient *&client = m_clients[backendId];
    if (client == nullptr) {
        client = new BackendClient(*m_backends.prometheusBackend(backendId),
                                   m_backends.secret(backendId), this);
    }
    return client;
}

void QueryEngine::pump(const QString &backendId)
{
    auto &queue = m_queue[backendId];
    while (m_active.value(backendId) < MaxPerBackend && !queue.empty()) {
        const std::shared_ptr<Flight> flight = queue.front();
        queue.pop_front();
        send(flight);
    }
}

void QueryEngine::send(const std::shared_ptr<Flight> &flight)
{
    const QString backendId = flight->query.backendId;
    const std::optional<BackendDefinition> backend = m_backends.prometheusBackend(backendId);
    if (!backend) {
        PanelQueryResult result;
        result.error = tr("no Prometheus backend with id %1 is configured").arg(backendId);
        result.fetchedAt = QDateTime::currentDateTimeUtc();
        finish(flight, result);
        return;
    }
    ++m_active[backendId];
    ++m_sent;
    flight->sent = true;
    BackendClient *through = client(backendId);
    const QByteArray form = flight->query.form(backend->timeoutSeconds);
    const QString url = flight->query.path() + QLatin1Char('?') + QString::fromLatin1(form);
    const auto answered = [this, weak = std::weak_ptr<Flight>(flight), backend = *backend,
                           through](const HttpAnswer &answer) {
        --m_active[backend.id];
        if (--m_clientLoad[through] == 0 && m_retired.remove(through)) {
            m_clientLoad.remove(through);
            through->deleteLater();
        }
        pump(backend.id);
        const auto answeredFlight = weak.lock();
        if (!isCurrent(answeredFlight)) {
            reportIfIdle();
            return; // nobody waits for it any more
        }
        if (!answer.ok() && answer.status < 400) {
            PanelQueryResult result;
            result.error = describe(backend, answer.error); // refused, timed out, TLS …
            result.latencyMs = answer.latencyMs;
            result.fetchedAt = answer.finishedAt;
            finish(answeredFlight, result);
            return;
        }
        // A 4xx or 5xx from the server carries its reason (a PromQL error) as JSON: parsed
        // like a success, on a worker.
        m_jobs.startAlongside(
            [body = answer.body, query = answeredFlight->query](const CancelToken &) {
                return parseAndReduce(body, query);
            },
            [this, weak, backend, answer](Parsed parsed) {
                const auto parsedFlight = weak.lock();
                PanelQueryResult result;
                result.latencyMs = answer.latencyMs;
                result.fetchedAt = answer.finishedAt;
                if (!answer.ok()) {
                    result.error = describe(
                        backend, parsed.error.isEmpty()
                                     ? answer.error
                                     : tr("HTTP %1: %2").arg(answer.status).arg(parsed.error));
                } else if (!parsed.answer) {
                    result.error = describe(backend, tr("unreadable answer: %1").arg(parsed.error));
                } else {
                    result.answer = std::move(*parsed.answer);
                    result.summaries = std::move(parsed.summaries);
                    result.partial = !result.answer.warnings.isEmpty();
                    const int maxSeries = parsedFlight ? parsedFlight->query.maxSeries : 0;
                    result.limitedByServer =
                        maxSeries > 0 && result.answer.seriesInAnswer == maxSeries + 1;
                }
                if (isCurrent(parsedFlight)) {
                    finish(parsedFlight, result);
                } else {
                    reportIfIdle();
                }
            });
    };
    ++m_clientLoad[through];
    flight->reply = url.size() <= MaxGetUrlBytes
                        ? through->get(url, answered)
                        : through->postForm(flight->query.path(), form, answered);
}

void QueryEngine::finish(const std::shared_ptr<Flight> &flight, const PanelQueryResult &result)
{
    m_flights.erase(flight->key);
    for (const auto &[weak, index] : flight->waiters) {
        const auto batch = weak.lock();
        if (batch && !batch->context.isNull() && m_batches.value(batch->context.data()) == batch) {
            deliver(*batch, index, result);
        }
    }
    reportIfIdle();
}

bool QueryEngine::isCurrent(const std::shared_ptr<Flight> &flight) const
{
    if (!flight) {
        return false;
    }
    const auto found = m_flights.find(flight->key);
    return found != m_flights.end() && found->second == flight;
}

void QueryEngine::deliver(Batch &batch, qsizetype index, const PanelQueryResult &result)
{
    batch.results[index] = result;
    if (--batch.pending > 0) {
        return;
    }
    // Taken out first: `done` may run the context again.
    const std::shared_ptr<Batch> keep = m_batches.take(batch.context.data());
    batch.done(batch.results);
}

} // namespace opsdeck
