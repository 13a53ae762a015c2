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
    virtual void declareIncident(const QList<Alert> &alerts) = 0;

protected:
    IncidentDeclarer() = default;
    IncidentDeclarer(const IncidentDeclarer &) = default;
    IncidentDeclarer &operator=(const IncidentDeclarer &) = default;
};

} // namespace opsdeck::ui
