#include "model/incident.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck {

QStringList Incident::statusNames()
{
    return {QStringLiteral("triage"),     QStringLiteral("investigating"),
            QStringLiteral("identified"), QStringLiteral("mitigated"),
            QStringLiteral("resolved"),   QStringLiteral("closed")};
}

QStringList Incident::severityNames()
{
    return {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"),
            QStringLiteral("SEV4")};
}

QStringList Incident::roleNames()
{
    return {QStringLiteral("scribe"), QStringLiteral("communications"),
            QStringLiteral("operations")};
}

QString Incident::statusName(Status status)
{
    return statusNames().at(int(status));
}

QString Incident::severityName(Severity severity)
{
    return severityNames().at(int(severity));
}

std::optional<Incident::Status> Incident::statusFromName(const QString &name)
{
    const qsizetype index = statusNames().indexOf(name);
    if (index < 0) {
        return std::nullopt;
    }
    return Status(index);
}

QDateTime Incident::startedAt() const
{
    if (impactStartedAt.isValid() && (!declaredAt.isValid() || impactStartedAt < declaredAt)) {
        return impactStartedAt;
    }
    return declaredAt;
}

std::optional<QString> Incident::transitionTo(Status next, const QDateTime &at, bool markFalseAlarm)
{
    if (next == status) {
        return QCoreApplication::translate("Incident", "the incident is already %1")
            .arg(statusName(status));
    }
    if (status == Status::Closed) {
        return QCoreApplication::translate("Incident",
                                           "a closed incident cannot change its status");
    }
    if (!at.isValid()) {
        return QCoreApplication::translate("Incident", "the time of the change is missing");
    }
    if (startedAt().isValid() && at < startedAt()) {
        return QCoreApplication::translate("Incident",
                                           "%1 at %2 would be before the incident started (%3)")
            .arg(statusName(next), toIsoUtc(at), toIsoUtc(startedAt()));
    }
    const QDateTime previous = statusTimes.value(statusName(status));
    if (previous.isValid() && at < previous) {
        return QCoreApplication::translate("Incident",
                                           "%1 at %2 would be before the incident became %3 (%4)")
            .arg(statusName(next), toIsoUtc(at), statusName(status), toIsoUtc(previous));
    }
    if (next == Status::Closed && status < Status::Resolved && !markFalseAlarm) {
        return QCoreApplication::translate(
                   "Incident",
                   "an incident is resolved before it is closed; mark it a false alarm to close "
                   "it from %1")
            .arg(statusName(status));
    }
    if (next == Status::Triage) {
        return QCoreApplication::translate("Incident", "an incident cannot go back to triage");
    }
    // Going back (e.g. resolved -> investigating) reopens the incident: allowed, and stamped.
    if (next == Status::Closed && markFalseAlarm && status < Status::Resolved) {
        falseAlarm = true;
    }
    status = next;
    statusTimes.insert(statusName(next), at.toUTC());
    return std::nullopt;
}

QString Incident::makeKey(int year, int number)
{
    return QStringLiteral("INC-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
}

Json Incident::toJson() const
{
    Json times = Json::object();
    for (auto it = statusTimes.cbegin(); it != statusTimes.cend(); ++it) {
        times[it.key().toStdString()] = toIsoUtc(it.value()).toStdString();
    }
    return {
        {"schema", SchemaVersion},
        {"id", id},
        {"key", key},
        {"title", title},
        {"severity", severityName(severity)},
        {"status", statusName(status)},
        {"falseAlarm", falseAlarm},
        {"gameDay", gameDay},
        {"commander", commander},
        {"roles", roles},
        {"services", services},
        {"tags", tags},
        {"alertFingerprints", alertFingerprints},
        {"declaredAt", toIsoUtc(declaredAt)},
        {"impactStartedAt", impactStartedAt.isValid() ? Json(toIsoUtc(impactStartedAt)) : Json()},
        {"firstAlertAt", firstAlertAt.isValid() ? Json(toIsoUtc(firstAlertAt)) : Json()},
        {"statusTimes", times},
    };
}

Incident Incident::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Incident incident;
    incident.id = reader.id("id");
    incident.key = reader.string("key");
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!keyShape.match(incident.key).hasMatch()) {
        throw ModelError(reader.pathOf("key"),
                         QCoreApplication::translate(
                             "ModelError", "expected a key such as INC-2026-0042, found \"%1\"")
                             .arg(incident.key));
    }
    incident.title = reader.string("title");
    if (incident.title.trimmed().isEmpty()) {
        throw ModelError(reader.pathOf("title"),
                         QCoreApplication::translate("ModelError", "is empty"));
    }
    incident.severity =
        Severity(severityNames().indexOf(reader.choice("severity", severityNames())));
    incident.status = Status(statusNames().indexOf(reader.choice("status", statusNames())));
    incident.falseAlarm = reader.boolean("falseAlarm", false);
    incident.gameDay = reader.boolean("gameDay", false);
    incident.commander = reader.optionalString("commander");
    incident.roles = reader.stringMap("roles");
    for (auto it = incident.roles.cbegin(); it != incident.roles.cend(); ++it) {
        if (!roleNames().contains(it.key())) {
            throw ModelError(reader.pathOf("roles") + QLatin1Char('.') + it.key(),
                             QCoreApplication::translate("ModelError", "unknown role (expected %1)")
                                 .arg(roleNames().join(QStringLiteral(", "))));
        }
    }
    incident.services = reader.strings("services");
    incident.tags = reader.strings("tags");
    incident.alertFingerprints = reader.strings("alertFingerprints");
    incident.declaredAt = reader.time("declaredAt");
    incident.impactStartedAt = reader.optionalTime("impactStartedAt");
    incident.firstAlertAt = reader.optionalTime("firstAlertAt");
    const QMap<QString, QString> times = reader.stringMap("statusTimes");
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        const QString where = reader.pathOf("statusTimes") + QLatin1Char('.') + it.key();
        if (!statusNames().contains(it.key())) {
            throw ModelError(where, QCoreApplication::translate("ModelError", "unknown status"));
        }
        const auto time = fromIsoUtc(it.value());
        if (!time) {
            throw ModelError(
                where, QCoreApplication::translate(
                           "ModelError", "expected an ISO 8601 time with a zone, found \"%1\"")
                           .arg(it.value()));
        }
        incident.statusTimes.insert(it.key(), *time);
    }
    return incident;
}

} // namespace opsdeck
