#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace opsdeck::sql {

// Runs one statement; on failure sets `error` to the statement's error and returns false.
bool run(QSqlDatabase &db, const QString &statement, QString *error);

// Executes a prepared query; on failure sets `error` and returns false.
bool exec(QSqlQuery &query, QString *error);

// "BEGIN IMMEDIATE": take the write lock up front, so two writers queue on the busy timeout
// instead of deadlocking when both try to upgrade a read lock.
bool beginWrite(QSqlDatabase &db, QString *error);
bool commit(QSqlDatabase &db, QString *error);
void rollback(QSqlDatabase &db);

} // namespace opsdeck::sql
