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

void MetricQueryService::run(const QString &backendId, const QString &query, const QDateTime &start,
                             const QDateTime &end, QObject *context, Callback done)
{
    const auto backend = std::find_if(
        m_backends.cbegin(), m_backends.cend(),
        [&backendId](const BackendDefinition &candidate) { return candidate.id == backendId; });
    if (backend == m_backends.cend()) {
        QTimer::singleShot(0, context, [done, backendId] {
            done(std::nullopt, tr("no Prometheus backend with id %1 is configured").arg(backendId));
        });
        return;
    }
    auto *rangeQuery = new MetricRangeQuery(this);
    // A closed dialog takes its query with it: the reply is aborted, `done` never runs.
    connect(context, &QObject::destroyed, rangeQuery, &QObject::deleteLater);
    connect(rangeQuery, &MetricRangeQuery::succeeded, context,
            [rangeQuery, done](const MetricSnapshot &snapshot) {
                rangeQuery->deleteLater();
                done(snapshot, {});
            });
    connect(rangeQuery, &MetricRangeQuery::failed, context,
            [rangeQuery, done](const QString &error) {
                rangeQuery->deleteLater();
                done(std::nullopt, error);
            });
    rangeQuery->start(*backend, m_secrets.value(backendId), query, start, end);
}

} // namespace opsdeck
