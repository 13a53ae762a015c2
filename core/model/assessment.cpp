#include "model/assessment.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

Json answersToJson(const QList<Assessment::Answer> &answers)
{
    Json list = Json::array();
    for (const Assessment::Answer &answer : answers) {
        list.push_back(
            {{"questionId", answer.questionId}, {"level", answer.level}, {"note", answer.note}});
    }
    return list;
}

Assessment::Answer readAnswer(const JsonReader &item)
{
    Assessment::Answer answer{item.string("questionId"), int(item.integer("level")),
                              item.optionalString("note")};
    if (answer.level < 0 || answer.level > 4) {
        throw ModelError(item.pathOf("level"),
                         QCoreApplication::translate("ModelError", "expected a level from 0 to 4"));
    }
    return answer;
}

} // namespace

Json Assessment::toJson() const
{
    Json milestoneList = Json::array();
    for (const Milestone &milestone : milestones) {
        milestoneList.push_back({{"name", milestone.name},
                                 {"at", toIsoUtc(milestone.at)},
                                 {"answers", answersToJson(milestone.answers)}});
    }
    return {{"schema", SchemaVersion},
            {"id", id},
            {"title", title},
            {"frameworkId", frameworkId},
            {"frameworkVersion", frameworkVersion},
            {"createdAt", toIsoUtc(createdAt)},
            {"answers", answersToJson(answers)},
            {"milestones", milestoneList}};
}

Assessment Assessment::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Assessment assessment;
    assessment.id = reader.id("id");
    assessment.title = reader.string("title");
    assessment.frameworkId = reader.string("frameworkId");
    assessment.frameworkVersion = reader.string("frameworkVersion");
    assessment.createdAt = reader.time("createdAt");
    assessment.answers = reader.list<Answer>("answers", readAnswer);
    assessment.milestones = reader.list<Milestone>("milestones", [](const JsonReader &item) {
        return Milestone{item.string("name"), item.time("at"),
                         item.list<Answer>("answers", readAnswer)};
    });
    return assessment;
}

} // namespace opsdeck
