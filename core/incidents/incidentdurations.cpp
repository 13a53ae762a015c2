#include "incidents/incidentdurations.h"

namespace opsdeck {

IncidentDurations IncidentDurations::of(const Incident &incident)
{
    IncidentDurations durations;
    QDateTime origin = incident.declaredAt;
    for (const QDateTime &candidate : {incident.impactStartedAt, incident.firstAlertAt}) {
        if (candidate.isValid() && (!origin.isValid() || candidate < origin)) {
            origin = candidate;
        }
    }
    durations.origin = origin;
    if (!origin.isValid()) {
        return durations;
    }
    const auto since = [&origin](const QDateTime &at) -> std::optional<qint64> {
        if (!at.isValid()) {
            return std::nullopt;
        }
        return std::max<qint64>(0, origin.msecsTo(at));
    };
    durations.toDetectMs = since(incident.declaredAt);
    // Reopening restamps a status; the earliest stamp past triage is when the response began.
    QDateTime acknowledged;
    for (auto it = incident.statusTimes.cbegin(); it != incident.statusTimes.cend(); ++it) {
        const auto status = Incident::statusFromName(it.key());
        if (status && *status != Incident::Status::Triage &&
            (!acknowledged.isValid() || it.value() < acknowledged)) {
            acknowledged = it.value();
        }
    }
    durations.toAcknowledgeMs = since(acknowledged);
    durations.toMitigateMs =
        since(incident.statusTimes.value(Incident::statusName(Incident::Status::Mitigated)));
    durations.toResolveMs =
        since(incident.statusTimes.value(Incident::statusName(Incident::Status::Resolved)));
    return durations;
}

} // namespace opsdeck
