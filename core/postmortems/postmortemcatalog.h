#pragma once

#include "model/postmortem.h"
#include "store/livecatalog.h"

namespace opsdeck {

// Every post-mortem of the workspace, for lists (the Post-mortems and Action items views),
// newest update first: read once on a worker, then kept current from the change feed, whoever
// wrote the change. It also holds which post-mortem the console has open in its editor.
class PostMortemCatalog : public LiveCatalog<PostMortem> {
    Q_OBJECT
public:
    explicit PostMortemCatalog(WorkspaceStore &store, QObject *parent = nullptr);

    const QList<PostMortem> &postMortems() const { return documents(); }

    // The post-mortem the editor shows; open() asks it to show another one.
    QString openId() const { return m_openId; }
    void open(const QString &id);

Q_SIGNALS:
    void openRequested(const QString &id);

private:
    QString m_openId;
};

} // namespace opsdeck
