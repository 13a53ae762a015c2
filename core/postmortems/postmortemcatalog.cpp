#include "postmortems/postmortemcatalog.h"

#include "store/changefeed.h"
#include "store/documentrepository.h"
#include "store/scopedconnection.h"
#include "store/workspacestore.h"

#include <algorithm>

namespace opsdeck {

PostMortemCatalog::PostMortemCatalog(WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_jobs(this)
{
    if (store.feed() != nullptr) {
        connect(store.feed(), &ChangeFeed::changed, this, &PostMortemCatalog::onChange);
    }
}

PostMortemCatalog::~PostMortemCatalog()
{
    m_jobs.waitForDone();
}

void PostMortemCatalog::load()
{
    const QString path = m_store.path();
    m_jobs.start(
        [path](const CancelToken &) {
            Result result;
            ScopedConnection connection(path, true);
            if (!connection.isOpen()) {
                result.error = connection.error();
                return result;
            }
            result.postMortems = PostMortemRepository::readAll(connection.db(), &result.error);
            std::stable_sort(
                result.postMortems.begin(), result.postMortems.end(),
                [](const PostMortem &a, const PostMortem &b) { return a.updatedAt > b.updatedAt; });
            return result;
        },
        [this](Result result) { onLoaded(std::move(result)); });
}

void PostMortemCatalog::onLoaded(Result result)
{
    m_postMortems = std::move(result.postMortems);
    m_loaded = true;
    Q_EMIT loaded();
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
    }
    const QList<StoreChange> pending = std::exchange(m_pending, {});
    for (const StoreChange &change : pending) {
        onChange(change);
    }
}

const PostMortem *PostMortemCatalog::find(const QString &id) const
{
    const auto found =
        std::find_if(m_postMortems.cbegin(), m_postMortems.cend(),
                     [&id](const PostMortem &postMortem) { return postMortem.id == id; });
    return found == m_postMortems.cend() ? nullptr : &*found;
}

void PostMortemCatalog::open(const QString &id)
{
    m_openId = id;
    Q_EMIT openRequested(id);
}

void PostMortemCatalog::onChange(const StoreChange &change)
{
    if (change.aggregate != Aggregate::PostMortem) {
        return;
    }
    if (!m_loaded) {
        m_pending.append(change);
        return;
    }
    for (const QString &id : change.ids) {
        const auto found =
            std::find_if(m_postMortems.begin(), m_postMortems.end(),
                         [&id](const PostMortem &postMortem) { return postMortem.id == id; });
        QString error;
        std::optional<PostMortem> postMortem = change.kind == ChangeKind::Deleted
                                                   ? std::nullopt
                                                   : PostMortemRepository(m_store).get(id, &error);
        if (!postMortem && !error.isEmpty()) {
            Q_EMIT failed(error); // unreadable for now (busy, damaged): kept, not removed
            continue;
        }
        if (!postMortem) {
            if (found != m_postMortems.end()) {
                m_postMortems.erase(found);
                Q_EMIT postMortemRemoved(id);
            }
            if (id == m_openId) {
                open(QString());
            }
            continue;
        }
        // Newest update first: a changed one moves to the top.
        if (found != m_postMortems.end()) {
            m_postMortems.erase(found);
        }
        m_postMortems.prepend(*postMortem);
        Q_EMIT postMortemChanged(*postMortem);
    }
}

} // namespace opsdeck
