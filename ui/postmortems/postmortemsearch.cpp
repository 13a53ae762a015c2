#include "postmortems/postmortemsearch.h"

#include "store/searchindex.h"

#include <algorithm>

namespace opsdeck::ui {

bool PostMortemSearch::matches(const PostMortem &postMortem, const QStringList &words)
{
    if (words.isEmpty()) {
        return true;
    }
    const QStringList tokens = SearchIndex::tokens(postMortem.searchableText());
    const QSet<QString> whole(tokens.cbegin(), tokens.cend());
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (!whole.contains(words.at(i))) {
            return false;
        }
    }
    const QString &last = words.constLast();
    if (whole.contains(last)) {
        return true;
    }
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [&last](const QString &token) { return token.startsWith(last); });
}

QSet<QString> PostMortemSearch::matching(const QList<PostMortem> &postMortems, const QString &text)
{
    const QStringList words = SearchIndex::tokens(text);
    QSet<QString> ids;
    for (const PostMortem &postMortem : postMortems) {
        if (matches(postMortem, words)) {
            ids.insert(postMortem.id);
        }
    }
    return ids;
}

} // namespace opsdeck::ui
