#include "model/silence.h"

#include <QCoreApplication>

namespace opsdeck {

QStringList Silence::stateNames()
{
    return {QStringLiteral("active"), QStringLiteral("pending"), QStringLiteral("expired")};
}

Json Silence::toJson() const
{
    Json list = Json::array();
    for (const Matcher &matcher : matchers) {
        list.push_back({{"name", matcher.name},
                        {"value", matcher.value},
                        {"isRegex", matcher.isRegex},
                        {"isEqual", matcher.isEqual}});
    }
    return {
        {"schema", SchemaVersion},    {"id", id},
        {"matchers", list},           {"startsAt", toIsoUtc(startsAt)},
        {"endsAt", toIsoUtc(endsAt)}, {"createdBy", createdBy},
        {"comment", comment},         {"state", stateNames().at(int(state))},
    };
}

Silence Silence::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Silence silence;
    silence.id = reader.string("id");
    silence.matchers = reader.list<Matcher>("matchers", [](const JsonReader &item) {
        return Matcher{item.string("name"), item.string("value"), item.boolean("isRegex", false),
                       item.boolean("isEqual", true)};
    });
    silence.startsAt = reader.time("startsAt");
    silence.endsAt = reader.time("endsAt");
    if (silence.endsAt < silence.startsAt) {
        throw ModelError(reader.pathOf("endsAt"),
                         QCoreApplication::translate("ModelError", "is before startsAt"));
    }
    silence.createdBy = reader.optionalString("createdBy");
    silence.comment = reader.optionalString("comment");
    silence.state = State(stateNames().indexOf(reader.choice("state", stateNames())));
    return silence;
}

} // namespace opsdeck
