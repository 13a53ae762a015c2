#include "alarms/alertparser.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

Json parseDocument(const QByteArray &body, QString *error)
{
    Json document = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (document.is_discarded()) {
        const QString start = QString::fromUtf8(body.left(60)).simplified();
        *error = body.trimmed().startsWith('<')
                     ? QCoreApplication::translate(
                           "AlertParser", "the answer is HTML, not JSON (starts with \"%1\")")
                           .arg(start)
                     : QCoreApplication::translate("AlertParser",
                                                   "the answer is not JSON (starts with \"%1\")")
                           .arg(start);
    }
    return document;
}

QMap<QString, QString> readMap(const JsonReader &reader, const char *key)
{
    return reader.stringMap(key);
}

} // namespace

QString AlertParser::fingerprint(const QMap<QString, QString> &labels)
{
    // QMap iterates in key order: the sorted order Alertmanager hashes in.
    quint64 hash = 14695981039346656037ULL;
    const auto mix = [&hash](const QByteArray &bytes) {
        for (const char c : bytes) {
            hash ^= quint8(c);
            hash *= 1099511628211ULL;
        }
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        mix(it.key().toUtf8());
        mix(QByteArray(1, '\xff'));
        mix(it.value().toUtf8());
        mix(QByteArray(1, '\xff'));
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

ParsedAlerts AlertParser::parseAlertmanager(const QByteArray &body, const QString &backendId)
{
    ParsedAlerts result;
    const Json document = parseDocument(body, &result.error);
    if (!result.ok()) {
        return result;
    }
    if (!document.is_array()) {
        result.error =
            QCoreApplication::translate("AlertParser", "expected a JSON array of alerts, found %1")
                .arg(QString::fromLatin1(document.type_name()));
        return result;
    }
    result.alerts.reserve(qsizetype(document.size()));
    for (std::size_t i = 0; i < document.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        try {
            const JsonReader item(document.at(i), path);
            Alert alert;
            alert.labels = readMap(item, "labels");
            alert.annotations = readMap(item, "annotations");
            alert.fingerprint = item.optionalString("fingerprint");
            if (alert.fingerprint.isEmpty()) {
                alert.fingerprint = fingerprint(alert.labels);
            }
            alert.startsAt = item.time("startsAt");
            alert.endsAt = item.optionalTime("endsAt");
            alert.updatedAt = item.optionalTime("updatedAt");
            alert.generatorUrl = item.optionalString("generatorURL");
            const Json statusJson = item.object("status"); // JsonReader refers to it: keep it alive
            const JsonReader status(statusJson, item.pathOf("status"));
            const QString state = status.optionalString("state", QStringLiteral("active"));
            alert.state = state == QLatin1String("suppressed")    ? Alert::State::Suppressed
                          : state == QLatin1String("unprocessed") ? Alert::State::Unprocessed
                                                                  : Alert::State::Active;
            alert.silencedBy = status.strings("silencedBy");
            alert.inhibitedBy = status.strings("inhibitedBy");
            alert.sources = {backendId};
            result.alerts.append(std::move(alert));
        } catch (const ModelError &problem) {
            result.warnings.append(problem.text());
        }
    }
    return result;
}

ParsedAlerts AlertParser::parsePrometheus(const QByteArray &body, const QString &backendId)
{
    ParsedAlerts result;
    const Json document = parseDocument(body, &result.error);
    if (!result.ok()) {
        return result;
    }
    const Json::json_pointer pointer("/data/alerts");
    if (!document.is_object() || !document.contains(pointer) || !document.at(pointer).is_array()) {
        result.error = QCoreApplication::translate(
            "AlertParser", "expected {\"data\": {\"alerts\": [...]}} from /api/v1/alerts");
        return result;
    }
    const Json &alerts = document.at(pointer);
    result.alerts.reserve(qsizetype(alerts.size()));
    for (std::size_t i = 0; i < alerts.size(); ++i) {
        const QString path = QStringLiteral("data.alerts[%1]").arg(i);
        try {
            const JsonReader item(alerts.at(i), path);
            Alert alert;
            alert.labels = readMap(item, "labels");
            alert.annotations = readMap(item, "annotations");
            alert.fingerprint = fingerprint(alert.labels);
            const QString state = item.string("state");
            if (state == QLatin1String("pending")) {
                alert.state = Alert::State::Pending;
            } else if (state == QLatin1String("firing")) {
                alert.state = Alert::State::Firing;
            } else {
                throw ModelError(item.pathOf("state"),
                                 QCoreApplication::translate(
                                     "AlertParser", "expected pending or firing, found \"%1\"")
                                     .arg(state));
            }
            alert.startsAt = item.optionalTime("activeAt");
            alert.sources = {backendId};
            result.alerts.append(std::move(alert));
        } catch (const ModelError &problem) {
            result.warnings.append(problem.text());
        }
    }
    return result;
}

} // namespace opsdeck
