// WorkspaceStore's read-only looks at a file: document counts and the check.
#include "model/json.h"
#include "store/scopedconnection.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck {

QStringList WorkspaceStore::documentTables()
{
    return {QStringLiteral("incidents"),
            QStringLiteral("timeline_events"),
            QStringLiteral("runbooks"),
            QStringLiteral("postmortems"),
            QStringLiteral("postmortem_templates"),
            QStringLiteral("assessments"),
            QStringLiteral("dashboards"),
            QStringLiteral("deployments"),
            QStringLiteral("backends")};
}

WorkspaceCounts WorkspaceStore::countDocuments(const QString &path, QString *error)
{
    WorkspaceCounts counts;
    ScopedConnection connection(path, true);
    if (!connection.isOpen()) {
        *error = connection.error();
        return counts;
    }
    for (const QString &table : documentTables()) {
        QSqlQuery query(connection.db());
        // The table names are ours, not the user's.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next()) {
            *error = QStringLiteral("%1: %2").arg(table, query.lastError().text());
            return counts;
        }
        counts.append({table, query.value(0).toLongLong()});
    }
    return counts;
}

WorkspaceCheck WorkspaceStore::check(const QString &path, const QList<DocumentReader> &readers)
{
    WorkspaceCheck result;
    ScopedConnection connection(path, true);
    if (!connection.isOpen()) {
        result.problems.append(connection.error());
        return result;
    }
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        result.problems.append(query.lastError().text());
    }
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok")) {
            result.problems.append(QCoreApplication::translate("WorkspaceStore", "integrity: %1")
                                       .arg(query.value(0).toString()));
        }
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            result.problems.append(
                QCoreApplication::translate("WorkspaceStore", "%1 row %2 points at a missing %3")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString()));
        }
    }
    for (const DocumentReader &reader : readers) {
        QSqlQuery rows(connection.db());
        rows.setForwardOnly(true);
        if (!documentTables().contains(reader.table) ||
            !rows.exec(QStringLiteral("SELECT id, document FROM %1").arg(reader.table))) {
            result.problems.append(
                QStringLiteral("%1: %2").arg(reader.table, rows.lastError().text()));
            continue;
        }
        while (rows.next()) {
            const QString where =
                QStringLiteral("%1[id=%2]").arg(reader.table, rows.value(0).toString());
            try {
                reader.read(Json::parse(rows.value(1).toString().toStdString()), where);
            } catch (const ModelError &error) {
                result.problems.append(error.text());
            } catch (const std::exception &error) {
                result.problems.append(
                    QStringLiteral("%1: %2").arg(where, QString::fromUtf8(error.what())));
            }
            ++result.documentsChecked;
        }
    }
    return result;
}

} // namespace opsdeck
