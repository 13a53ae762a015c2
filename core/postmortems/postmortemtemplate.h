#pragma once

#include "model/postmortemtemplate.h"

#include <optional>

namespace opsdeck {

// The built-in blameless template and templates as Markdown for editing. The template itself
// is a workspace document (model/postmortemtemplate.h).
struct PostMortemTemplates {
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
    static QByteArray toMarkdown(const PostMortemTemplate &postMortemTemplate);
    static std::optional<PostMortemTemplate>
    fromMarkdown(const QByteArray &markdown, const PostMortemTemplate &previous, QString *error);
};

} // namespace opsdeck
