#include "store/timelinerepository.h"

#include "store/sql.h"
#include "store/workspacestore.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {

TimelineRepository::TimelineRepository(WorkspaceStore &store)
    : m_store(store)
{}

bool TimelineRepository::append(TimelineEvent &event, QString *error)
{
    QList<TimelineEvent> one{event};
    const bool ok = appendBatch(one, error);
    event = one.constFirst();
    return ok;
}

bool TimelineRepository::appendBatch(QList<TimelineEvent> &events, QString *error)
{
    QList<PendingChange> changes;
    changes.reserve(events.size());
    for (TimelineEvent &event : events) {
        if (event.id.isEmpty()) {
            event.id = newId();
        }
        if (!event.time.isValid()) {
            event.time = QDateTime::currentDateTimeUtc();
        }
        changes.append({Aggregate::Timeline, event.id, ChangeKind::Created, event.incidentId});
    }
    return m_store.write(
        [&events](QSqlDatabase &db, QString *failure) { return insert(db, events, failure); },
        changes, error);
}

bool TimelineRepository::insert(QSqlDatabase &db, const QList<TimelineEvent> &events,
                                QString *error)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO timeline_events (id, incident_id, occurred_at, type, author, text, "
        "pinned, corrects_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const TimelineEvent &event : std::as_const(events)) {
        insert.bindValue(0, event.id);
        insert.bindValue(1, event.incidentId);
        insert.bindValue(2, toIsoUtc(event.time));
        insert.bindValue(3, TimelineEvent::typeName(event.type));
        insert.bindValue(4, event.author.isNull() ? QStringLiteral("") : event.author);
        insert.bindValue(5, event.text.isNull() ? QStringLiteral("") : event.text);
        insert.bindValue(6, event.pinned ? 1 : 0);
        insert.bindValue(7, event.correctsId.isEmpty() ? QVariant() : QVariant(event.correctsId));
        insert.bindValue(8, jsonText(event.payload));
        if (!sql::exec(db, insert, error)) {
            if (error->contains(QLatin1String("FOREIGN KEY"))) {
                *error = QCoreApplication::translate("TimelineRepository", "no incident with id %1")
                             .arg(event.incidentId);
            }
            return false;
        }
    }
    return true;
}

bool TimelineRepository::setPinned(const TimelineEvent &event, bool pinned, QString *error)
{
    return m_store.write(
        [&event, pinned](QSqlDatabase &db, QString *failure) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE timeline_events SET pinned = ? WHERE id = ?"));
            query.addBindValue(pinned ? 1 : 0);
            query.addBindValue(event.id);
            return sql::exec(db, query, failure);
        },
        {{Aggregate::Timeline, event.id, ChangeKind::Updated, event.incidentId}}, error);
}

QList<TimelineEvent> TimelineRepository::eventsOf(const QString &incidentId, QString *error) const
{
    QSqlDatabase db = m_store.database();
    return read(db, incidentId, {}, error);
}

QList<TimelineEvent> TimelineRepository::eventsByIds(const QString &incidentId,
                                                     const QStringList &ids, QString *error) const
{
    QSqlDatabase db = m_store.database();
    // In slices, under every database's limit of bound values (an import announces thousands).
    constexpr qsizetype Slice = 500;
    QList<TimelineEvent> events;
    for (qsizetype first = 0; first < ids.size(); first += Slice) {
        QString sliceError;
        events += read(db, incidentId, ids.mid(first, Slice), &sliceError);
        if (!sliceError.isEmpty()) {
            if (error != nullptr) {
                *error = sliceError;
            }
            return {};
        }
    }
    if (ids.size() > Slice) {
        std::stable_sort(
            events.begin(), events.end(),
            [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    }
    return events;
}

QList<TimelineEvent> TimelineRepository::read(QSqlDatabase &db, const QString &incidentId,
                                              const QStringList &ids, QString *error)
{
    QList<TimelineEvent> events;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString idFilter;
    if (!ids.isEmpty()) {
        QStringList marks(ids.size(), QStringLiteral("?"));
        idFilter = QStringLiteral(" AND id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    query.prepare(QStringLiteral("SELECT id, occurred_at, type, author, text, pinned, corrects_id, "
                                 "payload FROM timeline_events WHERE incident_id = ?%1 ORDER BY "
                                 "occurred_at, seq")
                      .arg(idFilter));
    query.addBindValue(incidentId);
    for (const QString &id : ids) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return events;
    }
    const QStringList types = TimelineEvent::typeNames();
    while (query.next()) {
        TimelineEvent event;
        event.id = query.value(0).toString();
        event.incidentId = incidentId;
        event.time = fromIsoUtc(query.value(1).toString()).value_or(QDateTime());
        event.type =
            TimelineEvent::Type(std::max<qsizetype>(0, types.indexOf(query.value(2).toString())));
        event.author = query.value(3).toString();
        event.text = query.value(4).toString();
        event.pinned = query.value(5).toInt() != 0;
        event.correctsId = query.value(6).toString();
        const QString payload = query.value(7).toString();
        event.payload = payload == QLatin1String("{}")
                            ? Json::object()
                            : Json::parse(payload.toStdString(), nullptr, false);
        events.append(std::move(event));
    }
    return events;
}

qint64 TimelineRepository::count(QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM timeline_events")) || !query.next()) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace opsdeck
