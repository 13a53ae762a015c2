#pragma once

#include "model/json.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace opsdeck {

// An Alertmanager silence. Editing the matchers or the start of an active silence makes
// Alertmanager give it a new id; `id` is always the current one.
struct Silence {
    static constexpr int SchemaVersion = 1;

    struct Matcher {
        QString name;
        QString value;
        bool isRegex = false;
        bool isEqual = true;
    };
    enum class State { Active, Pending, Expired };

    QString id;
    QList<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
    State state = State::Active;
    QDateTime updatedAt;
    QStringList sources; // ids of the Alertmanagers that hold it (not stored)

    static QStringList stateNames(); // active, pending, expired

    Json toJson() const;
    static Silence fromJson(const Json &json, const QString &path = {}); // throws ModelError
};

} // namespace opsdeck
