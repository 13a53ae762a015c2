#include "model/postmortemtemplate.h"

#include <QCoreApplication>

namespace opsdeck {

Json PostMortemTemplate::toJson() const
{
    Json sectionList = Json::array();
    for (const PostMortem::Section &section : sections) {
        sectionList.push_back(
            {{"key", section.key}, {"title", section.title}, {"markdown", section.markdown}});
    }
    return {{"schema", SchemaVersion},
            {"id", id},
            {"name", name},
            {"isDefault", isDefault},
            {"sections", sectionList},
            {"updatedAt", toIsoUtc(updatedAt)}};
}

PostMortemTemplate PostMortemTemplate::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    PostMortemTemplate read;
    read.id = reader.id("id");
    read.name = reader.string("name");
    read.isDefault = reader.boolean("isDefault", false);
    read.sections = reader.list<PostMortem::Section>("sections", [](const JsonReader &item) {
        return PostMortem::Section{item.string("key"), item.string("title"),
                                   item.optionalString("markdown")};
    });
    if (read.sections.isEmpty()) {
        throw ModelError(
            reader.pathOf("sections"),
            QCoreApplication::translate("ModelError", "expected at least one section"));
    }
    read.updatedAt = reader.optionalTime("updatedAt");
    return read;
}

} // namespace opsdeck
