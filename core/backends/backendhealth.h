#pragma once

#include "model/backendendpoint.h"

#include <QDateTime>
#include <QString>

namespace opsdeck {

// The health of one backend as the status bar and the Backends dock show it.
struct BackendHealth {
    enum class State {
        Unknown,  // not asked yet
        Ok,       // the last poll brought every alert (and silence)
        Degraded, // the last poll brought data, but some of it was unreadable
        Down,     // the last poll brought nothing usable: no answer, an HTTP error, garbage
    };
    QString backendId;
    BackendEndpoint endpoint;
    State state = State::Unknown;
    QString version; // from the status endpoint, once it answered
    QString error;   // the exact error of the last poll (or its warnings when Degraded)
    qint64 latencyMs = -1;
    QDateTime lastPoll;    // UTC
    QDateTime lastSuccess; // UTC; invalid if it never answered
    int alertCount = 0;
    int failures = 0; // consecutive

    // The backend's alerts are from an earlier poll: it failed since.
    bool isStale() const { return state == State::Down && lastSuccess.isValid(); }
};

} // namespace opsdeck
