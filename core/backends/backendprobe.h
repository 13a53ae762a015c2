#pragma once

#include "model/backendendpoint.h"

#include <QCoreApplication>
#include <QDateTime>

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

// Reads the version out of a backend's status answer.
class BackendProbe {
    Q_DECLARE_TR_FUNCTIONS(BackendProbe)
public:
    // On failure says what was wrong.
    static ProbeResult parseStatus(BackendEndpoint::Kind kind, const QByteArray &body);
};

} // namespace opsdeck
