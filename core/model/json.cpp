#include "model/json.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>
#include <mutex>

namespace opsdeck {
namespace {

QString kindOf(const Json &json)
{
    return QString::fromLatin1(json.type_name());
}

} // namespace

ModelError::ModelError(QString path, QString message)
    : std::runtime_error((path + QStringLiteral(": ") + message).toStdString())
    , m_path(std::move(path))
    , m_message(std::move(message))
{}

QString ModelError::text() const
{
    return m_path.isEmpty() ? m_message : m_path + QStringLiteral(": ") + m_message;
}

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    // Formatted by hand: this runs for every stored event and printed alert, and both
    // QDateTime::toString and snprintf are slow.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[32];
    if (date.year() < 0 || date.year() > 9999) {
        const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                         date.year(), date.month(), date.day(), clock.hour(),
                                         clock.minute(), clock.second(), clock.msec());
        return QString::fromLatin1(text, length);
    }
    char *at = text;
    const auto digits = [&at](int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            at[i] = char('0' + value % 10);
            value /= 10;
        }
        at += count;
    };
    digits(date.year(), 4);
    *at++ = '-';
    digits(date.month(), 2);
    *at++ = '-';
    digits(date.day(), 2);
    *at++ = 'T';
    digits(clock.hour(), 2);
    *at++ = ':';
    digits(clock.minute(), 2);
    *at++ = ':';
    digits(clock.second(), 2);
    *at++ = '.';
    digits(clock.msec(), 3);
    *at++ = 'Z';
    return QString::fromLatin1(text, at - text);
}

namespace {

// "2026-11-21T10:00:00Z" or with a fraction ("…:00.123Z", up to nanoseconds as Alertmanager
// writes them): read by hand, because alert answers hold thousands of these and
// QDateTime::fromString is slow. Anything else goes the general way.
// `at(i)` gives the text's i-th character as a code unit; `length` is how many there are.
template <typename CharAt>
std::optional<QDateTime> fromUtcFast(qsizetype length, const CharAt &at)
{
    if (length < 20 || at(length - 1) != u'Z' || at(4) != u'-' || at(7) != u'-' || at(10) != u'T' ||
        at(13) != u':' || at(16) != u':') {
        return std::nullopt;
    }
    const auto number = [&at](qsizetype from, qsizetype count, int *value) {
        int result = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9') {
                return false;
            }
            result = result * 10 + (c - u'0');
        }
        *value = result;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day) ||
        !number(11, 2, &hour) || !number(14, 2, &minute) || !number(17, 2, &second)) {
        return std::nullopt;
    }
    if (length > 20) { // a fraction: ".d…dZ"
        if (at(19) != u'.' || length < 22) {
            return std::nullopt;
        }
        int digits = 0;
        for (qsizetype i = 20; i < length - 1; ++i, ++digits) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9') {
                return std::nullopt;
            }
            if (digits < 3) {
                millisecond = millisecond * 10 + (c - u'0');
            }
        }
        for (; digits < 3; ++digits) {
            millisecond *= 10;
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> fromIsoUtc(const QString &text)
{
    if (auto fast =
            fromUtcFast(text.size(), [&text](qsizetype i) { return text.at(i).unicode(); })) {
        return fast;
    }
    // A time without "Z" or an offset would be read in the local zone of whoever imports it.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!text.endsWith(QLatin1Char('Z')) && !zone.match(text).hasMatch()) {
        return std::nullopt;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toUTC();
}

std::optional<QDateTime> fromIsoUtc(QByteArrayView utf8)
{
    if (auto fast = fromUtcFast(utf8.size(),
                                [&utf8](qsizetype i) { return char16_t(uchar(utf8.at(i))); })) {
        return fast;
    }
    return fromIsoUtc(QString::fromUtf8(utf8));
}

QString jsonText(const Json &json)
{
    return QString::fromStdString(json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made one
    // after another sort one after another, so a million timeline events are appended to the
    // key index instead of scattered over it (random v4 ids cut inserts to a third).
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint16 sequence = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 counter = 0;
    {
        const std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            sequence = quint16((sequence + 1) & 0x0FFF);
            if (sequence == 0) { // 4096 ids in one millisecond: borrow the next one
                ms = ++lastMs;
            }
        } else {
            lastMs = ms;
            sequence = quint16(QRandomGenerator::global()->bounded(0x0800)); // room to count up
        }
        counter = sequence;
    }
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i) {
        bytes[i] = char((ms >> (40 - 8 * i)) & 0xFF);
    }
    bytes[6] = char(0x70 | ((counter >> 8) & 0x0F)); // version 7, counter high bits
    bytes[7] = char(counter & 0xFF);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i) {
        bytes[8 + i] = char((random >> (56 - 8 * i)) & 0xFF);
    }
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // variant 10
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

