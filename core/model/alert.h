#pragma once

#include "model/json.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace opsdeck {

// An alert as Alertmanager (API v2) or Prometheus (/api/v1/alerts) reports it. The fingerprint
// is its identity; an alert seen by several backends lists them all in `sources`.
struct Alert {
    static constexpr int SchemaVersion = 1;

    enum class State { Active, Suppressed, Unprocessed, Pending, Firing };

    QString fingerprint;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    State state = State::Active;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString generatorUrl;
    QStringList silencedBy;
    QStringList inhibitedBy;
    QStringList sources; // backend ids

    static QStringList stateNames(); // active, suppressed, unprocessed, pending, firing
    QString name() const { return labels.value(QStringLiteral("alertname")); }

    Json toJson() const;
    // The same text as toJson().dump(), written straight from the fields: `opsdeck alerts`
    // writes 100,000 of them, and a JSON tree per alert cost more than the rest of the output.
    void appendJsonText(std::string &out) const;
    static Alert fromJson(const Json &json, const QString &path = {}); // throws ModelError

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace opsdeck
