#include "runbooks/runbookprogress.h"

#include "runbooks/commandrunner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace opsdeck {

namespace {

QString textOf(const Json &payload, const char *key)
{
    const auto it = payload.find(key);
    return it != payload.end() && it->is_string() ? it->get<QString>() : QString();
}

std::optional<int> integerOf(const Json &payload, const char *key)
{
    const auto it = payload.find(key);
    if (it == payload.end() || !it->is_number_integer()) {
        return std::nullopt;
    }
    return int(it->get<qint64>());
}

QString outcomeText(const CommandResult &result)
{
    switch (result.outcome) {
    case CommandResult::Outcome::Exited:
        if (result.exitCode) {
            return QCoreApplication::translate("RunbookProgress", "exit code %1")
                .arg(*result.exitCode);
        }
        break;
    case CommandResult::Outcome::TimedOut:
        return QCoreApplication::translate("RunbookProgress", "timed out");
    case CommandResult::Outcome::Cancelled:
        return QCoreApplication::translate("RunbookProgress", "cancelled");
    case CommandResult::Outcome::FailedToStart:
        return QCoreApplication::translate("RunbookProgress", "could not be started");
    case CommandResult::Outcome::Crashed:
        break;
    }
    return QCoreApplication::translate("RunbookProgress", "crashed");
}

} // namespace

QString RunbookProgress::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("RunbookProgress", "pending");
    case Status::Started:
        return QCoreApplication::translate("RunbookProgress", "started");
    case Status::Done:
        return QCoreApplication::translate("RunbookProgress", "done");
    case Status::Skipped:
        return QCoreApplication::translate("RunbookProgress", "skipped");
    case Status::Failed:
        return QCoreApplication::translate("RunbookProgress", "failed");
    }
    return {};
}

QList<RunbookExecution::StepState> RunbookProgress::fold(const Runbook &runbook, const QString &key,
                                                         const QList<TimelineEvent> &events)
{
    QList<RunbookExecution::StepState> states;
    for (qsizetype index = 0; index < runbook.steps.size(); ++index) {
        RunbookExecution::StepState state;
        state.index = int(index);
        states.append(state);
    }
    QSet<QString> corrected;
    for (const TimelineEvent &event : events) {
        if (!event.correctsId.isEmpty()) {
            corrected.insert(event.correctsId);
        }
    }
    QList<const TimelineEvent *> relevant;
    for (const TimelineEvent &event : events) {
        const bool ours = (event.type == TimelineEvent::Type::RunbookStep ||
                           event.type == TimelineEvent::Type::CommandRun) &&
                          event.payload.is_object() && textOf(event.payload, "runbook") == key;
        if (ours && !corrected.contains(event.id)) {
            relevant.append(&event);
        }
    }
    // Latest wins; events of the same millisecond keep the order they were given in.
    std::stable_sort(
        relevant.begin(), relevant.end(),
        [](const TimelineEvent *a, const TimelineEvent *b) { return a->time < b->time; });
    for (const TimelineEvent *event : std::as_const(relevant)) {
        std::optional<int> step = integerOf(event->payload, "step");
        // The file may have changed since (a step inserted above): the step's title, when the
        // event names it, finds the step the event was about.
        const QString title = textOf(event->payload, "stepTitle");
        if (step && !title.isEmpty() &&
            (*step >= runbook.steps.size() || runbook.steps.at(*step).title != title)) {
            const auto moved = std::find_if(
                runbook.steps.cbegin(), runbook.steps.cend(),
                [&title](const Runbook::Step &candidate) { return candidate.title == title; });
            step = moved == runbook.steps.cend()
                       ? std::nullopt
                       : std::optional<int>(int(moved - runbook.steps.cbegin()));
        }
        if (!step || *step < 0 || *step >= states.size()) {
            continue;
        }
        RunbookExecution::StepState &state = states[*step];
        if (event->type == TimelineEvent::Type::RunbookStep) {
            const std::optional<Status> status =
                RunbookExecution::stepStatusFromName(textOf(event->payload, "state"));
            if (!status || *status == Status::Pending) {
                continue;
            }
            state.status = *status;
            state.by = event->author;
            state.at = event->time;
            state.reason = textOf(event->payload, "reason");
        } else {
            state.output = textOf(event->payload, "output");
            state.exitCode = integerOf(event->payload, "exitCode");
        }
    }
    return states;
}

TimelineEvent RunbookProgress::stepEvent(const Runbook &runbook, const QString &key, int step,
                                         Status status, const QString &reason,
                                         const QString &author)
{
    Q_ASSERT(status != Status::Pending);
    const QString stepTitle =
        step >= 0 && step < runbook.steps.size() ? runbook.steps.at(step).title : QString();
    TimelineEvent event;
    event.id = newId();
    event.type = TimelineEvent::Type::RunbookStep;
    event.time = QDateTime::currentDateTimeUtc();
    event.author = author;
    event.text = QCoreApplication::translate("RunbookProgress", "Step %1 of %2: %3 — %4")
                     .arg(step + 1)
                     .arg(runbook.title, statusText(status), stepTitle);
    if (!reason.isEmpty()) {
        event.text += QCoreApplication::translate("RunbookProgress", " (%1)").arg(reason);
    }
    event.payload = {{"runbook", key},
                     {"runbookTitle", runbook.title},
                     {"step", step},
                     {"stepTitle", stepTitle},
                     {"state", RunbookExecution::stepStatusName(status)},
                     {"reason", reason}};
    return event;
}

TimelineEvent RunbookProgress::commandEvent(const Runbook &runbook, const QString &key, int step,
                                            const CommandResult &result, const QString &author)
{
    TimelineEvent event;
    event.id = newId();
    event.type = TimelineEvent::Type::CommandRun;
    event.time = QDateTime::currentDateTimeUtc();
    event.author = author;
    event.text =
        QCoreApplication::translate("RunbookProgress", "Ran the command of step %1 of %2: %3")
            .arg(step + 1)
            .arg(runbook.title, outcomeText(result));
    event.payload = result.toPayload(key, step);
    return event;
}

} // namespace opsdeck
