#pragma once

#include "model/backendendpoint.h"
#include "model/json.h"

namespace opsdeck {

// A configured backend. Its password or token is in the keychain under `id`, never here.
struct BackendDefinition {
    static constexpr int SchemaVersion = 1;

    QString id; // UUID
    QString name;
    BackendKind kind = BackendKind::Prometheus;
    QString url;
    QString auth = QStringLiteral("none"); // none, basic, bearer
    QString username;                      // for basic auth
    QString caFile;
    QString clientCertificate;
    QString clientKey;
    QString proxy = QStringLiteral("system"); // system, none, or a URL
    int intervalSeconds = 15;
    int timeoutSeconds = 10;
    bool verifyTls = true;

    static QStringList authNames();

    Json toJson() const;
    static BackendDefinition fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
