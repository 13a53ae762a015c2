#pragma once

#include "metrics/metricsnapshot.h"
#include "model/backenddefinition.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace opsdeck {

class MetricRangeQuery;

// The Prometheus backends metric snapshots can be taken from, with their keychain secrets, and
// the range queries running against them. The ui asks this instead of touching the network.
class MetricQueryService : public QObject {
    Q_OBJECT
public:
    // `snapshot` is set on success (its warning may still say something was left out);
    // otherwise `error` says which backend failed and why.
    using Callback =
        std::function<void(const std::optional<MetricSnapshot> &snapshot, const QString &error)>;

    explicit MetricQueryService(QObject *parent = nullptr);

    // Every backend with its secret by backend id, as AlarmService::setBackends takes them;
    // only the Prometheus ones are kept.
    void setBackends(const QList<BackendDefinition> &backends,
                     const QHash<QString, QString> &secrets = {});
    const QList<BackendDefinition> &prometheusBackends() const { return m_backends; }
    // The Prometheus backend with `id`, or nothing; and its keychain secret (empty if none).
    std::optional<BackendDefinition> prometheusBackend(const QString &id) const;
    QString secret(const QString &backendId) const { return m_secrets.value(backendId); }

    // Runs a range query on the backend with `backendId`. `done` runs once, on `context`'s
    // thread, unless the query is superseded first: by the context's next run(), by
    // cancel(context), or by the context's destruction (the request is then aborted).
    void run(const QString &backendId, const QString &query, const QDateTime &start,
             const QDateTime &end, QObject *context, const Callback &done);
    void cancel(const QObject *context);

Q_SIGNALS:
    void backendsChanged();

private:
    QList<BackendDefinition> m_backends;
    QHash<QString, QString> m_secrets;                            // by backend id
    QHash<const QObject *, QPointer<MetricRangeQuery>> m_running; // by context
};

} // namespace opsdeck
