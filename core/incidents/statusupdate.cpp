#include "incidents/statusupdate.h"

#include "common/duration.h"
#include "incidents/incidentdurations.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace opsdeck {

namespace {

constexpr qsizetype LongestActionLine = 140;
// A correction of a correction of ... ends somewhere; a cycle in broken data must not hang us.
constexpr int LongestCorrectionChain = 32;

QString statusText(Incident::Status status)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("StatusUpdate", "Triage"),
        QT_TRANSLATE_NOOP("StatusUpdate", "Investigating"),
        QT_TRANSLATE_NOOP("StatusUpdate", "Identified"),
        QT_TRANSLATE_NOOP("StatusUpdate", "Mitigated"),
        QT_TRANSLATE_NOOP("StatusUpdate", "Resolved"),
        QT_TRANSLATE_NOOP("StatusUpdate", "Closed"),
    };
    return QCoreApplication::translate("StatusUpdate", names[int(status)]);
}

// "14:02 UTC", "19:32 UTC+05:30"; with the date when it is not `now`'s day.
QString timeText(const QDateTime &time, const QDateTime &now, bool utc)
{
    const QDateTime shown = utc ? time.toUTC() : time.toLocalTime();
    const QDateTime today = utc ? now.toUTC() : now.toLocalTime();
    const QString clock = shown.date() == today.date()
                              ? shown.toString(QStringLiteral("HH:mm"))
                              : shown.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const int offset = shown.offsetFromUtc();
    if (offset == 0) {
        return clock + QStringLiteral(" UTC");
    }
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1 UTC%2%3:%4")
        .arg(clock, offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Hours and minutes only: the action lines are all recent.
QString clockText(const QDateTime &time, bool utc)
{
    return (utc ? time.toUTC() : time.toLocalTime()).toString(QStringLiteral("HH:mm"));
}

QList<TimelineEvent> inTimeOrder(QList<TimelineEvent> events)
{
    std::stable_sort(
        events.begin(), events.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    return events;
}

bool isAction(TimelineEvent::Type type)
{
    return type == TimelineEvent::Type::StatusChanged || type == TimelineEvent::Type::RunbookStep ||
           type == TimelineEvent::Type::Note || type == TimelineEvent::Type::CommandRun;
}

// One line of at most LongestActionLine characters.
QString oneLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > LongestActionLine) {
        line = line.left(LongestActionLine - 1).trimmed() + QChar(0x2026);
    }
    return line;
}

QString nextUpdateLabel()
{
    return QCoreApplication::translate("StatusUpdate", "Next update:");
}

QString conditionsLine(const Incident &incident, const QList<TimelineEvent> &events,
                       const QDateTime &now, bool utc)
{
    QStringList parts{incident.title};
    if (!incident.services.isEmpty()) {
        parts.append(QCoreApplication::translate("StatusUpdate", "affected: %1")
                         .arg(incident.services.join(QStringLiteral(", "))));
    }
    const QDateTime origin = IncidentDurations::of(incident).origin;
    if (origin.isValid()) {
        parts.append(QCoreApplication::translate("StatusUpdate", "since %1 (%2)")
                         .arg(timeText(origin, now, utc), formatDuration(origin.secsTo(now))));
    }
    if (incident.alertFingerprints.isEmpty()) {
        parts.append(QCoreApplication::translate("StatusUpdate", "no alerts linked"));
    } else {
        const int firing = StatusUpdate::firingAlertCount(incident, events);
        // Resolved while an alert still fires: said plainly, not left for the reader to spot.
        parts.append((incident.status >= Incident::Status::Resolved && firing > 0
                          ? QCoreApplication::translate(
                                "StatusUpdate", "alerts still firing although resolved: %1 of %2")
                          : QCoreApplication::translate("StatusUpdate", "alerts firing: %1 of %2"))
                         .arg(firing)
                         .arg(incident.alertFingerprints.size()));
    }
    return QCoreApplication::translate("StatusUpdate", "Conditions: %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

bool isStatusUpdate(const TimelineEvent &event)
{
    return event.type == TimelineEvent::Type::Custom &&
           event.payload.value("kind", std::string()) == "status_update";
}

// The newest ListedActions actions of any kind, and every note written since the last status
// update (up to ListedNotes): what people saw and did is what readers of the update want.
QStringList actionLines(const QList<TimelineEvent> &ordered, bool utc)
{
    // The newest correction of an event replaces its text.
    QHash<QString, const TimelineEvent *> corrections;
    for (const TimelineEvent &event : ordered) {
        if (!event.correctsId.isEmpty()) {
            corrections.insert(event.correctsId, &event);
        }
    }
    QDateTime lastUpdate;
    for (const TimelineEvent &event : ordered) {
        if (isStatusUpdate(event)) {
            lastUpdate = event.time;
        }
    }
    QStringList lines;
    int actions = 0;
    int notes = 0;
    for (qsizetype at = ordered.size() - 1; at >= 0; --at) { // newest first
        const TimelineEvent &event = ordered.at(at);
        if (!event.correctsId.isEmpty() || !isAction(event.type)) {
            continue;
        }
        const bool newNote = event.type == TimelineEvent::Type::Note &&
                             (!lastUpdate.isValid() || event.time > lastUpdate) &&
                             notes < StatusUpdate::ListedNotes;
        const bool newest = actions++ < StatusUpdate::ListedActions;
        notes += newNote ? 1 : 0;
        if (!newest && !newNote) {
            continue;
        }
        const TimelineEvent *current = &event;
        for (int depth = 0; depth < LongestCorrectionChain; ++depth) {
            const TimelineEvent *correction = corrections.value(current->id);
            if (!correction) {
                break;
            }
            current = correction;
        }
        QString text = oneLine(current->text);
        if (text.isEmpty()) {
            text = TimelineEvent::typeName(event.type);
        }
        lines.append(QStringLiteral("%1 %2").arg(clockText(event.time, utc), text));
    }
    return lines;
}

} // namespace

int StatusUpdate::firingAlertCount(const Incident &incident, const QList<TimelineEvent> &events)
{
    return int(firingAlertNames(incident, events).size());
}

QStringList StatusUpdate::firingAlertNames(const Incident &incident,
                                           const QList<TimelineEvent> &events)
{
    QHash<QString, QString> firing; // fingerprint -> alert name, when its latest event fired it
    for (const TimelineEvent &event : inTimeOrder(events)) {
        // A correction repeats its original's payload: it changes text, not the alert's state.
        if (!event.correctsId.isEmpty() || (event.type != TimelineEvent::Type::AlertFired &&
                                            event.type != TimelineEvent::Type::AlertResolved)) {
            continue;
        }
        const QString fingerprint =
            QString::fromStdString(event.payload.value("fingerprint", std::string()));
        if (event.type == TimelineEvent::Type::AlertFired) {
            firing.insert(fingerprint,
                          QString::fromStdString(event.payload.value("alertname", std::string())));
        } else {
            firing.remove(fingerprint);
        }
    }
    QStringList names;
    for (const QString &fingerprint : incident.alertFingerprints) {
        if (const auto found = firing.constFind(fingerprint); found != firing.cend()) {
            names.append(found->isEmpty() ? fingerprint : *found);
        }
    }
    return names;
}

QString StatusUpdate::nextUpdateText(const QDateTime &nextUpdate, const QDateTime &now, bool utc)
{
    if (!nextUpdate.isValid()) {
        return {};
    }
    return nextUpdateLabel() + QLatin1Char(' ') + timeText(nextUpdate, now, utc);
}

QString StatusUpdate::replaceNextUpdate(const QString &text, const QDateTime &nextUpdate,
                                        const QDateTime &now, bool utc)
{
    const QString replacement = nextUpdateText(nextUpdate, now, utc);
    const qsizetype start = text.lastIndexOf(nextUpdateLabel());
    if (start < 0) {
        if (replacement.isEmpty()) {
            return text;
        }
        const bool endsLine = text.isEmpty() || text.endsWith(QLatin1Char('\n'));
        return text + (endsLine ? QString() : QStringLiteral("\n")) + replacement;
    }
    qsizetype end = text.indexOf(QLatin1Char('\n'), start);
    if (end < 0) {
        end = text.size();
    }
    QString result = text;
    result.replace(start, end - start, replacement);
    return result;
}

QString StatusUpdate::compose(const Incident &incident, const QList<TimelineEvent> &events,
                              const QDateTime &now, const QDateTime &nextUpdate, bool utc)
{
    const QList<TimelineEvent> ordered = inTimeOrder(events);
    QStringList lines;

    QString headline = QStringLiteral("[%1] ").arg(Incident::severityName(incident.severity));
    if (!incident.key.isEmpty()) {
        headline += incident.key + QLatin1Char(' ');
    }
    headline += QCoreApplication::translate("StatusUpdate", "%1 — %2")
                    .arg(incident.title, statusText(incident.status));
    if (incident.falseAlarm) {
        headline += QLatin1Char(' ') + QCoreApplication::translate("StatusUpdate", "(false alarm)");
    }
    if (incident.gameDay) {
        headline += QLatin1Char(' ') + QCoreApplication::translate("StatusUpdate", "(game day)");
    }
    lines.append(headline);

    lines.append(conditionsLine(incident, ordered, now, utc));

    const QStringList actions = actionLines(ordered, utc);
    if (actions.isEmpty()) {
        lines.append(QCoreApplication::translate("StatusUpdate", "Actions: none recorded yet."));
    } else {
        lines.append(QCoreApplication::translate("StatusUpdate", "Actions:"));
        lines.append(actions);
    }

    lines.append(QCoreApplication::translate("StatusUpdate", "Needs: none stated."));

    const QString commander =
        incident.commander.trimmed().isEmpty()
            ? QCoreApplication::translate("StatusUpdate", "Commander: not assigned")
            : QCoreApplication::translate("StatusUpdate", "Commander: %1")
                  .arg(incident.commander.trimmed());
    const QString next = nextUpdateText(nextUpdate, now, utc);
    lines.append(next.isEmpty() ? commander : commander + QStringLiteral(" · ") + next);
    return lines.join(QLatin1Char('\n'));
}

} // namespace opsdeck
