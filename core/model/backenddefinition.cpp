#include "model/backenddefinition.h"

#include "model/backendendpoint.h"

#include <QCoreApplication>

namespace opsdeck {

QStringList BackendDefinition::authNames()
{
    return {QStringLiteral("none"), QStringLiteral("basic"), QStringLiteral("bearer")};
}

QString BackendDefinition::authName(Auth auth)
{
    return authNames().at(int(auth));
}

std::optional<BackendDefinition::Auth> BackendDefinition::authFromName(const QString &name)
{
    return enumFromName<Auth>(authNames(), name);
}

Json BackendDefinition::toJson() const
{
    return {{"schema", SchemaVersion},
            {"id", id},
            {"name", name},
            {"kind", backendKindId(kind)},
            {"url", url},
            {"auth", authName(auth)},
            {"username", username},
            {"caFile", caFile},
            {"clientCertificate", clientCertificate},
            {"clientKey", clientKey},
            {"proxy", proxy},
            {"intervalSeconds", intervalSeconds},
            {"timeoutSeconds", timeoutSeconds},
            {"verifyTls", verifyTls}};
}

BackendDefinition BackendDefinition::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    BackendDefinition backend;
    backend.id = reader.id("id");
    backend.name = reader.string("name");
    backend.kind = *backendKindFromId(reader.choice("kind", backendKindIds()));
    backend.url = reader.string("url");
    QString urlError;
    if (!BackendEndpoint::parseUrl(backend.url, &urlError).isValid()) {
        throw ModelError(reader.pathOf("url"), urlError);
    }
    backend.auth =
        reader.present("auth") ? reader.enumeration<Auth>("auth", authNames()) : Auth::None;
    backend.username = reader.optionalString("username");
    backend.caFile = reader.optionalString("caFile");
    backend.clientCertificate = reader.optionalString("clientCertificate");
    backend.clientKey = reader.optionalString("clientKey");
    backend.proxy = reader.optionalString("proxy", QStringLiteral("system"));
    backend.intervalSeconds = int(reader.integer("intervalSeconds", 15));
    backend.timeoutSeconds = int(reader.integer("timeoutSeconds", 10));
    if (backend.intervalSeconds < 1 || backend.timeoutSeconds < 1) {
        throw ModelError(reader.pathOf("intervalSeconds"),
                         QCoreApplication::translate(
                             "ModelError", "interval and timeout must be at least 1 second"));
    }
    backend.verifyTls = reader.boolean("verifyTls", true);
    return backend;
}

} // namespace opsdeck
