#include "postmortems/postmortemcatalog.h"

#include "store/documentrepository.h"

namespace opsdeck {

PostMortemCatalog::PostMortemCatalog(WorkspaceStore &store, QObject *parent)
    : LiveCatalog<PostMortem>(
          store,
          {.aggregate = Aggregate::PostMortem,
           .readAll = &PostMortemRepository::readAll,
           .readOne = [](WorkspaceStore &workspace, const QString &id,
                         QString *error) { return PostMortemRepository(workspace).get(id, error); },
           .comesFirst = [](const PostMortem &a,
                            const PostMortem &b) { return a.updatedAt > b.updatedAt; },
           .changedMovesFirst = true},
          parent)
{
    // The editor lets go of a post-mortem that was deleted.
    connect(this, &CatalogSignals::documentRemoved, this, [this](const QString &id) {
        if (id == m_openId) {
            open(QString());
        }
    });
}

void PostMortemCatalog::open(const QString &id)
{
    m_openId = id;
    Q_EMIT openRequested(id);
}

} // namespace opsdeck
