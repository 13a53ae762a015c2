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

QString PostMortem::searchableText() const
{
    QStringList parts{title};
    for (const Section &section : sections) {
        parts << section.title << section.markdown;
    }
    for (const ActionItem &item : actionItems) {
        parts << item.description;
    }
    return parts.join(QLatin1Char('\n'));
}

Json PostMortem::toJson() const
{
    Json sectionList = Json::array();
    for (const Section &section : sections) {
        sectionList.push_back(
            {{"key", section.key}, {"title", section.title}, {"markdown", section.markdown}});
    }
    Json items = Json::array();
    for (const ActionItem &item : actionItems) {
        items.push_back(
            {{"id", item.id},
             {"description", item.description},
             {"owner", item.owner},
             {"priority", item.priority},
             {"due", item.due.isValid() ? Json(item.due.toString(Qt::ISODate)) : Json()},
             {"ticketUrl", item.ticketUrl},
             {"status", item.status}});
    }
    Json versionList = Json::array();
    for (const Version &version : versions) {
        versionList.push_back({{"number", version.number},
                               {"savedAt", toIsoUtc(version.savedAt)},
                               {"author", version.author},
                               {"reason", version.reason},
                               {"content", version.content}});
    }
    return {{"schema", SchemaVersion},
            {"id", id},
            {"incidentId", incidentId.isEmpty() ? Json() : Json(incidentId)},
            {"title", title},
            {"sections", sectionList},
            {"actionItems", items},
            {"reviewState", reviewState},
            {"reviewers", reviewers},
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
    postMortem.title = reader.string("title");
    postMortem.sections = reader.list<Section>("sections", [](const JsonReader &item) {
        return Section{item.string("key"), item.string("title"), item.optionalString("markdown")};
    });
    postMortem.actionItems = reader.list<ActionItem>("actionItems", [](const JsonReader &item) {
        ActionItem action;
        action.id = item.id("id");
        action.description = item.string("description");
        action.owner = item.optionalString("owner");
        action.priority = item.choice("priority", priorityNames());
        action.due = item.optionalDate("due");
        action.ticketUrl = item.optionalString("ticketUrl");
        if (!action.ticketUrl.isEmpty()) {
            const QUrl url(action.ticketUrl);
            if (!url.isValid() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                throw ModelError(
                    item.pathOf("ticketUrl"),
                    QCoreApplication::translate("ModelError", "expected an http(s) URL"));
            }
        }
        action.status = item.choice("status", actionStatusNames());
        return action;
    });
    postMortem.reviewState = reader.choice("reviewState", reviewStateNames());
    postMortem.reviewers = reader.strings("reviewers");
    postMortem.versions = reader.list<Version>("versions", [](const JsonReader &item) {
        return Version{int(item.integer("number")), item.time("savedAt"),
                       item.optionalString("author"), item.optionalString("reason"),
                       item.object("content")};
    });
    postMortem.updatedAt = reader.time("updatedAt");
    return postMortem;
}

} // namespace opsdeck
