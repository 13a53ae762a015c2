#pragma once

#include "model/postmortem.h"

#include <QList>

namespace opsdeck {

// The sections a post-mortem starts with, each with a short prompt for the author (an HTML
// comment, so it does not show in the rendered document). Templates are workspace documents:
// the team edits the default and adds its own. Until the team stores one marked default, the
// built-in blameless template is the default.
struct PostMortemTemplate {
    static constexpr int SchemaVersion = 1;

    QString id; // empty for the built-in template
    QString name;
    bool isDefault = false;
    QList<PostMortem::Section> sections;
    QDateTime updatedAt;

    // The built-in template: summary, impact, detection, response, recovery, timeline, root
    // causes and contributing factors, what went well, what went poorly, where we got lucky,
    // action items, lessons learned.
    static PostMortemTemplate builtIn();
    static QList<PostMortem::Section> blameless();
    // The key of the section with this title in `sections` (case and spacing ignored), or "".
    static QString keyOfTitle(const QList<PostMortem::Section> &sections, const QString &title);

    // As Markdown for editing ('# Name', then '## Section' with its prompt), and back; `error`
    // names the line when the text is not a template. Sections keep the keys of the built-in
    // sections with the same title (or of this template's own sections), so a renamed
    // language still finds its timeline and action items.
    QByteArray toMarkdown() const;
    static std::optional<PostMortemTemplate>
    fromMarkdown(const QByteArray &markdown, const PostMortemTemplate &previous, QString *error);

    Json toJson() const;
    static PostMortemTemplate fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
