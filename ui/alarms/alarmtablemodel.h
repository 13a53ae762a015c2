#pragma once

#include "alarms/alarmcells.h"
#include "alarms/alarmgroups.h"
#include "alarms/alertsnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class QTimer;

namespace opsdeck::ui {

// Every alert of the latest snapshot: a flat list, or grouped by one label as a tree whose top
// rows are the label's values. A new snapshot arrives with its diff (made on a worker thread)
// and is applied as row removals, insertions and dataChanged for the rows that changed: a poll
// that changes 3 alerts of 10,000 touches 3 rows, so selection and scroll position stay.
class AlarmTableModel : public QAbstractItemModel {
    Q_OBJECT
public:
    using Column = AlarmCells::Column;
    enum Role {
        FingerprintRole = Qt::UserRole + 1, // empty for group rows
        SeverityRankRole,                   // 0 critical … 4 none; for sorting
        SortRole,                           // what the column sorts by
        IsGroupRole,
        IsNewRole,   // appeared since the first snapshot and not seen yet
        IsStaleRole, // every backend that reported it is failing
    };

    explicit AlarmTableModel(QObject *parent = nullptr);
    ~AlarmTableModel() override;

    // `diff` must be AlertDiff::between(current snapshot, next). Many new rows (a first fill
    // of 100,000 alerts) go in over several event-loop turns, a few milliseconds each, so the
    // console keeps answering; filling() tells how far. A snapshot applied meanwhile first
    // completes the one before it.
    void apply(const AlertSnapshot &next, const AlertDiff &diff);
    const AlertSnapshot &snapshot() const { return m_snapshot; }
    // Whether a large snapshot is still going in over the next turns of the event loop.
    bool isFilling() const { return m_fill.has_value() && m_fill->sliced; }
    // How long one slice of a fill may take (6 ms; tests use 0: one chunk a slice).
    void setSliceBudget(qint64 nanoseconds) { m_sliceNs = nanoseconds; }

    // Groups by the label's value (empty: a flat list). Rebuilds the rows (a user's choice,
    // not a poll).
    void setGroupLabel(const QString &label);
    QString groupLabel() const { return m_groups.label(); }

    // How the cells read; the setters below change it and refresh the rows.
    const AlarmCells &cells() const { return m_cells; }
    void setSeverityMapping(const QHash<QString, QString> &mapping);
    void setBackendNames(const QHash<QString, QString> &names);
    // See AlarmCells::setIncidentText; refreshIncidents() after the incidents changed.
    void setIncidentText(std::function<QString(const QString &fingerprint)> text);
    void refreshIncidents();
    void setStaleBackends(const QSet<QString> &backendIds); // refreshes the rows it changes

    const Alert *alertAt(const QModelIndex &index) const; // null for group rows
    bool lists(const QString &fingerprint) const { return indexOf(fingerprint).isValid(); }
    // Whether alerts inserted from now on count as new (bold until seen). By default every
    // snapshot after the first one's alerts are; the Alarms dock says when polls are news.
    void setMarkNewAlerts(bool mark) { m_hadSnapshot = mark; }
    void markSeen(const QString &fingerprint);
    void markAllSeen();
    int unseenCount() const { return int(m_unseen.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // An alert's row never has children: a tree view laying out 100,000 rows then asks no
    // more about them.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Rows of a large snapshot taken so far, of `total`; once more with done == total at the
    // end. Not emitted for a snapshot small enough to take at once.
    void filling(int done, int total);

private:
    // A snapshot being taken in slices: its new rows still to insert, then its changed rows.
    struct Fill {
        AlertSnapshot next;
        QList<int> inserted; // indexes in `next`, lowest first
        qsizetype position = 0;
        QList<int> changed;
        bool markNew = false;
        bool sliced = false;
    };
    void continueFill(qint64 budgetNs);
    void finishFill();

    void removeFromGroups(const Alert &alert);
    void insertIntoGroups(const Alert &alert);
    void updateInGroups(const Alert &alert);
    void groupRowChanged(int group);
    QModelIndex indexOf(const QString &fingerprint) const;
    QVariant alertData(const Alert &alert, int column, int role) const;
    QVariant groupData(const AlarmGroups::Group &group, int column, int role) const;
    bool isStale(const Alert &alert) const; // every backend that reported it is failing

    AlertSnapshot m_snapshot;
    AlarmGroups m_groups;
    AlarmCells m_cells;
    QSet<QString> m_staleBackends;
    QSet<QString> m_unseen;
    bool m_hadSnapshot = false;
    std::optional<Fill> m_fill;
    qint64 m_sliceNs;
    QTimer *m_fillTimer = nullptr; // the next slice, one event-loop turn later
};

} // namespace opsdeck::ui
