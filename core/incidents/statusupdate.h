#pragma once

#include "model/incident.h"
#include "model/timelineevent.h"

#include <QDateTime>
#include <QList>

namespace opsdeck {

// The short plain-text status update an incident commander pastes into chat:
//   [SEV2] INC-2026-0042 Checkout errors — Investigating
//   Conditions: Checkout errors; affected: checkout, payments; since 14:02 UTC (1h 07m); alerts
//   firing: 2 of 3.
//   Actions:
//   14:20 Restarted the payment workers
//   Needs: none stated.
//   Commander: alice · Next update: 15:30 UTC
// Times are UTC ("14:02 UTC") or local with their offset ("19:32 UTC+05:30").
struct StatusUpdate {
    // How many of the latest actions (status changes, runbook steps, notes, command runs) it
    // lists; and besides them, every note since the last status update, up to ListedNotes.
    static constexpr int ListedActions = 3;
    static constexpr int ListedNotes = 10;

    static QString compose(const Incident &incident, const QList<TimelineEvent> &events,
                           const QDateTime &now, const QDateTime &nextUpdate, bool utc);

    // The "Next update: …" part alone.
    static QString nextUpdateText(const QDateTime &nextUpdate, const QDateTime &now, bool utc);
    // `text` with its (last) "Next update: …" replaced by the one for `nextUpdate`; appended
    // on a line of its own when the text has none.
    static QString replaceNextUpdate(const QString &text, const QDateTime &nextUpdate,
                                     const QDateTime &now, bool utc);

    // Linked alerts whose latest alert_fired / alert_resolved event is alert_fired.
    static int firingAlertCount(const Incident &incident, const QList<TimelineEvent> &events);
    // Their names (the fingerprint where the timeline has none), in the incident's order.
    static QStringList firingAlertNames(const Incident &incident,
                                        const QList<TimelineEvent> &events);
};

} // namespace opsdeck
