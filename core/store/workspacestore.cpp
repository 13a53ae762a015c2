#include "store/workspacestore.h"

#include "logging/logging.h"
#include "model/json.h"
#include "store/changefeed.h"
#include "store/migrations.h"
#include "store/searchindexer.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <spdlog/logger.h>

namespace opsdeck {
namespace {

QString uniqueConnectionName(const char *purpose)
{
    return QStringLiteral("opsdeck-%1-%2")
        .arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QSqlDatabase WorkspaceStore::openConnection(const QString &path, const QString &name, bool readOnly,
                                            QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    // A 64 MiB page cache and memory-mapped reads keep large workspaces' indexes in memory.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON"),
                        QStringLiteral("PRAGMA cache_size=-65536"),
                        QStringLiteral("PRAGMA mmap_size=268435456")};
    if (!readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode=WAL")
                << QStringLiteral("PRAGMA synchronous=NORMAL");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!sql::run(db, pragma, error)) {
            db.close();
            return db;
        }
    }
    return db;
}

WorkspaceInspection WorkspaceStore::inspect(const QString &path)
{
    WorkspaceInspection result;
    const QFileInfo info(path);
    if (!info.exists()) {
        return result;
    }
    if (info.size() == 0) {
        result.verdict = WorkspaceInspection::Verdict::Empty;
        return result;
    }
    if (!looksLikeSqlite(path)) {
        result.verdict = WorkspaceInspection::Verdict::NotAWorkspace;
        result.error =
            tr("%1 is not an Opsdeck workspace (it is not an SQLite database)").arg(path);
        return result;
    }
    const QString name = uniqueConnectionName("inspect");
    {
        QString error;
        QSqlDatabase db = openConnection(path, name, true, &error);
        QSqlQuery query(db);
        if (!db.isOpen()) {
            result.verdict = WorkspaceInspection::Verdict::Corrupted;
            result.error = tr("%1 cannot be opened: %2").arg(path, error);
        } else if (db.tables().isEmpty() && db.lastError().type() == QSqlError::NoError) {
            result.verdict = WorkspaceInspection::Verdict::Empty; // created, then interrupted
        } else if (!query.exec(
                       QStringLiteral("SELECT value FROM meta WHERE key = 'application'"))) {
            const QString text = query.lastError().text();
            const bool malformed = text.contains(QLatin1String("malformed")) ||
                                   text.contains(QLatin1String("not a database"));
            result.verdict = malformed ? WorkspaceInspection::Verdict::Corrupted
                                       : WorkspaceInspection::Verdict::NotAWorkspace;
            result.error =
                malformed ? tr("%1 is corrupted: %2").arg(path, text)
                          : tr("%1 is an SQLite database but not an Opsdeck workspace").arg(path);
        } else if (!query.next() || query.value(0).toString() != QLatin1String("opsdeck")) {
            result.verdict = WorkspaceInspection::Verdict::NotAWorkspace;
            result.error = tr("%1 is an SQLite database but not an Opsdeck workspace").arg(path);
        } else if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) ||
                   !query.next()) {
            result.verdict = WorkspaceInspection::Verdict::Corrupted;
            result.error = tr("%1 is corrupted: %2").arg(path, query.lastError().text());
        } else {
            result.schemaVersion = query.value(0).toInt();
            if (result.schemaVersion > currentSchemaVersion()) {
                result.verdict = WorkspaceInspection::Verdict::Newer;
                result.error = tr("%1 was written by a newer Opsdeck (schema %2; this one reads up "
                                  "to %3); update Opsdeck to open it")
                                   .arg(path)
                                   .arg(result.schemaVersion)
                                   .arg(currentSchemaVersion());
            } else {
                result.verdict = WorkspaceInspection::Verdict::Workspace;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

WorkspaceStore::WorkspaceStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

WorkspaceStore::~WorkspaceStore()
{
    m_indexer.reset();
    m_feed.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<WorkspaceStore> WorkspaceStore::open(const QString &path, QString *error)
{
    const WorkspaceInspection inspection = inspect(path);
    switch (inspection.verdict) {
    case WorkspaceInspection::Verdict::NotAWorkspace:
    case WorkspaceInspection::Verdict::Corrupted:
    case WorkspaceInspection::Verdict::Newer:
        *error = inspection.error;
        return nullptr;
    case WorkspaceInspection::Verdict::Missing:
    case WorkspaceInspection::Verdict::Empty:
    case WorkspaceInspection::Verdict::Workspace:
        break;
    }
    std::unique_ptr<WorkspaceStore> store(
        new WorkspaceStore(QFileInfo(path).absoluteFilePath(), uniqueConnectionName("store")));
    QSqlDatabase db = openConnection(store->m_path, store->m_connectionName, false, error);
    if (!db.isOpen()) {
        *error = tr("%1 cannot be opened: %2").arg(path, *error);
        return nullptr;
    }
    if (!store->migrate(error)) {
        *error = tr("%1 could not be brought up to date: %2").arg(path, *error);
        return nullptr;
    }
    store->m_feed = std::make_unique<ChangeFeed>(store->m_path);
    if (!store->m_feed->start(error)) {
        return nullptr;
    }
    // Timeline text from any process gets indexed on a worker thread soon after.
    store->m_indexer = std::make_unique<SearchIndexer>(store->m_path);
    connect(store->m_feed.get(), &ChangeFeed::changed, store->m_indexer.get(),
            [indexer = store->m_indexer.get()](const StoreChange &change) {
                if (change.aggregate == Aggregate::Timeline && change.kind != ChangeKind::Deleted) {
                    indexer->schedule();
                }
            });
    store->m_indexer->schedule(); // text a crashed process wrote but did not index
    logging::component("store")->info("opened workspace {} (schema {})", path.toStdString(),
                                      store->m_schemaVersion);
    return store;
}

QSqlDatabase WorkspaceStore::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

bool WorkspaceStore::migrate(QString *error)
{
    QSqlDatabase db = database();
    // schema_migrations is created by migration 1 itself, in its transaction: a crash while a
    // workspace is being created leaves an empty file, which is simply created again.
    m_schemaVersion = 0;
    if (db.tables().contains(QStringLiteral("schema_migrations"))) {
        QSqlQuery current(db);
        if (!current.exec(
                QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
            !current.next()) {
            *error = current.lastError().text();
            return false;
        }
        m_schemaVersion = current.value(0).toInt();
    }
    for (const Migration &migration : sqliteMigrations()) {
        if (migration.version <= m_schemaVersion) {
            continue;
        }
        if (!sql::beginWrite(db, error)) {
            return false;
        }
        for (const QString &statement : migration.statements) {
            if (!sql::run(db, statement, error)) {
                *error = tr("migration %1 failed: %2").arg(migration.version).arg(*error);
                sql::rollback(db);
                return false;
            }
        }
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
        bool ok = sql::exec(db, record, error);
        if (ok && migration.version == 1) {
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', "
                                        "'opsdeck'), ('workspace_id', ?), ('created_at', ?)"));
            meta.addBindValue(newId());
            meta.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
            ok = sql::exec(db, meta, error);
        }
        if (!ok || !sql::commit(db, error)) {
            sql::rollback(db);
            return false;
        }
        m_schemaVersion = migration.version;
    }
    return true;
}

bool WorkspaceStore::appendChanges(QSqlDatabase &db, const QList<PendingChange> &changes,
                                   QString *error, qint64 *lastSequence)
{
    if (changes.isEmpty()) {
        return true;
    }
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO change_log (aggregate, entity_id, parent_id, kind, "
                               "changed_at) VALUES (?, ?, ?, ?, ?)"));
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    for (const PendingChange &change : changes) {
        log.bindValue(0, aggregateName(change.aggregate));
        log.bindValue(1, change.id);
        log.bindValue(2, change.parentId.isEmpty() ? QVariant() : QVariant(change.parentId));
        log.bindValue(3, changeKindName(change.kind));
        log.bindValue(4, now);
        if (!sql::exec(db, log, error)) {
            return false;
        }
    }
    if (lastSequence != nullptr) {
        *lastSequence = log.lastInsertId().toLongLong();
    }
    return true;
}

bool WorkspaceStore::write(const Work &work, const QList<PendingChange> &changes, QString *error)
{
    QSqlDatabase db = database();
    if (!sql::beginWrite(db, error)) {
        return false;
    }
    qint64 lastSequence = 0;
    bool ok = false;
    try {
        ok = work(db, error) && appendChanges(db, changes, error, &lastSequence);
    } catch (const std::exception &ex) {
        *error = QString::fromUtf8(ex.what()); // e.g. text that is not UTF-8 in a JSON payload
    }
    if (!ok || !sql::commit(db, error)) {
        sql::rollback(db);
        return false;
    }
    // Our own writes reach the signals at once. Under the write lock our log rows were
    // numbered one after another, ending at lastSequence.
    m_feed->announce(changes, lastSequence - changes.size() + 1, lastSequence);
    return true;
}

} // namespace opsdeck
