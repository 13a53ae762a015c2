#pragma once

#include "model/silence.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace opsdeck {
class AlarmService;
}

namespace opsdeck::ui {

// Every silence of every Alertmanager (HA duplicates merged by the service), one row each.
// A new silence list is applied as row removals, insertions and dataChanged keyed by silence
// id, so selection and scroll position stay put; only a new set of backends resets the model.
// "Time left" is computed when painted: the view repaints it, the model does not tick.
class SilenceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        State,
        Matchers,
        CreatedBy,
        Comment,
        TimeLeft,
        EndsAt,
        Alertmanager,
        Covers,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole, // int(Silence::State)
        SortRole,
    };

    explicit SilenceTableModel(AlarmService *alarms, QObject *parent = nullptr);

    const Silence *silenceAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not listed
    int coveredCount(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString matchersText(const Silence &silence);
    static QString stateText(Silence::State state);
    // "1h 07m", "starts in 5m", "ended 3m ago" relative to `now`.
    static QString timeLeftText(const Silence &silence, const QDateTime &now);

private:
    void reset();
    void applySilences();
    void recountCovers();
    int countCovered(const Silence &silence) const;
    QString alertmanagerNames(const Silence &silence) const;

    QPointer<AlarmService> m_alarms;
    QList<Silence> m_rows;
    QList<int> m_covers; // per row; -1 for expired silences (they cover nothing)
};

} // namespace opsdeck::ui
