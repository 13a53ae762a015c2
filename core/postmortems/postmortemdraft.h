#pragma once

#include "model/incident.h"
#include "model/postmortem.h"
#include "model/timelineevent.h"

namespace opsdeck {

// A post-mortem's first draft from an incident: the template's sections, with what the
// incident already knows filled in under each prompt — severity, the impact window, the
// durations to detect, acknowledge, mitigate and resolve, the linked alerts, the roles and a
// table of the key timeline events (status changes, alerts, pinned events, metric snapshots;
// a corrected event in its corrected words). Times are UTC.
class PostMortemDraft {
public:
    static PostMortem fromIncident(const Incident &incident, const QList<TimelineEvent> &events,
                                   const QList<PostMortem::Section> &sections);

    // Whether the draft's timeline table lists this event.
    static bool isKeyEvent(const TimelineEvent &event);
};

} // namespace opsdeck
