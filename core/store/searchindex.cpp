#include "store/searchindex.h"

#include "store/sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck {

QString SearchIndex::matchExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (QString &word : words) {
        word = QLatin1Char('"') + word + QLatin1Char('"');
    }
    if (!words.isEmpty()) {
        words.last().append(QLatin1Char('*'));
    }
    return words.join(QLatin1Char(' '));
}

bool SearchIndex::indexIsBehind(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral(
               "SELECT (SELECT COALESCE(MAX(seq), 0) FROM timeline_events) > (SELECT CAST(value AS "
               "INTEGER) FROM meta WHERE key = 'timeline_indexed_seq')")) &&
           query.next() && query.value(0).toInt() != 0;
}

qint64 SearchIndex::catchUp(QSqlDatabase &db, QString *error, int chunk)
{
    qint64 total = 0;
    for (;;) {
        if (!sql::beginWrite(db, error)) {
            return -1;
        }
        QSqlQuery position(db);
        if (!position.exec(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = "
                                          "'timeline_indexed_seq'")) ||
            !position.next()) {
            *error = position.lastError().text();
            sql::rollback(db);
            return -1;
        }
        const qint64 from = position.value(0).toLongLong();
        position.finish();
        QSqlQuery last(db);
        last.prepare(
            QStringLiteral("SELECT MAX(seq), COUNT(*) FROM (SELECT seq FROM timeline_events WHERE "
                           "seq > ? ORDER BY seq LIMIT ?)"));
        last.addBindValue(from);
        last.addBindValue(chunk);
        if (!sql::exec(db, last, error) || !last.next()) {
            sql::rollback(db);
            return -1;
        }
        if (last.value(0).isNull()) {
            sql::rollback(db);
            return total;
        }
        const qint64 to = last.value(0).toLongLong();
        const qint64 rows = last.value(1).toLongLong();
        last.finish();
        QSqlQuery index(db);
        index.prepare(QStringLiteral("INSERT INTO timeline_search (rowid, text) SELECT seq, text "
                                     "FROM timeline_events WHERE seq > ? AND seq <= ?"));
        index.addBindValue(from);
        index.addBindValue(to);
        QSqlQuery move(db);
        move.prepare(
            QStringLiteral("UPDATE meta SET value = ? WHERE key = 'timeline_indexed_seq'"));
        move.addBindValue(QString::number(to));
        if (!sql::exec(db, index, error) || !sql::exec(db, move, error) ||
            !sql::commit(db, error)) {
            sql::rollback(db);
            return -1;
        }
        total += rows;
    }
}

QStringList SearchIndex::tokens(const QString &text)
{
    QStringList result;
    const QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (c.isMark()) {
            continue; // a diacritic of the letter before
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        result.append(current);
    }
    return result;
}

namespace {

// Does `words` (each a token sequence, the last token of the last word a prefix) occur in
// `tokens` the way FTS5 would match the quoted query?
bool matches(const QList<QStringList> &words, const QStringList &tokens)
{
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringList &phrase = words.at(w);
        const bool prefixLast = w == words.size() - 1;
        bool found = false;
        for (qsizetype start = 0; !found && start + phrase.size() <= tokens.size(); ++start) {
            found = true;
            for (qsizetype i = 0; i < phrase.size() && found; ++i) {
                const QString &token = tokens.at(start + i);
                const bool last = prefixLast && i == phrase.size() - 1;
                found = last ? token.startsWith(phrase.at(i)) : token == phrase.at(i);
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

} // namespace

QList<SearchHit> SearchIndex::search(QSqlDatabase &db, const QString &text, int limit,
                                     QString *error, int window)
{
    QList<SearchHit> hits;
    // Index what is missing, unless another writer holds the lock (an import, say): then the
    // search runs on the index as it is rather than wait.
    if (indexIsBehind(db)) {
        sql::run(db, QStringLiteral("PRAGMA busy_timeout=50"), error);
        QString ignored;
        catchUp(db, &ignored);
        sql::run(db, QStringLiteral("PRAGMA busy_timeout=5000"), error);
    }
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return hits;
    }
    QList<QStringList> words;
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        const QStringList wordTokens = tokens(word);
        if (!wordTokens.isEmpty()) {
            words.append(wordTokens);
        }
    }

    // Incident titles and post-mortems: few rows, ranked by FTS5.
    const QString source = QStringLiteral(
        "SELECT '%1' AS kind, t.id AS id, %2 AS incident_id, t.%3 AS text, h.score AS score FROM "
        "(SELECT rowid AS rid, bm25(%4) AS score FROM %4 WHERE %4 MATCH ? ORDER BY rowid DESC "
        "LIMIT %5) h JOIN %6 t ON t.seq = h.rid");
    const auto run = [&](const QString &statement, int binds) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(statement);
        for (int i = 0; i < binds; ++i) {
            query.addBindValue(match);
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            hits.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toDouble()});
        }
        return true;
    };
    if (!run(QStringLiteral(
                 "SELECT kind, id, incident_id, text, score FROM (%1 UNION ALL %2) ORDER BY "
                 "score LIMIT %3")
                 .arg(source
                          .arg(QStringLiteral("incident"), QStringLiteral("t.id"),
                               QStringLiteral("title"), QStringLiteral("incidents_search"))
                          .arg(window)
                          .arg(QStringLiteral("incidents")),
                      source
                          .arg(QStringLiteral("postmortem"), QStringLiteral("t.incident_id"),
                               QStringLiteral("title"), QStringLiteral("postmortems_search"))
                          .arg(window)
                          .arg(QStringLiteral("postmortems")))
                 .arg(limit),
             2)) {
        return {};
    }
    const int timelineLimit = limit - int(hits.size());
    if (timelineLimit <= 0 || words.isEmpty()) {
        return hits;
    }

    // The timeline, step 1: the newest events, scanned directly.
    QList<SearchHit> recent;
    QSqlQuery scan(db);
    scan.setForwardOnly(true);
    scan.prepare(QStringLiteral(
        "SELECT id, incident_id, text FROM timeline_events ORDER BY seq DESC LIMIT ?"));
    scan.addBindValue(RecentWindow);
    if (!scan.exec()) {
        *error = scan.lastError().text();
        return {};
    }
    while (scan.next() && recent.size() < timelineLimit) {
        const QString eventText = scan.value(2).toString();
        if (matches(words, tokens(eventText))) {
            recent.append({QStringLiteral("timeline"), scan.value(0).toString(),
                           scan.value(1).toString(), eventText, 0});
        }
    }
    if (recent.size() >= timelineLimit) {
        hits.append(recent); // common words: the newest matches
        return hits;
    }
    // Step 2: rare enough for FTS5 to rank every match.
    run(QStringLiteral(
            "SELECT 'timeline', t.id, t.incident_id, t.text, h.score FROM (SELECT rowid AS "
            "rid, bm25(timeline_search) AS score FROM timeline_search WHERE timeline_search "
            "MATCH ? ORDER BY score LIMIT %1) h JOIN timeline_events t ON t.seq = h.rid "
            "ORDER BY h.score")
            .arg(timelineLimit),
        1);
    return hits;
}

} // namespace opsdeck
