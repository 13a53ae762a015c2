#include "store/searchindex.h"

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

QList<SearchHit> SearchIndex::search(QSqlDatabase &db, const QString &text, int limit,
                                     QString *error, int window)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return hits;
    }
    const QString source = QStringLiteral(
        "SELECT '%1' AS kind, t.id AS id, %2 AS incident_id, t.%3 AS text, h.score AS score FROM "
        "(SELECT rowid AS rid, bm25(%4) AS score FROM %4 WHERE %4 MATCH ? ORDER BY rowid DESC "
        "LIMIT %5) h JOIN %6 t ON t.rowid = h.rid");
    const QString statement =
        QStringLiteral(
            "SELECT kind, id, incident_id, text, score FROM (%1 UNION ALL %2 UNION ALL %3) "
            "ORDER BY score LIMIT %4")
            .arg(source
                     .arg(QStringLiteral("incident"), QStringLiteral("t.id"),
                          QStringLiteral("title"), QStringLiteral("incidents_search"))
                     .arg(window)
                     .arg(QStringLiteral("incidents")),
                 source
                     .arg(QStringLiteral("timeline"), QStringLiteral("t.incident_id"),
                          QStringLiteral("text"), QStringLiteral("timeline_search"))
                     .arg(window)
                     .arg(QStringLiteral("timeline_events")),
                 source
                     .arg(QStringLiteral("postmortem"), QStringLiteral("t.incident_id"),
                          QStringLiteral("title"), QStringLiteral("postmortems_search"))
                     .arg(window)
                     .arg(QStringLiteral("postmortems")))
            .arg(limit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(match);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return hits;
    }
    while (query.next()) {
        hits.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toDouble()});
    }
    return hits;
}

} // namespace opsdeck
