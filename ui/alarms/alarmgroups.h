#pragma once

#include "model/alert.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace opsdeck::ui {

// The alerts of a snapshot grouped by one label's value: groups sorted by that value, each
// group's alerts by fingerprint (the snapshot's order). It only keeps the rows; AlarmTableModel
// tells the views about each change, so the places come first (where a row is or will go) and
// the change after.
class AlarmGroups {
public:
    struct Group {
        QString key;
        QList<Alert> alerts;
        mutable int worstRank = -1; // the model's to compute when shown; -1 after a change
    };
    // Where an alert is, or goes: its group's row, and its row in the group. `newGroup` when the
    // group does not exist yet (it is made at `group`).
    struct Place {
        int group = 0;
        int row = 0;
        bool newGroup = false;
    };

    // The row of `fingerprint` among alerts in fingerprint order (a snapshot's, a group's), or -1.
    static int rowOfFingerprint(const QList<Alert> &alerts, const QString &fingerprint);

    const QString &label() const { return m_label; }
    bool isGrouping() const { return !m_label.isEmpty(); }
    // Groups `alerts` (in fingerprint order) by `label`'s value; an empty label groups nothing.
    void regroup(const QString &label, const QList<Alert> &alerts);

    int groupCount() const { return int(m_groups.size()); }
    const Group &group(int row) const { return *m_groups.at(std::size_t(row)); }
    // The group row of `group` (a pointer the model keeps in its indexes), or -1.
    int rowOf(const Group *group) const;

    std::optional<Place> find(const Alert &alert) const;
    std::optional<Place> findFingerprint(const QString &fingerprint) const;
    Place placeFor(const Alert &alert) const;

    // Each takes the place find() or placeFor() gave for the same alert.
    void insert(const Place &place, const Alert &alert);
    void remove(const Place &place); // the group too when it was its last alert
    void replace(const Place &place, const Alert &alert);

private:
    QString keyOf(const Alert &alert) const { return alert.labels.value(m_label); }
    std::vector<std::unique_ptr<Group>>::const_iterator groupOf(const QString &key) const;

    QString m_label;
    std::vector<std::unique_ptr<Group>> m_groups; // by key
};

} // namespace opsdeck::ui
