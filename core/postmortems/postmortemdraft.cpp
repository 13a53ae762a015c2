#include "postmortems/postmortemdraft.h"

#include "common/duration.h"
#include "incidents/incidentdurations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>

namespace opsdeck {
namespace {

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("—");
}

QString duration(const std::optional<qint64> &ms)
{
    return ms ? formatDuration(*ms / 1000) : QStringLiteral("—");
}

QString payloadText(const TimelineEvent &event, const char *key)
{
    return QString::fromStdString(event.payload.value(key, std::string()));
}

} // namespace

QString PostMortemDraft::chartUrl(const QString &chartId)
{
    return QStringLiteral("snapshot:") + chartId;
}

bool PostMortemDraft::isKeyEvent(const TimelineEvent &event)
{
    switch (event.type) {
    case TimelineEvent::Type::StatusChanged:
    case TimelineEvent::Type::AlertFired:
    case TimelineEvent::Type::AlertResolved:
    case TimelineEvent::Type::MetricSnapshot:
    case TimelineEvent::Type::Note: // what people saw and decided: the story of the incident
        return true;
    default:
        return event.pinned;
    }
}

QString PostMortemDraft::defaultTitle(const QString &incidentKey, const QString &incidentTitle)
{
    return QCoreApplication::translate("PostMortemDraft", "Post-mortem: %1 %2")
        .arg(incidentKey, incidentTitle);
}

QString PostMortemDraft::titleWithoutDefaultLead(const PostMortem &postMortem)
{
    if (postMortem.incidentKey.isEmpty()) {
        return postMortem.title;
    }
    // The lead in the language the draft was made in may differ from today's: both are tried.
    const std::array<QString, 2> leads{
        defaultTitle(postMortem.incidentKey, QString()),
        QStringLiteral("Post-mortem: %1 ").arg(postMortem.incidentKey)};
    for (const QString &lead : leads) {
        if (postMortem.title.size() > lead.size() && postMortem.title.startsWith(lead)) {
            return postMortem.title.mid(lead.size());
        }
    }
    return postMortem.title;
}

PostMortem PostMortemDraft::fromIncident(const Incident &incident,
                                         const QList<TimelineEvent> &events,
                                         const QList<PostMortem::Section> &sections,
                                         const std::optional<QSet<QString>> &keyEventIds)
{
    const IncidentDurations durations = IncidentDurations::of(incident);
    const QDateTime resolved =
        incident.statusTimes.value(Incident::statusName(Incident::Status::Resolved));
    QHash<QString, QString> corrections; // corrected id -> corrected text
    for (const TimelineEvent &event : events) {
        if (!event.correctsId.isEmpty()) {
            corrections.insert(event.correctsId, event.text);
        }
    }
    QStringList alerts;
    QSet<QString> seenAlerts;
    QList<PostMortem::TimelineEntry> timeline;
    QList<PostMortem::Chart> charts;
    for (const TimelineEvent &event : events) {
        if (event.type == TimelineEvent::Type::AlertFired &&
            !seenAlerts.contains(payloadText(event, "fingerprint"))) {
            seenAlerts.insert(payloadText(event, "fingerprint"));
            alerts.append(QStringLiteral("- %1 (%2), %3")
                              .arg(payloadText(event, "alertname"), payloadText(event, "severity"),
                                   QCoreApplication::translate("PostMortemDraft", "firing since %1")
                                       .arg(utc(event.time))));
        }
        const bool chosen = keyEventIds ? keyEventIds->contains(event.id) : isKeyEvent(event);
        if (!event.correctsId.isEmpty() || !chosen) {
            continue;
        }
        const QString text = corrections.value(event.id, event.text);
        timeline.append({newId(), event.time, event.author, text, QString(), event.id});
        if (event.type == TimelineEvent::Type::MetricSnapshot) {
            charts.append({event.id, text, event.payload});
        }
    }
    QStringList roles;
    if (!incident.commander.isEmpty()) {
        roles.append(QCoreApplication::translate("PostMortemDraft", "commander: %1")
                         .arg(incident.commander));
    }
    for (auto it = incident.roles.cbegin(); it != incident.roles.cend(); ++it) {
        roles.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    }

    QHash<QString, QString> filled;
    filled.insert(
        QStringLiteral("summary"),
        QCoreApplication::translate("PostMortemDraft", "%1 incident %2, “%3”%4; declared %5.")
            .arg(Incident::severityName(incident.severity), incident.key, incident.title,
                 incident.gameDay ? QCoreApplication::translate("PostMortemDraft", " (game day)")
                                  : QString(),
                 utc(incident.declaredAt)));
    filled.insert(QStringLiteral("impact"),
                  QCoreApplication::translate("PostMortemDraft",
                                              "Impact window: %1 to %2 (%3). Services: %4.")
                      .arg(utc(durations.origin),
                           resolved.isValid()
                               ? utc(resolved)
                               : QCoreApplication::translate("PostMortemDraft", "not resolved yet"),
                           duration(durations.toResolveMs),
                           incident.services.isEmpty()
                               ? QStringLiteral("—")
                               : incident.services.join(QStringLiteral(", "))));
    filled.insert(QStringLiteral("detection"),
                  QCoreApplication::translate("PostMortemDraft", "Time to detect: %1.")
                          .arg(duration(durations.toDetectMs)) +
                      (alerts.isEmpty() ? QString()
                                        : QStringLiteral("\n\n%1\n\n")
                                                  .arg(QCoreApplication::translate(
                                                      "PostMortemDraft", "Alerts:")) +
                                              alerts.join(QLatin1Char('\n'))));
    filled.insert(
        QStringLiteral("response"),
        QCoreApplication::translate("PostMortemDraft", "Time to acknowledge: %1. Roles: %2.")
            .arg(duration(durations.toAcknowledgeMs),
                 roles.isEmpty() ? QStringLiteral("—") : roles.join(QStringLiteral(", "))));
    filled.insert(
        QStringLiteral("recovery"),
        QCoreApplication::translate("PostMortemDraft", "Time to mitigate: %1. Time to resolve: %2.")
            .arg(duration(durations.toMitigateMs), duration(durations.toResolveMs)));
    if (!charts.isEmpty()) {
        QString images =
            QCoreApplication::translate("PostMortemDraft", "Metrics:") + QStringLiteral("\n");
        for (const PostMortem::Chart &chart : charts) {
            images += QStringLiteral("\n![%1](%2)\n").arg(chart.title, chartUrl(chart.id));
        }
        filled[QStringLiteral("impact")] += QStringLiteral("\n\n") + images.trimmed();
    }

    PostMortem draft;
    draft.incidentId = incident.id;
    draft.incidentKey = incident.key;
    draft.severity = incident.severity;
    draft.services = incident.services;
    draft.timeline = timeline;
    draft.charts = charts;
    draft.title = defaultTitle(incident.key, incident.title);
    draft.sections = sections;
    for (PostMortem::Section &section : draft.sections) {
        const QString text = filled.value(section.key);
        if (!text.isEmpty()) {
            section.markdown += QStringLiteral("\n%1\n").arg(text);
        }
    }
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    return draft;
}

} // namespace opsdeck
