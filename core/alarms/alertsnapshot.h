#pragma once

#include "model/alert.h"

#include <QList>
#include <QMetaType>

namespace opsdeck {

// Every alert of every backend at one moment, one entry per fingerprint, sorted by
// fingerprint. Immutable once made: built on a worker thread and handed to the GUI thread.
struct AlertSnapshot {
    QList<Alert> alerts;

    // Joins the backends' alerts: the same fingerprint from several Alertmanagers of one HA
    // cluster (or from Prometheus and Alertmanager) becomes one alert listing all its sources.
    // Alertmanager's state (with silences and inhibitions) wins over Prometheus's; between
    // Alertmanagers that disagree for a moment, the state asking for attention wins.
    static AlertSnapshot merge(const QList<QList<Alert>> &perBackend);
};

// How to turn one snapshot into the next with row operations: remove `removed` (indexes in the
// old snapshot, highest first), then insert `inserted` (indexes in the new one, lowest first);
// `changed` rows (new indexes) keep their place but show something new.
struct AlertDiff {
    QList<int> removed;
    QList<int> inserted;
    QList<int> changed;

    bool isEmpty() const { return removed.isEmpty() && inserted.isEmpty() && changed.isEmpty(); }
    static AlertDiff between(const AlertSnapshot &before, const AlertSnapshot &after);
};

// Whether two alerts of the same fingerprint show differently.
bool sameContent(const Alert &a, const Alert &b);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::AlertSnapshot)
