#include "model/alert.h"

namespace opsdeck {

QStringList Alert::stateNames()
{
    return {QStringLiteral("active"), QStringLiteral("suppressed"), QStringLiteral("unprocessed"),
            QStringLiteral("pending"), QStringLiteral("firing")};
}

Json Alert::toJson() const
{
    return {
        {"schema", SchemaVersion},
        {"fingerprint", fingerprint},
        {"labels", labels},
        {"annotations", annotations},
        {"state", stateNames().at(int(state))},
        {"startsAt", toIsoUtc(startsAt)},
        {"endsAt", endsAt.isValid() ? Json(toIsoUtc(endsAt)) : Json()},
        {"updatedAt", updatedAt.isValid() ? Json(toIsoUtc(updatedAt)) : Json()},
        {"generatorURL", generatorUrl},
        {"silencedBy", silencedBy},
        {"inhibitedBy", inhibitedBy},
        {"sources", sources},
    };
}

Alert Alert::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Alert alert;
    alert.fingerprint = reader.string("fingerprint");
    alert.labels = reader.stringMap("labels");
    alert.annotations = reader.stringMap("annotations");
    alert.state = State(stateNames().indexOf(reader.choice("state", stateNames())));
    alert.startsAt = reader.time("startsAt");
    alert.endsAt = reader.optionalTime("endsAt");
    alert.updatedAt = reader.optionalTime("updatedAt");
    alert.generatorUrl = reader.optionalString("generatorURL");
    alert.silencedBy = reader.strings("silencedBy");
    alert.inhibitedBy = reader.strings("inhibitedBy");
    alert.sources = reader.strings("sources");
    return alert;
}

} // namespace opsdeck
