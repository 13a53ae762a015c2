#include "model/postmortem.h"

#include <QCoreApplication>
#include <QUrl>

namespace opsdeck {

QStringList PostMortem::reviewStateNames()
{
    return {QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("published")};
}

QStringList PostMortem::actionStatusNames()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
            QStringLiteral("wont_do")};
}

QStringList PostMortem::priorityNames()
{
    return {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")};
}

QStringList PostMortem::versionReasonNames()
{
    return {QStringLiteral("created"), QStringLiteral("saved"), QStringLiteral("published"),
            QStringLiteral("restored"), QStringLiteral("imported")};
}

QString PostMortem::reviewStateName(ReviewState state)
{
    return reviewStateNames().at(int(state));
}

QString PostMortem::actionStatusName(ActionItem::Status status)
{
    return actionStatusNames().at(int(status));
}

QString PostMortem::priorityName(ActionItem::Priority priority)
{
    return priorityNames().at(int(priority));
}

QString PostMortem::versionReasonName(Version::Reason reason)
{
    return versionReasonNames().at(int(reason));
}

std::optional<PostMortem::ReviewState> PostMortem::reviewStateFromName(const QString &name)
{
    return enumFromName<ReviewState>(reviewStateNames(), name);
}

std::optional<PostMortem::ActionItem::Status> PostMortem::actionStatusFromName(const QString &name)
{
    return enumFromName<ActionItem::Status>(actionStatusNames(), name);
}

std::optional<PostMortem::ActionItem::Priority> PostMortem::priorityFromName(const QString &name)
{
    return enumFromName<ActionItem::Priority>(priorityNames(), name);
}

std::optional<PostMortem::Version::Reason> PostMortem::versionReasonFromName(const QString &name)
{
    return enumFromName<Version::Reason>(versionReasonNames(), name);
}

const PostMortem::Section *PostMortem::section(const QString &key) const
{
    for (const Section &candidate : sections) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

QString PostMortem::searchableText() const
{
    QStringList parts{title, incidentKey, services.join(QLatin1Char(' '))};
    for (const Section &section : sections) {
        parts << section.title << section.markdown;
    }
    for (const TimelineEntry &entry : timeline) {
        parts << entry.text << entry.annotation;
    }
    for (const ActionItem &item : actionItems) {
        parts << item.description << item.owner;
    }
    return parts.join(QLatin1Char('\n'));
}

namespace {

Json sectionsJson(const QList<PostMortem::Section> &sections)
{
    Json list = Json::array();
    for (const PostMortem::Section &section : sections) {
        list.push_back(
            {{"key", section.key}, {"title", section.title}, {"markdown", section.markdown}});
    }
    return list;
}

Json timelineJson(const QList<PostMortem::TimelineEntry> &timeline)
{
    Json list = Json::array();
    for (const PostMortem::TimelineEntry &entry : timeline) {
        list.push_back({{"id", entry.id},
                        {"time", toIsoUtc(entry.time)},
                        {"author", entry.author},
                        {"text", entry.text},
                        {"annotation", entry.annotation},
                        {"eventId", entry.eventId.isEmpty() ? Json() : Json(entry.eventId)}});
    }
    return list;
}

Json actionItemsJson(const QList<PostMortem::ActionItem> &items)
{
    Json list = Json::array();
    for (const PostMortem::ActionItem &item : items) {
        list.push_back({{"id", item.id},
                        {"description", item.description},
                        {"owner", item.owner},
                        {"priority", PostMortem::priorityName(item.priority)},
                        {"due", item.due.isValid() ? Json(item.due.toString(Qt::ISODate)) : Json()},
                        {"ticketUrl", item.ticketUrl},
                        {"status", PostMortem::actionStatusName(item.status)}});
    }
    return list;
}

QList<PostMortem::Section> readSections(const JsonReader &reader)
{
    return reader.list<PostMortem::Section>("sections", [](const JsonReader &item) {
        return PostMortem::Section{item.string("key"), item.string("title"),
                                   item.optionalString("markdown")};
    });
}

QList<PostMortem::TimelineEntry> readTimeline(const JsonReader &reader)
{
    return reader.list<PostMortem::TimelineEntry>("timeline", [](const JsonReader &item) {
        return PostMortem::TimelineEntry{item.id("id"),
                                         item.time("time"),
                                         item.optionalString("author"),
                                         item.optionalString("text"),
                                         item.optionalString("annotation"),
                                         item.optionalId("eventId")};
    });
}

QList<PostMortem::ActionItem> readActionItems(const JsonReader &reader)
{
    return reader.list<PostMortem::ActionItem>("actionItems", [](const JsonReader &item) {
        PostMortem::ActionItem action;
        action.id = item.id("id");
        action.description = item.string("description");
        action.owner = item.optionalString("owner");
        action.priority =
            *PostMortem::priorityFromName(item.choice("priority", PostMortem::priorityNames()));
        action.due = item.optionalDate("due");
        action.ticketUrl = item.optionalString("ticketUrl");
        if (!action.ticketUrl.isEmpty() && !PostMortem::isTicketUrl(action.ticketUrl)) {
            throw ModelError(item.pathOf("ticketUrl"),
                             QCoreApplication::translate("ModelError", "expected an http(s) URL"));
        }
        action.status = *PostMortem::actionStatusFromName(
            item.choice("status", PostMortem::actionStatusNames()));
        return action;
    });
}

} // namespace

bool PostMortem::isTicketUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

Json PostMortem::contentJson() const
{
    return {{"title", title},
            {"sections", sectionsJson(sections)},
            {"timeline", timelineJson(timeline)},
            {"actionItems", actionItemsJson(actionItems)}};
}

void PostMortem::applyContent(const Json &content, const QString &path)
{
    const JsonReader reader(content, path);
    PostMortem read;
    read.title = reader.string("title");
    read.sections = readSections(reader);
    read.timeline = readTimeline(reader);
    read.actionItems = readActionItems(reader);
    title = read.title;
    sections = read.sections;
    timeline = read.timeline;
    actionItems = read.actionItems;
}

QString PostMortem::severityName() const
{
    return severity ? Incident::severityName(*severity) : QString();
}

std::optional<Incident::Severity> PostMortem::readSeverity(const JsonReader &reader,
                                                           const char *key)
{
    if (reader.optionalString(key).isEmpty()) {
        return std::nullopt;
    }
    return reader.enumeration<Incident::Severity>(key, Incident::severityNames());
}

Json PostMortem::toJson() const
{
    Json chartList = Json::array();
    for (const Chart &chart : charts) {
        chartList.push_back(
            {{"id", chart.id}, {"title", chart.title}, {"snapshot", chart.snapshot}});
    }
    Json history = Json::array();
    for (const ReviewEvent &event : reviewHistory) {
        history.push_back({{"time", toIsoUtc(event.time)},
                           {"author", event.author},
                           {"from", reviewStateName(event.from)},
                           {"to", reviewStateName(event.to)}});
    }
    Json versionList = Json::array();
    for (const Version &version : versions) {
        versionList.push_back({{"number", version.number},
                               {"savedAt", toIsoUtc(version.savedAt)},
                               {"author", version.author},
                               {"reason", versionReasonName(version.reason)},
                               {"content", version.content}});
    }
    return {{"schema", SchemaVersion},
            {"id", id},
            {"incidentId", incidentId.isEmpty() ? Json() : Json(incidentId)},
            {"incidentKey", incidentKey},
            {"title", title},
            {"severity", severityName()},
            {"services", services},
            {"author", author},
            {"createdAt", createdAt.isValid() ? Json(toIsoUtc(createdAt)) : Json()},
            {"sections", sectionsJson(sections)},
            {"timeline", timelineJson(timeline)},
            {"charts", chartList},
            {"actionItems", actionItemsJson(actionItems)},
            {"reviewState", reviewStateName(reviewState)},
            {"reviewers", reviewers},
            {"reviewHistory", history},
            {"versions", versionList},
            {"updatedAt", toIsoUtc(updatedAt)}};
}

PostMortem PostMortem::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    PostMortem postMortem;
    postMortem.id = reader.id("id");
    postMortem.incidentId = reader.optionalId("incidentId");
    postMortem.incidentKey = reader.optionalString("incidentKey");
    postMortem.title = reader.string("title");
    postMortem.severity = readSeverity(reader, "severity");
    postMortem.services = reader.strings("services");
    postMortem.author = reader.optionalString("author");
    postMortem.createdAt = reader.optionalTime("createdAt");
    postMortem.sections = readSections(reader);
    postMortem.timeline = readTimeline(reader);
    postMortem.charts = reader.list<Chart>("charts", [](const JsonReader &item) {
        return Chart{item.string("id"), item.optionalString("title"), item.object("snapshot")};
    });
    postMortem.actionItems = readActionItems(reader);
    postMortem.reviewState = *reviewStateFromName(reader.choice("reviewState", reviewStateNames()));
    postMortem.reviewers = reader.strings("reviewers");
    postMortem.reviewHistory =
        reader.list<ReviewEvent>("reviewHistory", [](const JsonReader &item) {
            return ReviewEvent{item.time("time"), item.optionalString("author"),
                               *reviewStateFromName(item.choice("from", reviewStateNames())),
                               *reviewStateFromName(item.choice("to", reviewStateNames()))};
        });
    postMortem.versions = reader.list<Version>("versions", [](const JsonReader &item) {
        // Versions written before the reason was recorded count as saves.
        const Version::Reason reason =
            item.present("reason")
                ? *versionReasonFromName(item.choice("reason", versionReasonNames()))
                : Version::Reason::Saved;
        return Version{int(item.integer("number")), item.time("savedAt"),
                       item.optionalString("author"), reason, item.object("content")};
    });
    postMortem.updatedAt = reader.time("updatedAt");
    return postMortem;
}

} // namespace opsdeck
