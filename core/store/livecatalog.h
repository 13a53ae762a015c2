#pragma once

#include "common/backgroundjob.h"
#include "store/changefeed.h"
#include "store/scopedconnection.h"
#include "store/storechange.h"
#include "store/workspacestore.h"

#include <QObject>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>

namespace opsdeck {

// The signals of every live catalogue (templates cannot declare signals). Ids name documents;
// the catalogue already holds the new state when a signal arrives.
class CatalogSignals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();                           // the first read (or a reload) is in
    void documentChanged(const QString &id); // created or updated
    void documentRemoved(const QString &id);
    // A read failed: a reload, or one changed document (kept as it was, not removed).
    void failed(const QString &error);

protected:
    bool m_loaded = false;
};

// Where a catalogue's documents come from and in which order it keeps them.
template <typename Document>
struct CatalogSource {
    Aggregate aggregate;
    // Every document, on a worker through that thread's own connection.
    QList<Document> (*readAll)(QSqlDatabase &db, QString *error);
    // One document after a change, on the catalogue's thread.
    std::optional<Document> (*readOne)(WorkspaceStore &store, const QString &id, QString *error);
    // The order of the first read (null: as readAll gives it). New documents go first.
    bool (*comesFirst)(const Document &a, const Document &b) = nullptr;
    // A changed document moves to the front too (lists by last update).
    bool changedMovesFirst = false;
};

// Every document of one aggregate of a workspace, for lists: read once on a worker, then kept
// current from the change feed one document at a time, whoever wrote the change. Changes that
// arrive while the first read runs are queued and applied after it, so none is lost.
// Document is a model type with an `id`.
template <typename Document>
class LiveCatalog : public CatalogSignals {
public:
    LiveCatalog(WorkspaceStore &store, CatalogSource<Document> source, QObject *parent = nullptr)
        : CatalogSignals(parent)
        , m_store(store)
        , m_source(source)
        , m_jobs(this)
    {
        if (store.feed() != nullptr) {
            connect(store.feed(), &ChangeFeed::changed, this,
                    [this](const StoreChange &change) { onChange(change); });
        }
    }
    ~LiveCatalog() override { m_jobs.waitForDone(); }

    // Reads every document on a worker; loaded() follows.
    void load()
    {
        const QString path = m_store.path();
        const CatalogSource<Document> source = m_source;
        m_jobs.start(
            [path, source](const CancelToken &) {
                Read read;
                ScopedConnection connection(path, true);
                if (!connection.isOpen()) {
                    read.error = connection.error();
                    return read;
                }
                read.documents = source.readAll(connection.db(), &read.error);
                if (source.comesFirst != nullptr) {
                    std::stable_sort(read.documents.begin(), read.documents.end(),
                                     source.comesFirst);
                }
                return read;
            },
            [this](Read read) { onLoaded(std::move(read)); });
    }

    const QList<Document> &documents() const { return m_documents; }
    const Document *find(const QString &id) const
    {
        const auto found =
            std::find_if(m_documents.cbegin(), m_documents.cend(),
                         [&id](const Document &document) { return document.id == id; });
        return found == m_documents.cend() ? nullptr : &*found;
    }

private:
    struct Read {
        QList<Document> documents;
        QString error;
    };

    void onLoaded(Read read)
    {
        m_documents = std::move(read.documents);
        m_loaded = true;
        Q_EMIT loaded();
        if (!read.error.isEmpty()) {
            Q_EMIT failed(read.error);
        }
        const QList<StoreChange> pending = std::exchange(m_pending, {});
        for (const StoreChange &change : pending) {
            onChange(change);
        }
    }

    void onChange(const StoreChange &change)
    {
        if (change.aggregate != m_source.aggregate) {
            return;
        }
        if (!m_loaded) {
            m_pending.append(change);
            return;
        }
        for (const QString &id : change.ids) {
            apply(id, change.kind);
        }
    }

    void apply(const QString &id, ChangeKind kind)
    {
        const auto found =
            std::find_if(m_documents.begin(), m_documents.end(),
                         [&id](const Document &document) { return document.id == id; });
        QString error;
        std::optional<Document> document =
            kind == ChangeKind::Deleted ? std::nullopt : m_source.readOne(m_store, id, &error);
        if (!document && !error.isEmpty()) {
            Q_EMIT failed(error); // unreadable for now (busy, damaged): kept, not removed
            return;
        }
        if (!document) {
            if (found != m_documents.end()) {
                m_documents.erase(found);
                Q_EMIT documentRemoved(id);
            }
            return;
        }
        if (found == m_documents.end()) {
            m_documents.prepend(*document);
        } else if (m_source.changedMovesFirst) {
            m_documents.erase(found);
            m_documents.prepend(*document);
        } else {
            *found = *document;
        }
        Q_EMIT documentChanged(id);
    }

    WorkspaceStore &m_store;
    const CatalogSource<Document> m_source;
    JobTracker m_jobs; // the first read
    QList<Document> m_documents;
    QList<StoreChange> m_pending; // changes that arrived during the first read
};

} // namespace opsdeck