JsonReader::JsonReader(const Json &json, QString path)
    : m_json(json)
    , m_path(std::move(path))
{
    if (!m_json.is_object()) {
        throw ModelError(m_path,
                         QCoreApplication::translate("ModelError", "expected an object, found %1")
                             .arg(kindOf(m_json)));
    }
}

QString JsonReader::pathOf(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

bool JsonReader::has(const char *key) const
{
    return m_json.contains(key);
}

bool JsonReader::present(const char *key) const
{
    return m_json.contains(key) && !m_json.at(key).is_null();
}

const Json &JsonReader::field(const char *key) const
{
    if (!m_json.contains(key) || m_json.at(key).is_null()) {
        throw ModelError(pathOf(key), QCoreApplication::translate("ModelError", "is missing"));
    }
    return m_json.at(key);
}

QString JsonReader::string(const char *key) const
{
    const Json &value = field(key);
    if (!value.is_string()) {
        throw ModelError(pathOf(key),
                         QCoreApplication::translate("ModelError", "expected a string, found %1")
                             .arg(kindOf(value)));
    }
    return QString::fromStdString(value.get<std::string>());
}

QString JsonReader::optionalString(const char *key, const QString &fallback) const
{
    return has(key) && !m_json.at(key).is_null() ? string(key) : fallback;
}

QString JsonReader::id(const char *key) const
{
    const QString text = string(key);
    if (QUuid::fromString(text).isNull()) {
        throw ModelError(
            pathOf(key),
            QCoreApplication::translate("ModelError", "expected a UUID, found \"%1\"").arg(text));
    }
    return QUuid::fromString(text).toString(QUuid::WithoutBraces);
}

QString JsonReader::optionalId(const char *key) const
{
    return has(key) && !m_json.at(key).is_null() && !optionalString(key).isEmpty() ? id(key)
                                                                                   : QString();
}

QDateTime JsonReader::time(const char *key) const
{
    const QString text = string(key);
    const auto parsed = fromIsoUtc(text);
    if (!parsed) {
        throw ModelError(pathOf(key),
                         QCoreApplication::translate(
                             "ModelError", "expected an ISO 8601 time with a zone, found \"%1\"")
                             .arg(text));
    }
    return *parsed;
}

QDateTime JsonReader::optionalTime(const char *key) const
{
    return has(key) && !m_json.at(key).is_null() && !optionalString(key).isEmpty() ? time(key)
                                                                                   : QDateTime();
}

QDate JsonReader::date(const char *key) const
{
    const QString text = string(key);
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        throw ModelError(
            pathOf(key),
            QCoreApplication::translate("ModelError", "expected a date (YYYY-MM-DD), found \"%1\"")
                .arg(text));
    }
    return parsed;
}

QDate JsonReader::optionalDate(const char *key) const
{
    return has(key) && !m_json.at(key).is_null() && !optionalString(key).isEmpty() ? date(key)
                                                                                   : QDate();
}

