#include "alarms/alertsnapshot.h"

#include <QHash>

#include <algorithm>

namespace opsdeck {
namespace {

// When HA members disagree for a moment, the state that asks for attention wins.
int urgency(Alert::State state)
{
    switch (state) {
    case Alert::State::Firing:
    case Alert::State::Active:
        return 3;
    case Alert::State::Pending:
    case Alert::State::Unprocessed:
        return 2;
    case Alert::State::Suppressed:
        return 1;
    }
    return 0;
}

// Alertmanager knows about silences and inhibitions, Prometheus does not: Alertmanager's view
// of an alert (active, suppressed, unprocessed) wins over Prometheus's (pending, firing).
bool fromAlertmanager(Alert::State state)
{
    return state == Alert::State::Active || state == Alert::State::Suppressed ||
           state == Alert::State::Unprocessed;
}

bool takesPrecedence(Alert::State candidate, Alert::State current)
{
    if (fromAlertmanager(candidate) != fromAlertmanager(current)) {
        return fromAlertmanager(candidate);
    }
    return urgency(candidate) > urgency(current);
}

} // namespace

bool sameContent(const Alert &a, const Alert &b)
{
    return a.state == b.state && a.labels == b.labels && a.annotations == b.annotations &&
           a.startsAt == b.startsAt && a.endsAt == b.endsAt && a.silencedBy == b.silencedBy &&
           a.inhibitedBy == b.inhibitedBy && a.sources == b.sources &&
           a.generatorUrl == b.generatorUrl;
}

namespace {

bool byFingerprint(const Alert &a, const Alert &b)
{
    return a.fingerprint < b.fingerprint;
}

} // namespace

AlertSnapshot AlertSnapshot::merge(const QList<QList<Alert>> &perBackend)
{
    AlertSnapshot snapshot;
    if (perBackend.size() == 1) {
        // Alertmanager answers in fingerprint order: its answer is the snapshot, shared rather
        // than copied (a copy of 100,000 alerts touches every one of them).
        const QList<Alert> &alerts = perBackend.constFirst();
        if (std::adjacent_find(alerts.cbegin(), alerts.cend(), [](const Alert &a, const Alert &b) {
                return !byFingerprint(a, b);
            }) == alerts.cend()) {
            snapshot.alerts = alerts;
            return snapshot;
        }
        // Otherwise sorting is all the merge there is to do, unless two alerts of the answer
        // turn out to share a fingerprint.
        snapshot.alerts = alerts;
        std::sort(snapshot.alerts.begin(), snapshot.alerts.end(), byFingerprint);
        const auto twin = std::adjacent_find(
            snapshot.alerts.cbegin(), snapshot.alerts.cend(),
            [](const Alert &a, const Alert &b) { return a.fingerprint == b.fingerprint; });
        if (twin == snapshot.alerts.cend()) {
            return snapshot;
        }
        snapshot.alerts.clear();
    }
    QHash<QString, qsizetype> position;
    for (const QList<Alert> &alerts : perBackend) {
        for (const Alert &alert : alerts) {
            const auto found = position.constFind(alert.fingerprint);
            if (found == position.cend()) {
                position.insert(alert.fingerprint, snapshot.alerts.size());
                snapshot.alerts.append(alert);
                continue;
            }
            Alert &merged = snapshot.alerts[*found];
            for (const QString &source : alert.sources) {
                if (!merged.sources.contains(source)) {
                    merged.sources.append(source);
                }
            }
            if (takesPrecedence(alert.state, merged.state)) {
                merged.state = alert.state;
                merged.silencedBy = alert.silencedBy;
                merged.inhibitedBy = alert.inhibitedBy;
            }
            if (alert.startsAt.isValid() &&
                (!merged.startsAt.isValid() || alert.startsAt < merged.startsAt)) {
                merged.startsAt = alert.startsAt;
            }
            for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it) {
                if (!merged.annotations.contains(it.key())) {
                    merged.annotations.insert(it.key(), it.value());
                }
            }
        }
    }
    for (Alert &alert : snapshot.alerts) {
        // Only a merged alert's own list: sorting a one-source list would detach it from the
        // list every alert of its answer shares, 100,000 copies.
        if (alert.sources.size() > 1) {
            std::sort(alert.sources.begin(), alert.sources.end());
        }
    }
    std::sort(snapshot.alerts.begin(), snapshot.alerts.end(), byFingerprint);
    return snapshot;
}

AlertDiff AlertDiff::between(const AlertSnapshot &before, const AlertSnapshot &after)
{
    // Both are sorted by fingerprint: one walk finds what went, what came and what changed.
    AlertDiff diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < before.alerts.size() || j < after.alerts.size()) {
        if (j == after.alerts.size() ||
            (i < before.alerts.size() &&
             before.alerts.at(i).fingerprint < after.alerts.at(j).fingerprint)) {
            diff.removed.append(int(i++));
        } else if (i == before.alerts.size() ||
                   after.alerts.at(j).fingerprint < before.alerts.at(i).fingerprint) {
            diff.inserted.append(int(j++));
        } else {
            if (!sameContent(before.alerts.at(i), after.alerts.at(j))) {
                diff.changed.append(int(j));
            }
            ++i;
            ++j;
        }
    }
    std::reverse(diff.removed.begin(), diff.removed.end());
    return diff;
}

} // namespace opsdeck
