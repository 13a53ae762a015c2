#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace opsdeck {
struct Alert;
} // namespace opsdeck

namespace opsdeck::ui {

// An incident as a view outside incident command shows it beside an alert.
struct IncidentLink {
    QString id;
    QString key;       // "INC-2026-0001"
    QString status;    // in the user's language
    bool open = false; // not resolved yet
};

// How views outside incident command reach incidents: the Alarms view declares from the
// selected alerts, shows which incident an alert belongs to and adds alerts to the open one;
// the Incidents view and the Incident menu declare from scratch (no alerts). The incidents
// feature implements it; the feature that owns a view only sees this.
class IncidentDeclarer {
public:
    virtual ~IncidentDeclarer() = default;
    // False while nothing can take a declaration (incident command not running yet): views
    // then disable their declare actions rather than offer one that does nothing.
    virtual bool canDeclare() const = 0;
    // When some of `alerts` belong to an open incident already, offers to add them to it
    // instead, and says that declaring makes a second incident for them.
    virtual void declareIncident(const QList<Alert> &alerts) = 0;

    // The incident an alert is linked to: the newest open one, else the newest.
    virtual std::optional<IncidentLink> incidentOf(const QString &fingerprint) const = 0;
    // Every alert that belongs to an incident: those incidentOf() answers for.
    virtual QStringList linkedFingerprints() const = 0;
    // The incident open in Incident Command, unless it is closed.
    virtual std::optional<IncidentLink> openIncident() const = 0;
    virtual void addToOpenIncident(const QList<Alert> &alerts) = 0;
    // Opens it in Incident Command.
    virtual void showIncident(const QString &incidentId) = 0;
    // Runs `changed` whenever incidents, their alerts or the open incident change, for as long
    // as `context` lives.
    virtual void followIncidents(QObject *context, std::function<void()> changed) = 0;

protected:
    IncidentDeclarer() = default;
    IncidentDeclarer(const IncidentDeclarer &) = default;
    IncidentDeclarer &operator=(const IncidentDeclarer &) = default;
};

} // namespace opsdeck::ui
