#include "model/deployment.h"

#include <QCoreApplication>

namespace opsdeck {

Json Deployment::toJson() const
{
    return {{"schema", SchemaVersion},
            {"id", id},
            {"service", service},
            {"version", version},
            {"committedAt", committedAt.isValid() ? Json(toIsoUtc(committedAt)) : Json()},
            {"deployedAt", toIsoUtc(deployedAt)},
            {"failed", failed},
            {"causedIncidentId", causedIncidentId.isEmpty() ? Json() : Json(causedIncidentId)}};
}

Deployment Deployment::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Deployment deployment;
    deployment.id = reader.id("id");
    deployment.service = reader.string("service");
    deployment.version = reader.optionalString("version");
    deployment.committedAt = reader.optionalTime("committedAt");
    deployment.deployedAt = reader.time("deployedAt");
    if (deployment.committedAt.isValid() && deployment.committedAt > deployment.deployedAt) {
        throw ModelError(reader.pathOf("committedAt"),
                         QCoreApplication::translate("ModelError", "is after deployedAt"));
    }
    deployment.failed = reader.boolean("failed", false);
    deployment.causedIncidentId = reader.optionalId("causedIncidentId");
    return deployment;
}

} // namespace opsdeck
