#include "model/timelineevent.h"

namespace opsdeck {

QStringList TimelineEvent::typeNames()
{
    return {QStringLiteral("alert_fired"),
            QStringLiteral("alert_resolved"),
            QStringLiteral("silence_created"),
            QStringLiteral("silence_expired"),
            QStringLiteral("status_changed"),
            QStringLiteral("role_assigned"),
            QStringLiteral("note"),
            QStringLiteral("runbook_step"),
            QStringLiteral("command_run"),
            QStringLiteral("metric_snapshot"),
            QStringLiteral("custom")};
}

QString TimelineEvent::typeName(Type type)
{
    return typeNames().at(int(type));
}

Json TimelineEvent::toJson() const
{
    return {
        {"schema", SchemaVersion},
        {"id", id},
        {"incidentId", incidentId},
        {"type", typeName(type)},
        {"time", toIsoUtc(time)},
        {"author", author},
        {"text", text},
        {"payload", payload},
        {"pinned", pinned},
        {"correctsId", correctsId.isEmpty() ? Json() : Json(correctsId)},
    };
}

TimelineEvent TimelineEvent::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    TimelineEvent event;
    event.id = reader.id("id");
    event.incidentId = reader.id("incidentId");
    event.type = Type(typeNames().indexOf(reader.choice("type", typeNames())));
    event.time = reader.time("time");
    event.author = reader.optionalString("author");
    event.text = reader.optionalString("text");
    event.payload = reader.object("payload");
    event.pinned = reader.boolean("pinned", false);
    event.correctsId = reader.optionalId("correctsId");
    return event;
}

} // namespace opsdeck
