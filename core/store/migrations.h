#pragma once

#include <QList>
#include <QStringList>

namespace opsdeck {

// Numbered schema migrations. Each runs once, in order, in its own transaction, and is recorded
// in the workspace's schema_migrations table. Never edit a released migration: add a new one.
struct Migration {
    int version;
    QStringList statements;
};

// The migrations for SQLite workspaces. The tables use portable SQL (TEXT UUID keys, no
// SQLite-only types); only the full-text part (FTS5 tables and their triggers) is SQLite's own.
const QList<Migration> &sqliteMigrations();

// The newest schema this build knows.
int currentSchemaVersion();

} // namespace opsdeck
