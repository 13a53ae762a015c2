#pragma once

#include "model/json.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace opsdeck {

// A runbook from the team's folder of Markdown files (operations as code).
struct Runbook {
    static constexpr int SchemaVersion = 1;

    struct Step {
        QString title;
        QString command; // empty when the step has no command
    };

    QString id; // UUID
    QString title;
    QString owner;
    QStringList services;
    QDate lastReviewed;
    QStringList alertMatchers; // label matchers, e.g. alertname="DiskWillFillIn4Hours"
    QList<Step> steps;
    QString sourcePath;    // the file it was read from
    bool readOnly = false; // imported (e.g. an SSM document), not edited here

    Json toJson() const;
    static Runbook fromJson(const Json &json, const QString &path = {});
};

// One run of a runbook inside an incident: who did what to each step, and when.
struct RunbookExecution {
    static constexpr int SchemaVersion = 1;

    struct StepState {
        // Started: the step's command is running (an event said so, nothing since).
        enum class Status { Pending, Started, Done, Skipped, Failed };

        int index = 0;
        Status status = Status::Pending;
        QString by;
        QDateTime at;
        QString reason;
        QString output;
        std::optional<int> exitCode;
    };

    QString id;
    QString incidentId;
    QString runbookId;
    QDateTime startedAt;
    QList<StepState> steps;

    static QStringList stepStatusNames(); // pending, started, done, skipped, failed
    static QString stepStatusName(StepState::Status status);
    static std::optional<StepState::Status> stepStatusFromName(const QString &name);

    Json toJson() const;
    static RunbookExecution fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
