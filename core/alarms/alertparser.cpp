#include "alarms/alertparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

// One copy of each text among the alerts of an answer: label names, and values such as
// "critical" or a service name, repeat across 100,000 alerts, and every alert holding its own
// copy costs tens of megabytes. Copies of a QString share its characters.
class StringPool {
public:
    QString intern(const QString &text)
    {
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend()) {
            return *found;
        }
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

QString field(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QMap<QString, QString> stringMap(const QJsonObject &object, const char *key, const QString &path,
                                 StringPool &pool)
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
        result.insert(pool.intern(it.key()), pool.intern(it.value().toString()));
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
                           StringPool &pool)
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
    alert.generatorUrl = pool.intern(item.value(QLatin1String("generatorURL")).toString());
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

// The byte ranges of the objects of a top-level JSON array ("[{…},{…}]"), found without
// parsing them. False if the text is not shaped like that; the full parser then says why.
bool splitObjectArray(const QByteArray &body, QList<QPair<qsizetype, qsizetype>> *objects)
{
    const char *data = body.constData();
    const qsizetype size = body.size();
    qsizetype at = 0;
    const auto skipSpace = [&] {
        while (at < size &&
               (data[at] == ' ' || data[at] == '\n' || data[at] == '\r' || data[at] == '\t')) {
            ++at;
        }
    };
    skipSpace();
    if (at >= size || data[at] != '[') {
        return false;
    }
    ++at;
    skipSpace();
    if (at < size && data[at] == ']') {
        return true;
    }
    while (at < size) {
        if (data[at] != '{') {
            return false;
        }
        const qsizetype start = at;
        int depth = 0;
        bool inString = false;
        for (; at < size; ++at) {
            const char c = data[at];
            if (inString) {
                // Most of an answer is string text: jump to the next quote or backslash.
                const char *stop = data + at;
                const char *end = data + size;
                while (stop < end && *stop != '"' && *stop != '\\') {
                    stop = static_cast<const char *>(std::memchr(stop, '"', size_t(end - stop)));
                    if (stop == nullptr) {
                        return false;
                    }
                    // A backslash before the quote must be looked at one by one.
                    const char *backslash = static_cast<const char *>(
                        std::memchr(data + at, '\\', size_t(stop - (data + at))));
                    if (backslash != nullptr) {
                        stop = backslash;
                    }
                    break;
                }
                at = qsizetype(stop - data);
                if (at >= size) {
                    return false;
                }
                if (data[at] == '\\') {
                    ++at; // the escaped character
                } else {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                break;
            }
        }
        if (at >= size) {
            return false;
        }
        ++at;
        objects->append({start, at - start});
        skipSpace();
        if (at < size && data[at] == ']') {
            ++at;
            skipSpace();
            return at == size;
        }
        if (at >= size || data[at] != ',') {
            return false;
        }
        ++at;
        skipSpace();
    }
    return false;
}

} // namespace

ParsedAlerts AlertParser::parseAlertmanager(const QByteArray &body, const QString &backendId,
                                            AlertParseCache *cache)
{
    ParsedAlerts result;
    const QStringList sources{backendId};
    StringPool pool;
    QList<QPair<qsizetype, qsizetype>> objects;
    if (cache != nullptr && splitObjectArray(body, &objects)) {
        AlertParseCache next;
        next.alerts.reserve(objects.size());
        result.alerts.reserve(objects.size());
        bool wellFormed = true;
        for (qsizetype i = 0; i < objects.size() && wellFormed; ++i) {
            const auto [start, length] = objects.at(i);
            // 64 bits of hash over the alert's exact text: a collision between two of a few
            // thousand alerts is about as likely as a bit flip in memory.
            const size_t key = qHashBits(body.constData() + start, size_t(length), size_t(length));
            if (const auto found = cache->alerts.constFind(key); found != cache->alerts.cend()) {
                next.alerts.insert(key, *found);
                result.alerts.append(*found);
                continue;
            }
            QJsonParseError error{};
            const QJsonDocument item = QJsonDocument::fromJson(
                QByteArray::fromRawData(body.constData() + start, length), &error);
            if (error.error != QJsonParseError::NoError) {
                // Not JSON after all: the whole-document parser below says where, exactly as
                // it does without a cache.
                wellFormed = false;
                break;
            }
            const QString path = QStringLiteral("[%1]").arg(i);
            try {
                Alert alert = readAlertmanagerItem(item.object(), path, sources, pool);
                next.alerts.insert(key, alert);
                result.alerts.append(std::move(alert));
            } catch (const ModelError &problem) {
                result.warnings.append(problem.text());
            }
        }
        if (wellFormed) {
            *cache = std::move(next);
            return result;
        }
        result = {};
    }
    const auto document = parseDocument(body, &result.error);
    if (!document) {
        return result;
    }
    if (!document->isArray()) {
        result.error =
            QCoreApplication::translate("AlertParser", "expected a JSON array of alerts, found %1")
                .arg(document->isObject() ? QStringLiteral("object")
                                          : QStringLiteral("something else"));
        return result;
    }
    const QJsonArray alerts = document->array();
    result.alerts.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        try {
            result.alerts.append(
                readAlertmanagerItem(alerts.at(i), QStringLiteral("[%1]").arg(i), sources, pool));
        } catch (const ModelError &problem) {
            result.warnings.append(problem.text());
        }
    }
    return result;
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
    StringPool pool;
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
