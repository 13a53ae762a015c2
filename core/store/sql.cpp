#include "store/sql.h"

namespace opsdeck::sql {

bool run(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
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
