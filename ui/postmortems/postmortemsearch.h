#pragma once

#include "model/postmortem.h"

#include <QSet>

namespace opsdeck::ui {

// Full-text search over post-mortems held in memory (title, sections, timeline, action items:
// PostMortem::searchableText), with the word rules of the workspace index: every word must
// occur, case and diacritics ignored, the last word may be the start of one ("data rot" finds
// "data rotation"). Pure function of its arguments: run it on a worker over a snapshot.
class PostMortemSearch {
public:
    static QSet<QString> matching(const QList<PostMortem> &postMortems, const QString &text);
    static bool matches(const PostMortem &postMortem, const QStringList &words);
};

} // namespace opsdeck::ui
