#pragma once

#include "model/alert.h"
#include "shell/incidentdeclarer.h"

#include <QList>

// Records what a view asks to declare, for views tested without incident command.
class RecordingDeclarer : public opsdeck::ui::IncidentDeclarer {
public:
    bool canDeclare() const override { return accepting; }
    void declareIncident(const QList<opsdeck::Alert> &alerts) override { requests.append(alerts); }
    bool accepting = false; // as without incident command, unless a test says otherwise
    QList<QList<opsdeck::Alert>> requests;
};