bool JsonReader::boolean(const char *key, std::optional<bool> fallback) const
{
    if (fallback && (!has(key) || m_json.at(key).is_null())) {
        return *fallback;
    }
    const Json &value = field(key);
    if (!value.is_boolean()) {
        throw ModelError(pathOf(key), QCoreApplication::translate(
                                          "ModelError", "expected true or false, found %1")
                                          .arg(kindOf(value)));
    }
    return value.get<bool>();
}

qint64 JsonReader::integer(const char *key, std::optional<qint64> fallback) const
{
    if (fallback && (!has(key) || m_json.at(key).is_null())) {
        return *fallback;
    }
    const Json &value = field(key);
    if (!value.is_number_integer()) {
        throw ModelError(pathOf(key),
                         QCoreApplication::translate("ModelError", "expected an integer, found %1")
                             .arg(kindOf(value)));
    }
    return value.get<qint64>();
}

double JsonReader::number(const char *key, std::optional<double> fallback) const
{
    if (fallback && (!has(key) || m_json.at(key).is_null())) {
        return *fallback;
    }
    const Json &value = field(key);
    if (!value.is_number()) {
        throw ModelError(pathOf(key),
                         QCoreApplication::translate("ModelError", "expected a number, found %1")
                             .arg(kindOf(value)));
    }
    return value.get<double>();
}

QStringList JsonReader::strings(const char *key) const
{
    QStringList result;
    if (!has(key) || m_json.at(key).is_null()) {
        return result;
    }
    const Json &array = m_json.at(key);
    if (!array.is_array()) {
        throw ModelError(pathOf(key),
                         QCoreApplication::translate("ModelError", "expected an array of strings"));
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (!array.at(i).is_string()) {
            throw ModelError(
                QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i),
                QCoreApplication::translate("ModelError", "expected a string, found %1")
                    .arg(kindOf(array.at(i))));
        }
        result.append(QString::fromStdString(array.at(i).get<std::string>()));
    }
    return result;
}

QMap<QString, QString> JsonReader::stringMap(const char *key) const
{
    QMap<QString, QString> result;
    if (!has(key) || m_json.at(key).is_null()) {
        return result;
    }
    const Json &object = m_json.at(key);
    if (!object.is_object()) {
        throw ModelError(pathOf(key), QCoreApplication::translate("ModelError",
                                                                  "expected an object of strings"));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().is_string()) {
            throw ModelError(
                pathOf(key) + QLatin1Char('.') + QString::fromStdString(it.key()),
                QCoreApplication::translate("ModelError", "expected a string, found %1")
                    .arg(kindOf(it.value())));
        }
        result.insert(QString::fromStdString(it.key()),
                      QString::fromStdString(it.value().get<std::string>()));
    }
    return result;
}

Json JsonReader::object(const char *key) const
{
    if (!has(key) || m_json.at(key).is_null()) {
        return Json::object();
    }
    if (!m_json.at(key).is_object()) {
        throw ModelError(pathOf(key),
                         QCoreApplication::translate("ModelError", "expected an object, found %1")
                             .arg(kindOf(m_json.at(key))));
    }
    return m_json.at(key);
}

QString JsonReader::choice(const char *key, const QStringList &allowed) const
{
    QString value = string(key);
    if (!allowed.contains(value)) {
        throw ModelError(pathOf(key), QCoreApplication::translate(
                                          "ModelError", "expected one of %1, found \"%2\"")
                                          .arg(allowed.join(QStringLiteral(", ")), value));
    }
    return value;
}

void JsonReader::checkSchema(int supported) const
{
    const qint64 version = integer("schema");
    if (version < 1) {
        throw ModelError(pathOf("schema"), QCoreApplication::translate(
                                               "ModelError", "expected a positive schema version"));
    }
    if (version > supported) {
        throw ModelError(
            pathOf("schema"),
            QCoreApplication::translate("ModelError",
                                        "schema version %1 is newer than this Opsdeck reads (%2); "
                                        "update Opsdeck")
                .arg(version)
                .arg(supported));
    }
}

} // namespace opsdeck
