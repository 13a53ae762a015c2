#pragma once

#include "common/backgroundjob.h"
#include "model/postmortem.h"
#include "store/storechange.h"

#include <QObject>

namespace opsdeck {

class WorkspaceStore;

// Every post-mortem of the workspace, for lists (the Post-mortems and Action items views):
// read once on a worker, then kept current from the change feed, whoever wrote the change.
// It also holds which post-mortem the console has open in its editor.
class PostMortemCatalog : public QObject {
    Q_OBJECT
public:
    explicit PostMortemCatalog(WorkspaceStore &store, QObject *parent = nullptr);
    ~PostMortemCatalog() override;

    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<PostMortem> &postMortems() const { return m_postMortems; } // newest update first
    const PostMortem *find(const QString &id) const;

    // The post-mortem the editor shows; open() asks it to show another one.
    QString openId() const { return m_openId; }
    void open(const QString &id);

Q_SIGNALS:
    void loaded();
    void postMortemChanged(const opsdeck::PostMortem &postMortem); // created or updated
    void postMortemRemoved(const QString &id);
    void openRequested(const QString &id);
    void failed(const QString &error);

private:
    struct Result {
        QList<PostMortem> postMortems;
        QString error;
    };
    void onLoaded(Result result);
    void onChange(const StoreChange &change);

    WorkspaceStore &m_store;
    JobTracker m_jobs; // the first load
    QList<PostMortem> m_postMortems;
    bool m_loaded = false;
    QList<StoreChange> m_pending;
    QString m_openId;
};

} // namespace opsdeck
