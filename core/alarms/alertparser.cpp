#include "alarms/alertparser.h"

#include "alarms/alertanswerreader.h"
#include "alarms/alerttextreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace opsdeck {
namespace {

// Alert answers are parsed with Qt's JSON reader: for thousands of alerts it is twice as fast
// as building a nlohmann tree, and it hands out QStrings without another conversion.
std::optional<QJsonDocument> parseDocument(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        return document;
    }
    const QString start = QString::fromUtf8(body.left(60)).simplified();
    *error =
        body.trimmed().startsWith('<')
            ? QCoreApplication::translate("AlertParser",
                                          "the answer is HTML, not JSON (starts with \"%1\")")
                  .arg(start)
            : QCoreApplication::translate("AlertParser", "the answer is not JSON (%1 at byte %2)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
    return std::nullopt;
}

QString field(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QMap<QString, QString> stringMap(const QJsonObject &object, const char *key, const QString &path,
                                 AlertTextPool &pool)
{
    QMap<QString, QString> result;
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return result;
    }
    if (!value.isObject()) {
        throw ModelError(field(path, key), QCoreApplication::translate(
                                               "ModelError", "expected an object of strings"));
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            throw ModelError(
                field(path, key) + QLatin1Char('.') + it.key(),
                QCoreApplication::translate("ModelError", "expected a string, found %1")
                    .arg(it.value().isDouble() ? QStringLiteral("number")
                                               : QStringLiteral("another type")));
        }
        const QString name = pool.name(it.key());
        result.insert(name, pool.value(name, it.value().toString()));
    }
    return result;
}

QDateTime time(const QJsonObject &object, const char *key, const QString &path, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if ((value.isUndefined() || value.isNull()) && !required) {
        return {};
    }
    const auto parsed = fromIsoUtc(value.toString());
    if (!parsed) {
        throw ModelError(field(path, key),
                         QCoreApplication::translate(
                             "ModelError", "expected an ISO 8601 time with a zone, found \"%1\"")
                             .arg(value.toString()));
    }
    return *parsed;
}

