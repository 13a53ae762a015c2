#pragma once

#include "model/timelineevent.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace opsdeck {

class WorkspaceStore;

// The append-only timeline of incidents. Appending a batch is one transaction.
class TimelineRepository {
public:
    explicit TimelineRepository(WorkspaceStore &store);

    bool append(TimelineEvent &event, QString *error);
    bool appendBatch(QList<TimelineEvent> &events, QString *error);
    bool setPinned(const TimelineEvent &event, bool pinned, QString *error);

    // The incident's events in time order (ties in the order they were written).
    QList<TimelineEvent> eventsOf(const QString &incidentId, QString *error = nullptr) const;
    // The named events of an incident (those another process just wrote, say), in time order.
    QList<TimelineEvent> eventsByIds(const QString &incidentId, const QStringList &ids,
                                     QString *error = nullptr) const;
    qint64 count(QString *error = nullptr) const;

    // The same read on any connection (a worker's); `ids` empty: all the incident's events.
    static QList<TimelineEvent> read(QSqlDatabase &db, const QString &incidentId,
                                     const QStringList &ids, QString *error);

    // The row writes alone, inside a transaction someone else holds (import).
    static bool insert(QSqlDatabase &db, const QList<TimelineEvent> &events, QString *error);

private:
    WorkspaceStore &m_store;
};

} // namespace opsdeck
