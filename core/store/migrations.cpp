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
                       "INSERT INTO %2(rowid, %3) VALUES (new.seq, new.%3); END")
            .arg(t, i, c),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %1 BEGIN "
                       "INSERT INTO %2(%2, rowid, %3) VALUES ('delete', old.seq, old.%3); END")
            .arg(t, i, c),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %3 ON %1 BEGIN "
                       "INSERT INTO %2(%2, rowid, %3) VALUES ('delete', old.seq, old.%3); "
                       "INSERT INTO %2(rowid, %3) VALUES (new.seq, new.%3); END")
            .arg(t, i, c),
    };
}

} // namespace

const QList<Migration> &sqliteMigrations()
{
    static const QList<Migration> migrations = [] {
        QStringList first{
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                           "KEY, applied_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // parent_id: the incident of a timeline event, so a timeline view knows its rows.
            QStringLiteral("CREATE TABLE change_log (seq INTEGER PRIMARY KEY, aggregate TEXT NOT "
                           "NULL, entity_id TEXT NOT NULL, parent_id TEXT, kind TEXT NOT NULL, "
                           "changed_at TEXT NOT NULL)"),
            // seq: the full-text index's row key. AUTOINCREMENT never reuses a number (an
            // index position must never point at a new row) and VACUUM keeps it.
            QStringLiteral("CREATE TABLE incidents (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT "
                           "NOT NULL UNIQUE, incident_key TEXT NOT NULL UNIQUE, title TEXT NOT "
                           "NULL, severity TEXT NOT NULL, status TEXT "
                           "NOT NULL, game_day INTEGER NOT NULL, declared_at TEXT NOT NULL, "
                           "updated_at TEXT NOT NULL, document TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE timeline_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id "
                "TEXT NOT NULL UNIQUE, incident_id TEXT NOT NULL REFERENCES "
                "incidents(id) ON DELETE CASCADE, occurred_at TEXT "
                "NOT NULL, type TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT "
                "NULL, pinned INTEGER NOT NULL, corrects_id TEXT, payload TEXT NOT "
                "NULL)"),
            QStringLiteral("CREATE INDEX timeline_events_by_incident ON timeline_events "
                           "(incident_id, occurred_at)"),
            documentTable("runbooks"),
            // An incident with post-mortems cannot be deleted (RESTRICT): the post-mortem's
            // document names it, and a bundle must stay importable.
            QStringLiteral(
                "CREATE TABLE postmortems (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT "
                "NOT NULL UNIQUE, title TEXT NOT NULL, updated_at TEXT NOT NULL, "
                "document TEXT NOT NULL, incident_id TEXT REFERENCES incidents(id) ON "
                "DELETE RESTRICT, review_state TEXT NOT "
                "NULL, search_text TEXT NOT NULL)"),
            documentTable("assessments"),
            documentTable("dashboards"),
            documentTable("deployments"),
            documentTable("backends"),
            // Full text (SQLite's own part).
            QStringLiteral("CREATE VIRTUAL TABLE incidents_search USING fts5(title, "
                           "content='incidents', content_rowid='seq')"),
            QStringLiteral("CREATE VIRTUAL TABLE timeline_search USING fts5(text, "
                           "content='timeline_events', content_rowid='seq')"),
            QStringLiteral("CREATE VIRTUAL TABLE postmortems_search USING fts5(search_text, "
                           "content='postmortems', content_rowid='seq')"),
        };
        first << searchTriggers("incidents", "incidents_search", "title")
              << searchTriggers("postmortems", "postmortems_search", "search_text");
        // Timeline text is indexed after the commit, by SearchIndex::catchUp(), up to the
        // position in meta: tokenizing inside every write would halve the insert rate.
        // Rows already indexed leave the index with their row.
        first << QStringLiteral(
                     "INSERT INTO meta (key, value) VALUES ('timeline_indexed_seq', '0')")
              << QStringLiteral(
                     "CREATE TRIGGER timeline_events_ad AFTER DELETE ON timeline_events WHEN "
                     "old.seq <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = "
                     "'timeline_indexed_seq') BEGIN INSERT INTO timeline_search(timeline_search, "
                     "rowid, text) VALUES ('delete', old.seq, old.text); END")
              << QStringLiteral(
                     "CREATE TRIGGER timeline_events_au AFTER UPDATE OF text ON timeline_events "
                     "WHEN old.seq <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = "
                     "'timeline_indexed_seq') BEGIN INSERT INTO timeline_search(timeline_search, "
                     "rowid, text) VALUES ('delete', old.seq, old.text); INSERT INTO "
                     "timeline_search(rowid, text) VALUES (new.seq, new.text); END");
        // Post-mortems: the team's templates, and each post-mortem's unsaved working copy
        // (autosaved while the author types, offered back after a crash; gone on save).
        const QStringList second{
            documentTable("postmortem_templates"),
            QStringLiteral("CREATE TABLE postmortem_recovery (postmortem_id TEXT PRIMARY KEY "
                           "REFERENCES postmortems(id) ON DELETE CASCADE, saved_at TEXT NOT NULL, "
                           "author TEXT NOT NULL, document TEXT NOT NULL)"),
        };
        // Dashboards: every saved state, whole, so that any version can be opened or restored.
        const QStringList third{
            QStringLiteral("CREATE TABLE dashboard_versions (dashboard_id TEXT NOT NULL "
                           "REFERENCES dashboards(id) ON DELETE CASCADE, number INTEGER NOT NULL, "
                           "saved_at TEXT NOT NULL, author TEXT NOT NULL, reason TEXT NOT NULL, "
                           "title TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY "
                           "(dashboard_id, number))"),
        };
        return QList<Migration>{{1, first}, {2, second}, {3, third}};
    }();
    return migrations;
}

int currentSchemaVersion()
{
    return sqliteMigrations().constLast().version;
}

} // namespace opsdeck
