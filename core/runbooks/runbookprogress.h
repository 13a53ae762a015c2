#pragma once

#include "model/runbook.h"
#include "model/timelineevent.h"

#include <QList>
#include <QString>

namespace opsdeck {

struct CommandResult;

// A runbook's progress inside an incident is not stored anywhere: it is what the incident's
// timeline says. Each step's state comes from the runbook_step events (the latest wins) and its
// output from the command_run events of that step; an event that a later event corrects (its
// correctsId) no longer counts.
class RunbookProgress {
public:
    // One state per step of `runbook`, in order: pending, or the state of the step's latest
    // runbook_step event (done, skipped, failed or started) with its author, time and reason;
    // output and exitCode from the step's latest command_run. Events of other runbooks, of
    // steps the runbook no longer has, and with malformed payloads are left out.
    static QList<RunbookExecution::StepState> fold(const Runbook &runbook, const QString &key,
                                                   const QList<TimelineEvent> &events);

    using Status = RunbookExecution::StepState::Status;

    // A new runbook_step event (the caller sets its incidentId), with a text like
    // "Step 2 of Disk full: done — Check disk usage". Its state is any status but Pending.
    static TimelineEvent stepEvent(const Runbook &runbook, const QString &key, int step,
                                   Status status, const QString &reason, const QString &author);

    // "done", "skipped", … in the user's language.
    static QString statusText(Status status);

    // A command_run event for a finished run of step `step`'s command.
    static TimelineEvent commandEvent(const Runbook &runbook, const QString &key, int step,
                                      const CommandResult &result, const QString &author);
};

} // namespace opsdeck
