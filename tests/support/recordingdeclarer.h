#pragma once

#include "model/alert.h"
#include "shell/incidentdeclarer.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

// Records what a view asks of incident command, and answers with the links a test sets, for
// views tested without incident command.
class RecordingDeclarer : public opsdeck::ui::IncidentDeclarer {
public:
    bool canDeclare() const override { return accepting; }
    void declareIncident(const QList<opsdeck::Alert> &alerts) override { requests.append(alerts); }
    std::optional<opsdeck::ui::IncidentLink> incidentOf(const QString &fingerprint) const override
    {
        return links.contains(fingerprint) ? std::optional(links.value(fingerprint)) : std::nullopt;
    }
    QStringList linkedFingerprints() const override { return links.keys(); }
    std::optional<opsdeck::ui::IncidentLink> openIncident() const override { return open; }
    void addToOpenIncident(const QList<opsdeck::Alert> &alerts) override { added.append(alerts); }
    void showIncident(const QString &incidentId) override { shown.append(incidentId); }
    void followIncidents(QObject *context, std::function<void()> changed) override
    {
        followers.append({context, std::move(changed)});
    }
    // As incident command does when incidents change: for the views still there.
    void changed() const
    {
        for (const auto &[context, follower] : followers) {
            if (context) {
                follower();
            }
        }
    }

    bool accepting = false; // as without incident command, unless a test says otherwise
    QList<QList<opsdeck::Alert>> requests;
    QHash<QString, opsdeck::ui::IncidentLink> links; // by fingerprint
    std::optional<opsdeck::ui::IncidentLink> open;
    QList<QList<opsdeck::Alert>> added;
    QStringList shown;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> followers;
};
