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
    // A row of the timeline table: from the incident's timeline or added by the author.
    struct TimelineEntry {
        QString id;
        QDateTime time; // UTC
        QString author;
        QString text;
        QString annotation; // the post-mortem author's note on the event
        QString eventId;    // the incident's timeline event it came from; empty when added
    };
    // A metric snapshot frozen into the document; sections show it as ![title](snapshot:ID).
    struct Chart {
        QString id;
        QString title;
        Json snapshot; // a MetricSnapshot payload
    };
    // A step of the review: submitted, changes requested, published, reopened.
    struct ReviewEvent {
        QDateTime time;
        QString author;
        QString from; // review state before
        QString to;   // and after
    };
    struct Version {
        int number = 0;
        QDateTime savedAt;
        QString author;
        QString reason; // "saved", "published", "restored", "imported"
        Json content;   // contentJson() as it was
    };

    QString id;          // UUID
    QString incidentId;  // empty for a blank post-mortem
    QString incidentKey; // INC-2026-0042, for people
    QString title;
    QString severity; // SEV1 ... SEV4, or empty
    QStringList services;
    QString author;
    QDateTime createdAt;
    QList<Section> sections;
    QList<TimelineEntry> timeline;
    QList<Chart> charts;
    QList<ActionItem> actionItems;
    QString reviewState = QStringLiteral("draft"); // draft, in_review, published
    QStringList reviewers;
    QList<ReviewEvent> reviewHistory;
    QList<Version> versions;
    QDateTime updatedAt;

    static constexpr const char *TimelineSectionKey = "timeline";
    static constexpr const char *ActionItemsSectionKey = "action_items";
    bool isPublished() const { return reviewState == QLatin1String("published"); }
    const Section *section(const QString &key) const;

    // What the author writes (title, sections, timeline, action items): a version's content.
    Json contentJson() const;
    // Replaces what the author writes with a version's content; throws ModelError.
    void applyContent(const Json &content, const QString &path = {});

    static QStringList reviewStateNames();
    static QStringList actionStatusNames();
    static QStringList priorityNames();
    // An http(s) URL with a host: what a ticket link must be.
    static bool isTicketUrl(const QString &text);

    // The whole text, for the full-text index.
    QString searchableText() const;

    Json toJson() const;
    static PostMortem fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
