#pragma once

#include "model/json.h"

#include <QDateTime>

namespace opsdeck {

// A deployment of one service, for the DORA metrics (frequency, lead time, change failure
// rate, time to restore).
struct Deployment {
    static constexpr int SchemaVersion = 1;

    QString id; // UUID
    QString service;
    QString version;
    QDateTime committedAt; // the change's commit, for lead time; may be invalid
    QDateTime deployedAt;
    bool failed = false;      // caused a failure in production
    QString causedIncidentId; // the incident it caused, if any

    Json toJson() const;
    static Deployment fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
