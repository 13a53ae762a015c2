#pragma once

#include "model/json.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace opsdeck {

// A blameless post-mortem: Markdown sections, action items, review state and saved versions.
struct PostMortem {
    static constexpr int SchemaVersion = 1;

    struct Section {
        QString key; // summary, impact, detection, ...
        QString title;
        QString markdown;
    };
    struct ActionItem {
        QString id;
        QString description;
        QString owner;
        QString priority; // P1 ... P4
        QDate due;
        QString ticketUrl;
        QString status; // open, in_progress, done, wont_do
    };
    struct Version {
        int number = 0;
        QDateTime savedAt;
        QString author;
        QString reason; // "published", "saved", "reopened"
        Json content;   // the sections and action items as they were
    };

    QString id;         // UUID
    QString incidentId; // empty for a blank post-mortem
    QString title;
    QList<Section> sections;
    QList<ActionItem> actionItems;
    QString reviewState = QStringLiteral("draft"); // draft, in_review, published
    QStringList reviewers;
    QList<Version> versions;
    QDateTime updatedAt;

    static QStringList reviewStateNames();
    static QStringList actionStatusNames();
    static QStringList priorityNames();

    // The whole text, for the full-text index.
    QString searchableText() const;

    Json toJson() const;
    static PostMortem fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