QStringList strings(const QJsonObject &object, const char *key)
{
    QStringList result;
    const QJsonArray array = object.value(QLatin1String(key)).toArray();
    result.reserve(array.size());
    for (const auto &value : array) {
        result.append(value.toString());
    }
    return result;
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

namespace {

// `sources`: the backend's id as a list, one list shared by every alert of the answer.
Alert readAlertmanagerItem(const QJsonValue &value, const QString &path, const QStringList &sources,
                           AlertTextPool &pool)
{
    if (!value.isObject()) {
        throw ModelError(path,
                         QCoreApplication::translate("ModelError", "expected an object, found %1")
                             .arg(QStringLiteral("another type")));
    }
    const QJsonObject item = value.toObject();
    Alert alert;
    alert.labels = stringMap(item, "labels", path, pool);
    alert.annotations = stringMap(item, "annotations", path, pool);
    alert.fingerprint = item.value(QLatin1String("fingerprint")).toString();
    if (alert.fingerprint.isEmpty()) {
        alert.fingerprint = AlertParser::fingerprint(alert.labels);
    }
    alert.startsAt = time(item, "startsAt", path, true);
    alert.endsAt = time(item, "endsAt", path, false);
    alert.updatedAt = time(item, "updatedAt", path, false);
    alert.generatorUrl = pool.value(QStringLiteral("generatorURL"),
                                    item.value(QLatin1String("generatorURL")).toString());
    const QJsonObject status = item.value(QLatin1String("status")).toObject();
    const QString state = status.value(QLatin1String("state")).toString();
    alert.state = state == QLatin1String("suppressed")    ? Alert::State::Suppressed
                  : state == QLatin1String("unprocessed") ? Alert::State::Unprocessed
                                                          : Alert::State::Active;
    alert.silencedBy = strings(status, "silencedBy");
    alert.inhibitedBy = strings(status, "inhibitedBy");
    alert.sources = sources;
    return alert;
}

} // namespace

QString AlertParser::notJson(const QString &reason, qint64 offset)
{
    return QCoreApplication::translate("AlertParser", "the answer is not JSON (%1 at byte %2)")
        .arg(reason)
        .arg(offset);
}

namespace {

// Reads one alert's text with Qt's JSON reader: for the texts the fast reading declines, so
// that an answer's verdict and messages are that of a full JSON reader. Appends the alert to
// `result` with its `key` (or a warning naming it, `index` being its place in the answer); false
// when the text is not JSON at all, which `result.error` then says.
bool readFully(QByteArrayView text, size_t key, qint64 offset, qint64 index,
               const QStringList &sources, AlertTextPool &pool, ParsedAlertTexts *result)
{
    // An element that is not an object is still checked as JSON: "[1,tru]" is no answer.
    const bool object = text.startsWith('{');
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(
        object ? QByteArray::fromRawData(text.data(), text.size()) : '[' + text.toByteArray() + ']',
        &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result->error = AlertParser::notJson(parseError.errorString(),
                                             offset + parseError.offset - (object ? 0 : 1));
        return false;
    }
    try {
        // Read with a path relative to the alert, which gets its place only if it is bad: a
        // path for each of 100,000 good alerts is work for nothing.
        result->alerts.append(
            readAlertmanagerItem(object ? QJsonValue(document.object()) : document.array().first(),
                                 QString(), sources, pool));
        result->keys.append(key);
    } catch (const ModelError &problem) {
        result->warnings.append(
            ModelError(QStringLiteral("[%1]").arg(index) + problem.path(), problem.message())
                .text());
    }
    return true;
}

} // namespace

ParsedAlertTexts AlertParser::parseTexts(const AlertTexts &texts, const QString &backendId,
                                         const AlertParseCache *previous)
{
    ParsedAlertTexts result;
    result.alerts.reserve(texts.texts.size());
    result.keys.reserve(texts.texts.size());
    const QStringList sources{backendId};
    AlertTextPool pool;
    for (qsizetype i = 0; i < texts.texts.size(); ++i) {
        const QByteArrayView text = texts.text(i);

        // 64 bits of hash over the alert's exact text: a collision between two of a few
        // thousand alerts is about as likely as a bit flip in memory.
        const size_t key = qHashBits(text.data(), size_t(text.size()), size_t(text.size()));
        if (previous != nullptr) {
            if (const auto found = previous->alerts.constFind(key);
                found != previous->alerts.cend()) {
                result.alerts.append(*found);
                result.keys.append(key);
                continue;
            }
        }
        if (auto alert = readAlertmanagerAlert(text, sources, pool)) {
            result.alerts.append(std::move(*alert));
            result.keys.append(key);
            continue;
        }
        if (!readFully(text, key, texts.texts.at(i).offset, texts.firstIndex + i, sources, pool,
                       &result)) {
            return result;
        }
    }
    return result;
}

ParsedAlertTexts AlertParser::parseTextFully(QByteArrayView text, const QString &backendId)
{
    ParsedAlertTexts result;
    AlertTextPool pool;
    readFully(text, 0, 0, 0, QStringList{backendId}, pool, &result);
    return result;
}

ParsedAlerts AlertParser::join(QList<ParsedAlertTexts> batches, const QString &answerError,
                               AlertParseCache *next)
{
    ParsedAlerts result;
    // A bad document gives no alerts: half an answer would look like resolved alerts. A bad
    // text is found before a fault of the array after it, as when read in one piece.
    for (const ParsedAlertTexts &batch : std::as_const(batches)) {
        if (!batch.error.isEmpty()) {
            result.error = batch.error;
            return result;
        }
    }
    if (!answerError.isEmpty()) {
        result.error = answerError;
        return result;
    }
    qsizetype count = 0;
    for (const ParsedAlertTexts &batch : std::as_const(batches)) {
        count += batch.alerts.size();
    }
    result.alerts.reserve(count);
    AlertParseCache cache;
    if (next != nullptr) {
        cache.alerts.reserve(count);
    }
    for (ParsedAlertTexts &batch : batches) {
        result.warnings.append(batch.warnings);
        if (next != nullptr) {
            for (qsizetype i = 0; i < batch.alerts.size(); ++i) {
                cache.alerts.insert(batch.keys.at(i), batch.alerts.at(i));
            }
        }
        result.alerts.append(std::move(batch.alerts));
    }
    if (next != nullptr) {
        *next = std::move(cache);
    }
    return result;
}

ParsedAlerts AlertParser::parseAlertmanager(const QByteArray &body, const QString &backendId,
                                            AlertParseCache *cache)
{
    AlertmanagerAnswerReader reader(backendId, cache);
    reader.feed(body);
    return reader.finish();
}

ParsedAlerts AlertParser::parsePrometheus(const QByteArray &body, const QString &backendId)
{
    ParsedAlerts result;
    const auto document = parseDocument(body, &result.error);
    if (!document) {
        return result;
    }
    const QJsonValue data = document->object().value(QLatin1String("data"));
    const QJsonValue list = data.toObject().value(QLatin1String("alerts"));
    if (!document->isObject() || !list.isArray()) {
        result.error = QCoreApplication::translate(
            "AlertParser", "expected {\"data\": {\"alerts\": [...]}} from /api/v1/alerts");
        return result;
    }
    const QJsonArray alerts = list.toArray();
    result.alerts.reserve(alerts.size());
    const QStringList sources{backendId};
    AlertTextPool pool;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString path = QStringLiteral("data.alerts[%1]").arg(i);
        try {
            const QJsonObject item = alerts.at(i).toObject();
            Alert alert;
            alert.labels = stringMap(item, "labels", path, pool);
            alert.annotations = stringMap(item, "annotations", path, pool);
            alert.fingerprint = fingerprint(alert.labels);
            const QString state = item.value(QLatin1String("state")).toString();
            if (state == QLatin1String("pending")) {
                alert.state = Alert::State::Pending;
            } else if (state == QLatin1String("firing")) {
                alert.state = Alert::State::Firing;
            } else {
                throw ModelError(field(path, "state"),
                                 QCoreApplication::translate(
                                     "AlertParser", "expected pending or firing, found \"%1\"")
                                     .arg(state));
            }
            alert.startsAt = time(item, "activeAt", path, false);
            alert.sources = sources;
            result.alerts.append(std::move(alert));
        } catch (const ModelError &problem) {
            result.warnings.append(problem.text());
        }
    }
    return result;
}

} // namespace opsdeck
