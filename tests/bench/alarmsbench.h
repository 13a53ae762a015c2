#pragma once

// What the benchmarks that drive the Alarms views against a real Alertmanager share: loading
// alerts into it, running the event loop until something holds, the process's memory.

#include "model/json.h"
#include "shell/incidentdeclarer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

namespace opsdeck::bench {

// Before the QApplication: headless unless a display was asked for.
inline void useOffscreenUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

// The Alarms views are measured alone: nothing is declared.
class NoDeclarer : public ui::IncidentDeclarer {
public:
    void declareIncident(const QList<Alert> &alerts) override { Q_UNUSED(alerts) }
    bool canDeclare() const override { return false; }
    std::optional<ui::IncidentLink> incidentOf(const QString &fingerprint) const override
    {
        Q_UNUSED(fingerprint)
        return std::nullopt;
    }
    QStringList linkedFingerprints() const override { return {}; }
    std::optional<ui::IncidentLink> openIncident() const override { return std::nullopt; }
    void addToOpenIncident(const QList<Alert> &alerts) override { Q_UNUSED(alerts) }
    void showIncident(const QString &incidentId) override { Q_UNUSED(incidentId) }
    void followIncidents(QObject *context, std::function<void()> changed) override
    {
        Q_UNUSED(context)
        Q_UNUSED(changed)
    }
};

// Runs the application's events until `done` holds. This is main()'s only loop, so nothing is
// nested; unlike QTest::qWaitFor it does not sleep between checks, which would add up to 10 ms
// to every measured hop.
template <typename Predicate>
bool runUntil(Predicate done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        // Without exec(), processEvents leaves deleteLater() undone: every finished reply (and
        // the alerts it posted) would stay, and the memory figures with them.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

inline double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

// `count` alerts as Alertmanager takes them; `version` changes the annotations of the first
// `changed` alerts (same labels, so the same alerts with new content). They resolve after
// `lifetimeSeconds`.
inline QByteArray alertBatch(int first, int count, int changed, int version,
                             int lifetimeSeconds = 3600)
{
    QByteArray body = "[";
    const QByteArray endsAt =
        toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds)).toUtf8();
    for (int i = first; i < first + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        body += (i == first ? "" : ",");
        body += "{\"labels\":{\"alertname\":\"HighLatency" + QByteArray::number(i % 40) +
                "\",\"severity\":\"" + (i % 3 == 0 ? "critical" : "warning") +
                "\",\"service\":\"svc-" + QByteArray::number(i % 50) + "\",\"instance\":\"host-" +
                n + ":9100\",\"team\":\"team-" + QByteArray::number(i % 12) +
                "\"},\"annotations\":{\"summary\":\"p99 latency above 2s on host-" + n +
                "\",\"description\":\"The p99 latency has been above 2 s for 10 minutes (v" +
                QByteArray::number(i - first < changed ? version : 0) +
                ").\",\"runbook_url\":\"https://runbooks.example.org/latency\"},\"endsAt\":\"" +
                endsAt + "\",\"generatorURL\":\"http://prometheus:9090/graph?g0.expr=up\"}";
    }
    return body + "]";
}

inline bool post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(request, body);
    (void)runUntil([reply] { return reply->isFinished(); }, 60000);
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (!ok) {
        std::fprintf(stderr, "POST failed: %s\n", qPrintable(reply->errorString()));
    }
    reply->deleteLater();
    return ok;
}

} // namespace opsdeck::bench
