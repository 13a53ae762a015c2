#pragma once

#include "model/postmortem.h"

#include <QByteArray>

#include <optional>

namespace opsdeck {

// A post-mortem as GitHub-flavoured Markdown, for a repository or a wiki, and back:
//
//   # Title
//   ## Section title        (one per section, in order)
//   …the section's Markdown…
//   ## Action items         (the template's section, then the items as a table)
//
// Reading maps headings to the template's sections by title; other headings become sections
// of their own. Headings inside code blocks are text. A round trip keeps every section's text
// and every action item.
class PostMortemMarkdown {
public:
    static QByteArray write(const PostMortem &postMortem);
    // `error` says what was expected and on which line when the text is not a post-mortem.
    static std::optional<PostMortem> read(const QByteArray &markdown,
                                          const QList<PostMortem::Section> &templateSections,
                                          QString *error);
};

} // namespace opsdeck
