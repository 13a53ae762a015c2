#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace opsdeck {

struct SearchHit {
    QString kind; // incident, timeline, postmortem
    QString id;
    QString incidentId;
    QString text;
    double score = 0; // bm25: lower is better
};

// Full-text search over incident titles, timeline text and post-mortems (SQLite FTS5).
// A word found in most of a million events makes FTS5 read a posting list of a million entries
// (~20 ms) before it can rank anything. So the timeline is searched in two steps: the newest
// `recentWindow` events are scanned directly, with the same word rules as the index; if they
// already hold `limit` matches the words are common and the newest matches are the answer.
// Otherwise the words are rare enough that FTS5 ranks all their matches quickly.
class SearchIndex {
public:
    static constexpr int DefaultWindow = 2000;
    static constexpr int RecentWindow = 2000;

    // Every word must occur; the last one may be a prefix ("disk ful" finds "disk full").
    // Catches up with unindexed timeline text first, so results are never behind the store.
    static QList<SearchHit> search(QSqlDatabase &db, const QString &text, int limit, QString *error,
                                   int window = DefaultWindow);

    // Indexes timeline text written since the last call, in chunks of `chunk` rows, each chunk
    // one transaction that also moves the indexed position: safe to stop at any moment and
    // to run from several processes. Returns how many rows it indexed, or -1 on error.
    static qint64 catchUp(QSqlDatabase &db, QString *error, int chunk = 20000);
    // Whether timeline text is waiting to be indexed (a read; takes no lock).
    static bool indexIsBehind(QSqlDatabase &db);

    // The words of a text as the index sees them: runs of letters and digits, case-folded,
    // without diacritics (FTS5's unicode61 tokenizer).
    static QStringList tokens(const QString &text);

    // The FTS5 query for the user's words, quoted so that no input is FTS syntax.
    static QString matchExpression(const QString &text);
};

} // namespace opsdeck
