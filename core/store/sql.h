#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace opsdeck::sql {

// Runs one statement; on failure sets `error` to the statement's error and returns false.
bool run(QSqlDatabase &db, const QString &statement, QString *error);

// Executes a prepared query of `db`; on failure sets `error` and returns false.
bool exec(const QSqlDatabase &db, QSqlQuery &query, QString *error);

// What a failed statement means for the user. A full disk or a failed write names the
// workspace and says that nothing was changed (the transaction is rolled back); anything
// else is SQLite's own message.
QString describe(const QSqlDatabase &db, const QSqlError &error);

// "BEGIN IMMEDIATE": take the write lock up front, so two writers queue on the busy timeout
// instead of deadlocking when both try to upgrade a read lock.
bool beginWrite(QSqlDatabase &db, QString *error);
bool commit(QSqlDatabase &db, QString *error);
void rollback(QSqlDatabase &db);

} // namespace opsdeck::sql
