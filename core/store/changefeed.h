#pragma once

#include "store/storechange.h"

#include <QObject>

class QTimer;

namespace opsdeck {

struct PendingChange;

// Follows a workspace's change log and announces every new entry as StoreChange signals,
// whichever process wrote it. On SQLite it notices other processes' commits by watching
// PRAGMA data_version on its own connection (a cheap read, every 200 ms); the store calls
// poll() right after its own commits. A team store on PostgreSQL will call poll() from
// LISTEN/NOTIFY instead: the rest stays the same.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    explicit ChangeFeed(QString path, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool start(QString *error); // from the log's current end
    void setInterval(int milliseconds);
    qint64 lastSequence() const { return m_lastSequence; }

    // Reads the log entries written since the last call and emits them.
    void poll();

    // Emits this process's own just-committed changes, logged as `first`..`last`, without
    // reading them back; entries others wrote before them are read and emitted first.
    void announce(const QList<PendingChange> &changes, qint64 first, qint64 last);

Q_SIGNALS:
    void changed(const opsdeck::StoreChange &change);

private:
    void pollIfChanged();
    bool readLog(qint64 before); // entries after m_lastSequence and before `before` (0: all)
    void emitGrouped(QList<StoreChange> &changes);

    QString m_path;
    QString m_connectionName;
    QTimer *m_timer;
    qint64 m_lastSequence = 0;
    qint64 m_dataVersion = -1;
};

} // namespace opsdeck
