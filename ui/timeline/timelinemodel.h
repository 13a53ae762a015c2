#pragma once

#include "model/timelineevent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace opsdeck::ui {

// One incident's timeline as a table, oldest first. Events arrive as row insertions at their
// time-ordered place (normally at the end); a reset happens only when another incident is shown.
// A correction (an event whose correctsId names another) strikes the corrected row's text
// through and names the correction in its tooltip.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Type, Author, Text, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        TypeRole,        // the type's name: "alert_fired", "note" ...
        PinnedRole,      // bool
        TimeRole,        // QDateTime (UTC)
        CorrectedByRole, // the id of the latest event correcting this one, or empty
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Replaces every row: for a newly shown incident only.
    void setEvents(QList<TimelineEvent> events);
    // Inserts the events at their time-ordered rows, one insertion per contiguous run. An event
    // whose id is already here updates it instead.
    void addEvents(const QList<TimelineEvent> &events);
    // An event that changed (pinned, say): its row's dataChanged.
    void updateEvent(const TimelineEvent &event);

    const TimelineEvent &eventAt(int row) const { return m_events.at(row); }
    const QList<TimelineEvent> &events() const { return m_events; }
    int rowOf(const QString &eventId) const { return m_rowById.value(eventId, -1); }
    QString correctedBy(const QString &eventId) const { return m_correctedBy.value(eventId); }
    QStringList authors() const; // sorted, for a filter's choices

    // Times in UTC instead of local time.
    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }
    // The type as its colour alone (the name in the tooltip), for a narrow list.
    void setCompactTypes(bool compact);

    // The console's one date-time format, to the second (TimeDisplay).
    static QString timeText(const QDateTime &time, bool utc);
    // To the millisecond, for the tooltip: the order of events within one second.
    static QString exactTimeText(const QDateTime &time, bool utc);
    // "Alert fired", "Note" ... in the user's language.
    static QString typeLabel(TimelineEvent::Type type);
    // One fixed colour per type; reads on light and dark backgrounds.
    static QColor typeColor(TimelineEvent::Type type);
    // The event's text, or a summary of its payload when it has none.
    static QString summary(const TimelineEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void renumberFrom(int row);
    void noteCorrection(const TimelineEvent &correction, bool announce);
    void rebuildCorrections();
    void emitRowChanged(int row);
    QString toolTip(const TimelineEvent &event) const;

    QList<TimelineEvent> m_events; // by time, then id
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_correctedBy; // corrected id -> latest correcting id
    bool m_utc = false;
    bool m_compactTypes = false;
};

} // namespace opsdeck::ui
