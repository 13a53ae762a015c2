#pragma once

#include "model/incident.h"

#include <optional>

namespace opsdeck {

// How long an incident took to reach each milestone, all measured from one origin: the start
// of the impact when the user gave it, else the start of the first linked alert, else the
// declaration (whichever is earliest).
//   detect      -> declaration
//   acknowledge -> the response began (the first move out of triage)
//   mitigate    -> mitigated
//   resolve     -> resolved
// A milestone not reached yet has no value.
struct IncidentDurations {
    QDateTime origin;
    std::optional<qint64> toDetectMs;
    std::optional<qint64> toAcknowledgeMs;
    std::optional<qint64> toMitigateMs;
    std::optional<qint64> toResolveMs;

    static IncidentDurations of(const Incident &incident);
};

} // namespace opsdeck
