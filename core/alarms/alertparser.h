#pragma once

#include "model/alert.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace opsdeck {

// The alerts of one backend's answer, and what was wrong with it. A bad alert is skipped with
// a warning naming where it is ("[12].labels"); a bad document gives `error` and no alerts.
struct ParsedAlerts {
    QList<Alert> alerts;
    QStringList warnings;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// What one backend's last answer held, alert by alert, keyed by a hash of each alert's JSON
// text. A poll in which 1 % of the alerts changed parses only that 1 %: the rest are taken from
// here. One cache per backend; used by one poll at a time.
struct AlertParseCache {
    QHash<size_t, Alert> alerts;
};

// Reads an Alertmanager /api/v2/alerts answer while it arrives: feed each piece as it comes
// off the network, then finish. Each alert is parsed as soon as its text is complete, so the
// parse overlaps the transfer and the whole answer is never held. Feeding the answer in any
// pieces reads exactly what one piece does. Use from one thread at a time.
class AlertmanagerAnswerReader {
public:
    explicit AlertmanagerAnswerReader(const QString &backendId, AlertParseCache *cache = nullptr);
    ~AlertmanagerAnswerReader();
    AlertmanagerAnswerReader(const AlertmanagerAnswerReader &) = delete;
    AlertmanagerAnswerReader &operator=(const AlertmanagerAnswerReader &) = delete;

    void feed(QByteArrayView bytes);
    // Alerts read so far (bad ones included), for progress.
    qint64 alertCount() const;
    // The answer has ended. With a cache, the cache then holds this answer's alerts (unless
    // the answer was bad, which leaves it as it was).
    ParsedAlerts finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Reads /api/v2/alerts (Alertmanager) and /api/v1/alerts (Prometheus) answers. Runs on a worker
// thread: it touches nothing but its arguments.
class AlertParser {
public:
    static ParsedAlerts parseAlertmanager(const QByteArray &body, const QString &backendId,
                                          AlertParseCache *cache = nullptr);
    static ParsedAlerts parsePrometheus(const QByteArray &body, const QString &backendId);

    // Alertmanager's fingerprint of a label set (64-bit FNV-1a over the sorted "name\xffvalue\xff"
    // pairs, as 16 hex digits), so that Prometheus alerts and Alertmanager alerts of the same
    // labels are recognised as one.
    static QString fingerprint(const QMap<QString, QString> &labels);
};

} // namespace opsdeck
