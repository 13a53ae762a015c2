#include "metrics/metricqueryservice.h"

#include "metrics/metricrangequery.h"

#include <QPointer>
#include <QTimer>

namespace opsdeck {

MetricQueryService::MetricQueryService(QObject *parent)
    : QObject(parent)
{}

void MetricQueryService::setBackends(const QList<BackendDefinition> &backends,
                                     const QHash<QString, QString> &secrets)
{
    m_backends.clear();
    m_secrets.clear();
    for (const BackendDefinition &backend : backends) {
        if (backend.kind == BackendKind::Prometheus) {
            m_backends.append(backend);
            m_secrets.insert(backend.id, secrets.value(backend.id));
        }
    }
    Q_EMIT backendsChanged();
}

std::optional<BackendDefinition> MetricQueryService::prometheusBackend(const QString &id) const
{
    for (const BackendDefinition &backend : m_backends) {
        if (backend.id == id) {
            return backend;
        }
    }
    return std::nullopt;
}

void MetricQueryService::cancel(const QObject *context)
{
    if (QPointer<MetricRangeQuery> running = m_running.take(context)) {
        running->cancel();
        running->deleteLater();
    }
}

void MetricQueryService::run(const QString &backendId, const QString &query, const QDateTime &start,
                             const QDateTime &end, QObject *context, const Callback &done)
{
    cancel(context);
    m_running.removeIf([](const auto &entry) { return entry.value().isNull(); }); // closed ones
    const std::optional<BackendDefinition> backend = prometheusBackend(backendId);
    auto *rangeQuery = new MetricRangeQuery(this);
    m_running.insert(context, rangeQuery);
    // A closed dialog takes its query with it: the reply is aborted, `done` never runs.
    connect(context, &QObject::destroyed, rangeQuery, &QObject::deleteLater);
    const auto finish = [this, context, rangeQuery]() {
        rangeQuery->deleteLater();
        if (m_running.value(context) == rangeQuery) {
            m_running.remove(context);
        }
    };
    connect(rangeQuery, &MetricRangeQuery::succeeded, context,
            [finish, done](const MetricSnapshot &snapshot) {
                finish();
                done(snapshot, {});
            });
    connect(rangeQuery, &MetricRangeQuery::failed, context, [finish, done](const QString &error) {
        finish();
        done(std::nullopt, error);
    });
    if (!backend) {
        QTimer::singleShot(0, rangeQuery, [rangeQuery, backendId] {
            Q_EMIT rangeQuery->failed(
                tr("no Prometheus backend with id %1 is configured").arg(backendId));
        });
        return;
    }
    rangeQuery->start(*backend, m_secrets.value(backendId), query, start, end);
}

} // namespace opsdeck
