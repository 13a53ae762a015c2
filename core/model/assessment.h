#pragma once

#include "model/json.h"

#include <QDateTime>
#include <QList>

namespace opsdeck {

// An operational-maturity assessment against a versioned framework (areas Organization,
// Prepare, Operate, Evolve; levels 1-4). Milestones are frozen copies of the answers.
struct Assessment {
    static constexpr int SchemaVersion = 1;

    struct Answer {
        QString questionId;
        int level = 0; // 1 Basic ... 4 Optimizing; 0 not answered
        QString note;
    };
    struct Milestone {
        QString name;
        QDateTime at;
        QList<Answer> answers;
    };

    QString id; // UUID
    QString title;
    QString frameworkId;
    QString frameworkVersion;
    QDateTime createdAt;
    QList<Answer> answers;
    QList<Milestone> milestones;

    Json toJson() const;
    static Assessment fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
