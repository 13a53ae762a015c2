#pragma once

#include "model/alert.h"
#include "model/incident.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace opsdeck::ui {

// The words every view uses for an alert's state and an incident's status, so that the Alarms,
// Incident, Incidents and Post-mortem views say the same thing.
class StatusTexts {
    Q_DECLARE_TR_FUNCTIONS(StatusTexts)
public:
    static QString alertState(Alert::State state);          // "firing", "suppressed" ...
    static QString incidentStatus(Incident::Status status); // "Triage" ... "Closed"
};

// The in-window link to a runbook of the library ("opsdeck-runbook:<key>"): views of several
// features write it, and each opens the runbook it names.
QUrl runbookLink(const QString &key);
std::optional<QString> runbookKeyOf(const QUrl &link); // nullopt for any other link

} // namespace opsdeck::ui
