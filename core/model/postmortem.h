#pragma once

#include "model/incident.h"
#include "model/json.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace opsdeck {

// A blameless post-mortem: Markdown sections, action items, review state and saved versions.
struct PostMortem {
    static constexpr int SchemaVersion = 1;

    enum class ReviewState { Draft, InReview, Published };

    struct Section {
        QString key; // summary, impact, detection, ...
        QString title;
        QString markdown;
    };
    struct ActionItem {
        enum class Priority { P1, P2, P3, P4 };
        enum class Status { Open, InProgress, Done, WontDo };

        QString id;
        QString description;
        QString owner;
        Priority priority = Priority::P3;
        QDate due;
        QString ticketUrl;
        Status status = Status::Open;

        // Done or won't do: nothing is left to do.
        bool isFinished() const { return status == Status::Done || status == Status::WontDo; }
        bool operator==(const ActionItem &other) const = default;
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
        ReviewState from = ReviewState::Draft; // review state before
        ReviewState to = ReviewState::Draft;   // and after
    };
    struct Version {
        enum class Reason { Created, Saved, Published, Restored, Imported };
        int number = 0;
        QDateTime savedAt;
        QString author;
        Reason reason = Reason::Saved;
        Json content; // contentJson() as it was
    };

    QString id;          // UUID
    QString incidentId;  // empty for a blank post-mortem
    QString incidentKey; // INC-2026-0042, for people
    QString title;
    std::optional<Incident::Severity> severity; // the incident's; none when written without one
    QStringList services;
    QString author;
    QDateTime createdAt;
    QList<Section> sections;
    QList<TimelineEntry> timeline;
    QList<Chart> charts;
    QList<ActionItem> actionItems;
    ReviewState reviewState = ReviewState::Draft;
    QStringList reviewers;
    QList<ReviewEvent> reviewHistory;
    QList<Version> versions;
    QDateTime updatedAt;

    static constexpr const char *TimelineSectionKey = "timeline";
    static constexpr const char *ActionItemsSectionKey = "action_items";
    bool isPublished() const { return reviewState == ReviewState::Published; }
    const Section *section(const QString &key) const;

    // What the author writes (title, sections, timeline, action items): a version's content.
    Json contentJson() const;
    // Replaces what the author writes with a version's content; throws ModelError.
    void applyContent(const Json &content, const QString &path = {});

    // The names in files, on the command line and in the store ("in_review", "wont_do", "P2"),
    // in the enums' order; one conversion each way.
    static QStringList reviewStateNames();
    static QStringList actionStatusNames();
    static QStringList priorityNames();
    static QStringList versionReasonNames();
    static QString reviewStateName(ReviewState state);
    static QString actionStatusName(ActionItem::Status status);
    static QString priorityName(ActionItem::Priority priority);
    static QString versionReasonName(Version::Reason reason);
    static std::optional<ReviewState> reviewStateFromName(const QString &name);
    static std::optional<ActionItem::Status> actionStatusFromName(const QString &name);
    static std::optional<ActionItem::Priority> priorityFromName(const QString &name);
    static std::optional<Version::Reason> versionReasonFromName(const QString &name);
    // An http(s) URL with a host: what a ticket link must be.
    static bool isTicketUrl(const QString &text);

    // The whole text, for the full-text index.
    QString searchableText() const;

    QString severityName() const; // "SEV2", or empty without a severity
    // The severity stored under `key`: absent, null or "" mean none.
    static std::optional<Incident::Severity> readSeverity(const JsonReader &reader,
                                                          const char *key);

    Json toJson() const;
    static PostMortem fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
