#include "store/migrations.h"

namespace opsdeck {
namespace {

QString documentTable(const char *name)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, title TEXT NOT NULL, "
                          "updated_at TEXT NOT NULL, document TEXT NOT NULL)")
        .arg(QLatin1String(name));
}

// Keeps an external-content FTS5 table in step with its table.
QStringList searchTriggers(const char *table, const char *index, const char *column)
{
    const QString t = QLatin1String(table);
    const QString i = QLatin1String(index);
    const QString c = QLatin1String(column);
    return {
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %1 BEGIN "
                       "INSERT INTO %2(rowid, %3) VALUES (new.rowid, new.%3); END")
            .arg(t, i, c),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %1 BEGIN "
                       "INSERT INTO %2(%2, rowid, %3) VALUES ('delete', old.rowid, old.%3); END")
            .arg(t, i, c),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %3 ON %1 BEGIN "
                       "INSERT INTO %2(%2, rowid, %3) VALUES ('delete', old.rowid, old.%3); "
                       "INSERT INTO %2(rowid, %3) VALUES (new.rowid, new.%3); END")
            .arg(t, i, c),
    };
}

} // namespace

const QList<Migration> &sqliteMigrations()
{
    static const QList<Migration> migrations = [] {
        QStringList first{
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // parent_id: the incident of a timeline event, so a timeline view knows its rows.
            QStringLiteral("CREATE TABLE change_log (seq INTEGER PRIMARY KEY, aggregate TEXT NOT "
                           "NULL, entity_id TEXT NOT NULL, parent_id TEXT, kind TEXT NOT NULL, "
                           "changed_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE incidents (id TEXT PRIMARY KEY, incident_key TEXT NOT "
                           "NULL UNIQUE, title TEXT NOT NULL, severity TEXT NOT NULL, status TEXT "
                           "NOT NULL, game_day INTEGER NOT NULL, declared_at TEXT NOT NULL, "
                           "updated_at TEXT NOT NULL, document TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE timeline_events (id TEXT PRIMARY KEY, incident_id TEXT "
                           "NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, occurred_at TEXT "
                           "NOT NULL, type TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT "
                           "NULL, pinned INTEGER NOT NULL, corrects_id TEXT, payload TEXT NOT "
                           "NULL)"),
            QStringLiteral("CREATE INDEX timeline_events_by_incident ON timeline_events "
                           "(incident_id, occurred_at)"),
            documentTable("runbooks"),
            QStringLiteral("CREATE TABLE postmortems (id TEXT PRIMARY KEY, title TEXT NOT NULL, "
                           "updated_at TEXT NOT NULL, document TEXT NOT NULL, incident_id TEXT "
                           "REFERENCES incidents(id) ON DELETE SET NULL, review_state TEXT NOT "
                           "NULL, search_text TEXT NOT NULL)"),
            documentTable("assessments"),
            documentTable("dashboards"),
            documentTable("deployments"),
            documentTable("backends"),
            // Full text (SQLite's own part).
            QStringLiteral("CREATE VIRTUAL TABLE incidents_search USING fts5(title, "
                           "content='incidents', content_rowid='rowid')"),
            QStringLiteral("CREATE VIRTUAL TABLE timeline_search USING fts5(text, "
                           "content='timeline_events', content_rowid='rowid')"),
            QStringLiteral("CREATE VIRTUAL TABLE postmortems_search USING fts5(search_text, "
                           "content='postmortems', content_rowid='rowid')"),
        };
        first << searchTriggers("incidents", "incidents_search", "title")
              << searchTriggers("postmortems", "postmortems_search", "search_text");
        // Timeline text is indexed after the commit, by SearchIndex::catchUp(), up to the
        // position in meta: tokenizing inside every write would halve the insert rate.
        // Rows already indexed leave the index with their row.
        first << QStringLiteral(
                     "INSERT INTO meta (key, value) VALUES ('timeline_indexed_rowid', '0')")
              << QStringLiteral(
                     "CREATE TRIGGER timeline_events_ad AFTER DELETE ON timeline_events WHEN "
                     "old.rowid <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = "
                     "'timeline_indexed_rowid') BEGIN INSERT INTO timeline_search(timeline_search, "
                     "rowid, text) VALUES ('delete', old.rowid, old.text); END")
              << QStringLiteral(
                     "CREATE TRIGGER timeline_events_au AFTER UPDATE OF text ON timeline_events "
                     "WHEN old.rowid <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = "
                     "'timeline_indexed_rowid') BEGIN INSERT INTO timeline_search(timeline_search, "
                     "rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO "
                     "timeline_search(rowid, text) VALUES (new.rowid, new.text); END");
        return QList<Migration>{{1, first}};
    }();
    return migrations;
}

int currentSchemaVersion()
{
    return sqliteMigrations().constLast().version;
}

} // namespace opsdeck
