#include "model/alert.h"

namespace opsdeck {

QStringList Alert::stateNames()
{
    return {QStringLiteral("active"), QStringLiteral("suppressed"), QStringLiteral("unprocessed"),
            QStringLiteral("pending"), QStringLiteral("firing")};
}

Json Alert::toJson() const
{
    // Field by field rather than from an initializer list, which copies every value once more:
    // `opsdeck alerts` writes 100,000 of these.
    static const QStringList names = stateNames();
    Json json = Json::object();
    json["schema"] = SchemaVersion;
    json["fingerprint"] = fingerprint;
    json["labels"] = labels;
    json["annotations"] = annotations;
    json["state"] = names.at(int(state));
    json["startsAt"] = toIsoUtc(startsAt);
    json["endsAt"] = endsAt.isValid() ? Json(toIsoUtc(endsAt)) : Json();
    json["updatedAt"] = updatedAt.isValid() ? Json(toIsoUtc(updatedAt)) : Json();
    json["generatorURL"] = generatorUrl;
    json["silencedBy"] = silencedBy;
    json["inhibitedBy"] = inhibitedBy;
    json["sources"] = sources;
    return json;
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
