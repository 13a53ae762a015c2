#pragma once

#include "model/postmortem.h"

class QTextDocument;

namespace opsdeck::ui {

// Post-mortem Markdown as the preview, the HTML export and the PDF show it: GitHub's dialect,
// raw HTML shown as the text it is, images with remote URLs never fetched (shown as links),
// `snapshot:ID` images drawn from the document's frozen charts. Safe on a worker thread.
class PostMortemRenderer {
public:
    // One section's Markdown into `document` (cleared first).
    static void renderMarkdown(QTextDocument *document, const QString &markdown,
                               const QList<PostMortem::Chart> &charts);
    // The whole post-mortem as one document: title, facts (incident, severity, services,
    // review state, reviewers), every section, the timeline table, the action items (overdue
    // ones flagged as of `today`).
    static void renderPostMortem(QTextDocument *document, const PostMortem &postMortem,
                                 const QDate &today);
};

} // namespace opsdeck::ui
