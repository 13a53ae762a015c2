#include "store/sql.h"

#include <QCoreApplication>

namespace opsdeck::sql {

QString describe(const QSqlDatabase &db, const QSqlError &error)
{
    // SQLite's primary result codes (the low byte of an extended code).
    constexpr int SqliteIoError = 10;
    constexpr int SqliteFull = 13;
    constexpr int SqliteReadOnly = 8;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteFull:
        return QCoreApplication::translate("WorkspaceStore",
                                           "the disk holding the workspace %1 is full; nothing "
                                           "was changed. Free some space and try again")
            .arg(db.databaseName());
    case SqliteIoError:
        return QCoreApplication::translate("WorkspaceStore",
                                           "the workspace %1 could not be written (%2); nothing "
                                           "was changed. Check the disk and try again")
            .arg(db.databaseName(), error.databaseText());
    case SqliteReadOnly:
        return QCoreApplication::translate("WorkspaceStore",
                                           "the workspace %1 cannot be written: %2")
            .arg(db.databaseName(), error.databaseText());
    default:
        return error.text();
    }
}

bool run(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = describe(db, query.lastError());
        return false;
    }
    return true;
}

bool exec(const QSqlDatabase &db, QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = describe(db, query.lastError());
        return false;
    }
    return true;
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    return run(db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool commit(QSqlDatabase &db, QString *error)
{
    return run(db, QStringLiteral("COMMIT"), error);
}

void rollback(QSqlDatabase &db)
{
    QString ignored;
    run(db, QStringLiteral("ROLLBACK"), &ignored);
}

} // namespace opsdeck::sql
