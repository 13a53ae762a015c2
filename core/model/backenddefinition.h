#pragma once

#include "model/backendendpoint.h"
#include "model/json.h"

namespace opsdeck {

// A configured backend. Its password or token is in the keychain under `id`, never here.
struct BackendDefinition {
    static constexpr int SchemaVersion = 1;

    enum class Auth { None, Basic, Bearer }; // Basic: username and password; Bearer: a token

    QString id; // UUID
    QString name;
    BackendKind kind = BackendKind::Prometheus;
    QString url;
    Auth auth = Auth::None;
    QString username; // for basic auth
    QString caFile;
    QString clientCertificate;
    QString clientKey;
    QString proxy = QStringLiteral("system"); // system, none, or a URL
    int intervalSeconds = 15;
    int timeoutSeconds = 10;
    bool verifyTls = true;

    static QStringList authNames(); // none, basic, bearer
    static QString authName(Auth auth);
    static std::optional<Auth> authFromName(const QString &name);

    Json toJson() const;
    static BackendDefinition fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
