#pragma once

#include "store/storechange.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace opsdeck {

class ChangeFeed;
class SearchIndexer;

// One change a write makes, for the change log.
struct PendingChange {
    Aggregate aggregate;
    QString id;
    ChangeKind kind;
    QString parentId = {};
};

// What a workspace file is, found without changing it.
struct WorkspaceInspection {
    enum class Verdict { Missing, Empty, Workspace, NotAWorkspace, Corrupted, Newer };
    Verdict verdict = Verdict::Missing;
    int schemaVersion = 0;
    QString error; // for NotAWorkspace, Corrupted and Newer: what and where
};

// How many rows each kind of document has, in the order of WorkspaceStore::documentTables().
using WorkspaceCounts = QList<QPair<QString, qint64>>;

// Reads one stored document as its type does (throws ModelError); `where` names it.
struct DocumentReader {
    QString table;
    std::function<void(const nlohmann::json &document, const QString &where)> read;
};

// What a check of a workspace file found.
struct WorkspaceCheck {
    qint64 documentsChecked = 0;
    QStringList problems; // each names the table and row, or the SQLite finding
};

// A workspace: one SQLite file (WAL, synchronous=NORMAL, foreign keys on), migrated to the
// current schema. Writes are short IMMEDIATE transactions on this object's connection; each also
// appends to the change log, which the ChangeFeed turns into StoreChange signals for this
// process's writes and for those of every other process using the same file.
class WorkspaceStore : public QObject {
    Q_OBJECT
public:
    ~WorkspaceStore() override;

    // Opens (creating it if missing) the workspace at `path`. A file that is not an Opsdeck
    // workspace, is corrupted or comes from a newer Opsdeck is left untouched and the error
    // says which.
    static std::unique_ptr<WorkspaceStore> open(const QString &path, QString *error);

    // Looks at a file read-only.
    static WorkspaceInspection inspect(const QString &path);

    // The tables that hold documents, each with an `id` and a JSON `document` column.
    static QStringList documentTables();
    // Rows per document table of the workspace at `path`, read-only (workspacecheck.cpp).
    static WorkspaceCounts countDocuments(const QString &path, QString *error);
    // Read-only: SQLite's integrity and foreign-key checks, then every document of the tables
    // `readers` name read back as its type reads it.
    static WorkspaceCheck check(const QString &path, const QList<DocumentReader> &readers);

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    ChangeFeed *feed() const { return m_feed.get(); }
    SearchIndexer *indexer() const { return m_indexer.get(); }

    // Runs `work` and appends `changes` to the change log in one transaction. On failure
    // nothing is written and `error` says why.
    using Work = std::function<bool(QSqlDatabase &db, QString *error)>;
    bool write(const Work &work, const QList<PendingChange> &changes, QString *error);

    // Appends to the change log inside a transaction the caller holds (used by write() and by
    // bulk work on its own connection).
    // `lastSequence` receives the sequence number of the last entry written.
    static bool appendChanges(QSqlDatabase &db, const QList<PendingChange> &changes, QString *error,
                              qint64 *lastSequence = nullptr);

    // A second connection to the same file for another thread (bulk import, export, search).
    // The caller removes it with QSqlDatabase::removeDatabase(name) when done.
    static QSqlDatabase openConnection(const QString &path, const QString &name, bool readOnly,
                                       QString *error);

private:
    WorkspaceStore(QString path, QString connectionName);
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<SearchIndexer> m_indexer;
};

} // namespace opsdeck
