#pragma once

#include <QList>

namespace opsdeck {
struct Alert;
} // namespace opsdeck

namespace opsdeck::ui {

// How a view outside incident command starts a declaration: the Alarms view declares from the
// selected alerts, the Incidents view and the Incident menu from scratch (no alerts). The
// incidents feature implements it; the feature that owns a view only sees this.
class IncidentDeclarer {
public:
    virtual ~IncidentDeclarer() = default;
    // False while nothing can take a declaration (incident command not running yet): views
    // then disable their declare actions rather than offer one that does nothing.
    virtual bool canDeclare() const = 0;
    virtual void declareIncident(const QList<Alert> &alerts) = 0;

protected:
    IncidentDeclarer() = default;
    IncidentDeclarer(const IncidentDeclarer &) = default;
    IncidentDeclarer &operator=(const IncidentDeclarer &) = default;
};

} // namespace opsdeck::ui
