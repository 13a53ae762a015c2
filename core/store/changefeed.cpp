#include "store/changefeed.h"

#include "logging/logging.h"
#include "store/workspacestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <spdlog/logger.h>

namespace opsdeck {

ChangeFeed::ChangeFeed(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(QStringLiteral("opsdeck-feed-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::pollIfChanged);
}

ChangeFeed::~ChangeFeed()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ChangeFeed::start(QString *error)
{
    QSqlDatabase db = WorkspaceStore::openConnection(m_path, m_connectionName, true, error);
    if (!db.isOpen()) {
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")) ||
        !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    m_lastSequence = query.value(0).toLongLong();
    m_timer->start();
    return true;
}

void ChangeFeed::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void ChangeFeed::pollIfChanged()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        poll();
    }
}

void ChangeFeed::poll()
{
    readLog(0);
}

void ChangeFeed::announce(const QList<PendingChange> &changes, qint64 first, qint64 last)
{
    if (changes.isEmpty()) {
        return;
    }
    // Others' entries before ours are announced first. If they cannot be read now, ours wait
    // too: the next poll reads everything in order, and nothing is skipped.
    if (first > m_lastSequence + 1 && (!readLog(first) || first > m_lastSequence + 1)) {
        return;
    }
    QList<StoreChange> grouped;
    for (const PendingChange &change : changes) {
        if (grouped.isEmpty() || grouped.last().aggregate != change.aggregate ||
            grouped.last().kind != change.kind || grouped.last().parentId != change.parentId) {
            grouped.append(StoreChange{change.aggregate, change.kind, {}, change.parentId, last});
        }
        grouped.last().ids.append(change.id);
    }
    m_lastSequence = std::max(m_lastSequence, last);
    emitGrouped(grouped);
}

void ChangeFeed::emitGrouped(QList<StoreChange> &changes)
{
    for (const StoreChange &change : std::as_const(changes)) {
        Q_EMIT changed(change);
    }
}

bool ChangeFeed::readLog(qint64 before)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT seq, aggregate, entity_id, parent_id, kind FROM change_log "
                       "WHERE seq > ? AND (? = 0 OR seq < ?) ORDER BY seq"));
    query.addBindValue(m_lastSequence);
    query.addBindValue(before);
    query.addBindValue(before);
    if (!query.exec()) {
        logging::component("store")->warn("cannot read the change log: {}",
                                          query.lastError().text().toStdString());
        return false;
    }
    // Consecutive entries of the same aggregate, kind and parent become one change.
    QList<StoreChange> changes;
    while (query.next()) {
        const auto aggregate = aggregateFromName(query.value(1).toString());
        const auto kind = changeKindFromName(query.value(4).toString());
        m_lastSequence = query.value(0).toLongLong();
        if (!aggregate || !kind) {
            continue; // written by a newer Opsdeck: not ours to announce
        }
        const QString parent = query.value(3).toString();
        if (changes.isEmpty() || changes.last().aggregate != *aggregate ||
            changes.last().kind != *kind || changes.last().parentId != parent) {
            changes.append(StoreChange{*aggregate, *kind, {}, parent, 0});
        }
        changes.last().ids.append(query.value(2).toString());
        changes.last().lastSequence = m_lastSequence;
    }
    emitGrouped(changes);
    return true;
}

} // namespace opsdeck
