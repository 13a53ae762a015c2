#pragma once

#include "model/alert.h"
#include "shell/incidentdeclarer.h"

#include <QList>

// Records what a view asks to declare, for views tested without incident command.
class RecordingDeclarer : public opsdeck::ui::IncidentDeclarer {
public:
    void declareIncident(const QList<opsdeck::Alert> &alerts) override { requests.append(alerts); }
    QList<QList<opsdeck::Alert>> requests;
};
