#pragma once

#include "model/json.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace opsdeck {

// An incident, from declaration to closing. Lifecycle changes go through transitionTo(), which
// refuses an out-of-order step with the reason.
struct Incident {
    static constexpr int SchemaVersion = 1;

    enum class Status { Triage, Investigating, Identified, Mitigated, Resolved, Closed };
    enum class Severity { Sev1, Sev2, Sev3, Sev4 };

    QString id;  // UUID
    QString key; // human key, e.g. INC-2026-0042
    QString title;
    Severity severity = Severity::Sev3;
    Status status = Status::Triage;
    bool falseAlarm = false;
    bool gameDay = false;
    QString commander;
    QMap<QString, QString> roles; // "scribe", "communications", "operations" -> person
    QStringList services;
    QStringList tags;
    QStringList alertFingerprints;
    QDateTime declaredAt;                 // UTC
    QDateTime impactStartedAt;            // UTC; invalid when unknown
    QDateTime firstAlertAt;               // UTC; earliest start of its linked alerts, if any
    QMap<QString, QDateTime> statusTimes; // status name -> when it was entered (UTC)

    static QStringList statusNames();   // triage ... closed
    static QStringList severityNames(); // SEV1 ... SEV4
    static QString statusName(Status status);
    static QString severityName(Severity severity);
    static std::optional<Status> statusFromName(const QString &name);
    static QStringList roleNames(); // scribe, communications, operations

    // The start of the incident: the impact's start when known, else the declaration.
    QDateTime startedAt() const;

    // Moves to `next` at `at`; returns the reason when the step is not allowed, and then
    // changes nothing. Closing straight from triage needs `markFalseAlarm`.
    std::optional<QString> transitionTo(Status next, const QDateTime &at,
                                        bool markFalseAlarm = false);

    Json toJson() const;
    static Incident fromJson(const Json &json, const QString &path = {}); // throws ModelError

    // "INC-2026-0042" from a year and a running number.
    static QString makeKey(int year, int number);
};

} // namespace opsdeck
