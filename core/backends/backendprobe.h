#pragma once

#include "backends/backendendpoint.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace opsdeck {

// What one request to a backend's version endpoint found.
struct ProbeResult {
    bool ok = false;
    bool answered = false; // a 2xx answer arrived (ok, or not a status document); not for 4xx/5xx
    QString version;       // the server's version when ok
    QString error;         // the exact error otherwise: connection, HTTP status, or what was wrong
    qint64 latencyMs = -1;
    QDateTime finishedAt; // UTC
};

// Asks a backend for its version ("Test connection"). Each call sends one request with a
// deadline; the callback runs on this object's thread and never after the probe is destroyed.
class BackendProbe : public QObject {
    Q_OBJECT
public:
    explicit BackendProbe(QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void probe(const BackendEndpoint &endpoint, std::function<void(const ProbeResult &)> done);

    // Reads the version out of a status response; on failure says what was wrong.
    static ProbeResult parseStatus(BackendEndpoint::Kind kind, const QByteArray &body);

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 5000;
};

} // namespace opsdeck
