#pragma once

#include "model/incident.h"
#include "model/postmortem.h"
#include "model/timelineevent.h"

#include <QSet>

#include <optional>

namespace opsdeck {

// A post-mortem's first draft from an incident: the template's sections, with what the
// incident already knows filled in under each prompt — severity, the impact window, the
// durations to detect, acknowledge, mitigate and resolve, the linked alerts, the roles and a
// timeline of the key events (status changes, alerts, pinned events, metric snapshots; a
// corrected event in its corrected words). Times are UTC.
class PostMortemDraft {
public:
    // `keyEventIds`: the events the author picked for the timeline table (by default those
    // isKeyEvent() names). Picked metric snapshots become the document's charts, shown in the
    // impact section.
    static PostMortem fromIncident(const Incident &incident, const QList<TimelineEvent> &events,
                                   const QList<PostMortem::Section> &sections,
                                   const std::optional<QSet<QString>> &keyEventIds = std::nullopt);

    // A new draft's title ("Post-mortem: INC-2026-0001 Checkout errors above 5 %"), and the same
    // title without its "Post-mortem: INC-…" lead for a list that shows the key beside it
    // (a title the author changed stays whole).
    static QString defaultTitle(const QString &incidentKey, const QString &incidentTitle);
    static QString titleWithoutDefaultLead(const PostMortem &postMortem);

    // How a section's Markdown refers to one of the document's charts: ![title](snapshot:ID).
    static QString chartUrl(const QString &chartId);

    // Whether the draft's timeline table lists this event: status changes, alerts, metric
    // snapshots, notes and pinned events.
    static bool isKeyEvent(const TimelineEvent &event);
};

} // namespace opsdeck
