#include "alarms/alarmgroups.h"

#include <QHash>

#include <algorithm>

namespace opsdeck::ui {
namespace {

bool byFingerprint(const Alert &alert, const QString &fingerprint)
{
    return alert.fingerprint < fingerprint;
}

} // namespace

int AlarmGroups::rowOfFingerprint(const QList<Alert> &alerts, const QString &fingerprint)
{
    const auto position =
        std::lower_bound(alerts.cbegin(), alerts.cend(), fingerprint, byFingerprint);
    return position != alerts.cend() && position->fingerprint == fingerprint
               ? int(position - alerts.cbegin())
               : -1;
}

void AlarmGroups::regroup(const QString &label, const QList<Alert> &alerts)
{
    m_label = label;
    m_groups.clear();
    if (m_label.isEmpty()) {
        return;
    }
    QHash<QString, Group *> byKey;
    for (const Alert &alert : alerts) {
        const QString key = keyOf(alert);
        Group *&group = byKey[key];
        if (group == nullptr) {
            m_groups.push_back(std::make_unique<Group>(Group{key, {}}));
            group = m_groups.back().get();
        }
        group->alerts.append(alert); // the snapshot's order is fingerprint order
    }
    std::sort(m_groups.begin(), m_groups.end(),
              [](const auto &a, const auto &b) { return a->key < b->key; });
}

int AlarmGroups::rowOf(const Group *group) const
{
    const auto found =
        std::find_if(m_groups.cbegin(), m_groups.cend(),
                     [group](const auto &candidate) { return candidate.get() == group; });
    return found == m_groups.cend() ? -1 : int(found - m_groups.cbegin());
}

std::vector<std::unique_ptr<AlarmGroups::Group>>::const_iterator
AlarmGroups::groupOf(const QString &key) const
{
    return std::lower_bound(m_groups.cbegin(), m_groups.cend(), key,
                            [](const auto &group, const QString &k) { return group->key < k; });
}

std::optional<AlarmGroups::Place> AlarmGroups::find(const Alert &alert) const
{
    const QString key = keyOf(alert);
    const auto found = groupOf(key);
    if (found == m_groups.cend() || (*found)->key != key) {
        return std::nullopt;
    }
    const int row = rowOfFingerprint((*found)->alerts, alert.fingerprint);
    if (row < 0) {
        return std::nullopt;
    }
    return Place{int(found - m_groups.cbegin()), row, false};
}

std::optional<AlarmGroups::Place> AlarmGroups::findFingerprint(const QString &fingerprint) const
{
    // By fingerprint alone the group is not known: each group is searched.
    for (std::size_t group = 0; group < m_groups.size(); ++group) {
        if (const int row = rowOfFingerprint(m_groups[group]->alerts, fingerprint); row >= 0) {
            return Place{int(group), row, false};
        }
    }
    return std::nullopt;
}

AlarmGroups::Place AlarmGroups::placeFor(const Alert &alert) const
{
    const QString key = keyOf(alert);
    const auto found = groupOf(key);
    const int group = int(found - m_groups.cbegin());
    if (found == m_groups.cend() || (*found)->key != key) {
        return Place{group, 0, true};
    }
    const QList<Alert> &alerts = (*found)->alerts;
    const auto position =
        std::lower_bound(alerts.cbegin(), alerts.cend(), alert.fingerprint, byFingerprint);
    return Place{group, int(position - alerts.cbegin()), false};
}

void AlarmGroups::insert(const Place &place, const Alert &alert)
{
    if (place.newGroup) {
        m_groups.insert(m_groups.begin() + place.group,
                        std::make_unique<Group>(Group{keyOf(alert), {alert}}));
        return;
    }
    Group &group = *m_groups.at(std::size_t(place.group));
    group.alerts.insert(place.row, alert);
    group.worstRank = -1;
}

void AlarmGroups::remove(const Place &place)
{
    Group &group = *m_groups.at(std::size_t(place.group));
    if (group.alerts.size() == 1) {
        m_groups.erase(m_groups.begin() + place.group);
        return;
    }
    group.alerts.removeAt(place.row);
    group.worstRank = -1;
}

void AlarmGroups::replace(const Place &place, const Alert &alert)
{
    Group &group = *m_groups.at(std::size_t(place.group));
    group.alerts[place.row] = alert;
    group.worstRank = -1;
}

} // namespace opsdeck::ui
