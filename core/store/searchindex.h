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
// Ranking every match of a very common word would cost time in proportion to the matches, so
// relevance is ranked among the most recent `window` matches of each source: the cost stays
// bounded and a common word finds the latest events first.
class SearchIndex {
public:
    static constexpr int DefaultWindow = 2000;

    // Every word must occur; the last one may be a prefix ("disk ful" finds "disk full").
    static QList<SearchHit> search(QSqlDatabase &db, const QString &text, int limit, QString *error,
                                   int window = DefaultWindow);

    // The FTS5 query for the user's words, quoted so that no input is FTS syntax.
    static QString matchExpression(const QString &text);
};

} // namespace opsdeck
