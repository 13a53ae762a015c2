#pragma once

#include "model/postmortem.h"

#include <QList>

namespace opsdeck {

// The sections a post-mortem starts with, each with a short prompt for the author (an HTML
// comment, so it does not show in the rendered document). Templates are workspace documents:
// the team edits the default and adds its own. Until the team stores one marked default, the
// built-in blameless template (PostMortemTemplates::builtIn()) is the default.
struct PostMortemTemplate {
    static constexpr int SchemaVersion = 1;

    QString id; // empty for the built-in template
    QString name;
    bool isDefault = false;
    QList<PostMortem::Section> sections;
    QDateTime updatedAt;

    Json toJson() const;
    static PostMortemTemplate fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
