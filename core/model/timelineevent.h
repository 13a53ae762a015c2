#pragma once

#include "model/json.h"

#include <QDateTime>

namespace opsdeck {

// One entry of an incident's timeline. Append-only: a correction is a new event whose
// `correctsId` names the event it corrects.
struct TimelineEvent {
    static constexpr int SchemaVersion = 1;

    enum class Type {
        AlertFired,
        AlertResolved,
        SilenceCreated,
        SilenceExpired,
        StatusChanged,
        RoleAssigned,
        Note,
        RunbookStep,
        CommandRun,
        MetricSnapshot,
        Custom,
    };

    QString id; // UUID
    QString incidentId;
    Type type = Type::Note;
    QDateTime time; // UTC, milliseconds
    QString author;
    QString text;
    Json payload = Json::object(); // structured details of the type (alert labels, command ...)
    bool pinned = false;
    QString correctsId; // empty unless this corrects another event

    static QStringList typeNames(); // alert_fired ... custom
    static QString typeName(Type type);

    Json toJson() const;
    static TimelineEvent fromJson(const Json &json, const QString &path = {}); // throws ModelError
};

} // namespace opsdeck
