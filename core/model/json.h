#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

// JSON for Qt value types, and reading documents from outside with errors that name the field.
namespace opsdeck {

using Json = nlohmann::json;

// What is wrong with a document, and where: `path` is like "incidents[3].severity".
class ModelError : public std::runtime_error {
public:
    ModelError(QString path, QString message);
    const QString &path() const { return m_path; }
    const QString &message() const { return m_message; }
    QString text() const; // "incidents[3].severity: expected one of SEV1, SEV2, SEV3, SEV4"

private:
    QString m_path;
    QString m_message;
};

// Times are stored in UTC with milliseconds: "2026-11-21T05:14:37.123Z".
QString toIsoUtc(const QDateTime &time);
std::optional<QDateTime> fromIsoUtc(const QString &text);
std::optional<QDateTime> fromIsoUtc(QByteArrayView utf8); // the same, from UTF-8 bytes

QString newId(); // a time-ordered UUID (version 7) without braces

// A JSON document as compact text. Bytes that are not UTF-8 (captured command output, say)
// become U+FFFD instead of failing the write.
QString jsonText(const Json &json);

// The enumerator named `name` in `names` (listed in enumerator order), or none.
template <typename Enum>
std::optional<Enum> enumFromName(const QStringList &names, const QString &name)
{
    const qsizetype index = names.indexOf(name);
    return index < 0 ? std::nullopt : std::optional<Enum>(Enum(index));
}

// Reads one JSON object; every failure throws ModelError naming the field's path. It refers to
// `json`, which must outlive it.
class JsonReader {
public:
    JsonReader(const Json &json, QString path);
    JsonReader(Json &&, QString) = delete; // would refer to a temporary

    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;
    bool has(const char *key) const;
    bool present(const char *key) const; // there and not null

    QString string(const char *key) const;
    QString optionalString(const char *key, const QString &fallback = {}) const;
    QString id(const char *key) const; // a UUID
    QString optionalId(const char *key) const;
    QDateTime time(const char *key) const;
    QDateTime optionalTime(const char *key) const; // invalid when absent or null
    QDate date(const char *key) const;
    QDate optionalDate(const char *key) const;
    bool boolean(const char *key, std::optional<bool> fallback = std::nullopt) const;
    qint64 integer(const char *key, std::optional<qint64> fallback = std::nullopt) const;
    double number(const char *key, std::optional<double> fallback = std::nullopt) const;
    QStringList strings(const char *key) const;              // absent: empty
    QMap<QString, QString> stringMap(const char *key) const; // absent: empty
    Json object(const char *key) const;                      // absent: {}

    // One of `allowed`, compared exactly.
    QString choice(const char *key, const QStringList &allowed) const;

    // A closed set stored by name: the enumerator whose index `names` holds the field's value.
    template <typename Enum>
    Enum enumeration(const char *key, const QStringList &names) const
    {
        return Enum(names.indexOf(choice(key, names)));
    }

    // Each element of an array (absent: none), read by `read(reader)`.
    template <typename T, typename Read>
    QList<T> list(const char *key, Read read) const
    {
        QList<T> result;
        if (!has(key) || m_json.at(key).is_null()) {
            return result;
        }
        const Json &array = m_json.at(key);
        if (!array.is_array()) {
            throw ModelError(pathOf(key), QStringLiteral("expected an array"));
        }
        for (std::size_t i = 0; i < array.size(); ++i) {
            result.append(
                read(JsonReader(array.at(i), QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i))));
        }
        return result;
    }

    // The schema version of a persisted document: present, an integer, not newer than ours.
    void checkSchema(int supported) const;

private:
    const Json &field(const char *key) const;

    const Json &m_json;
    QString m_path;
};

} // namespace opsdeck

// nlohmann conversions for the Qt types the model uses (to_json/from_json are nlohmann's names).
// NOLINTBEGIN(readability-identifier-naming)
namespace nlohmann {

template <>
struct adl_serializer<QString> {
    static void to_json(json &j, const QString &value) { j = value.toStdString(); }
    static void from_json(const json &j, QString &value)
    {
        value = QString::fromStdString(j.get<std::string>());
    }
};

template <>
struct adl_serializer<QStringList> {
    static void to_json(json &j, const QStringList &value)
    {
        j = json::array();
        for (const QString &item : value) {
            j.push_back(item.toStdString());
        }
    }
};

template <>
struct adl_serializer<QMap<QString, QString>> {
    static void to_json(json &j, const QMap<QString, QString> &value)
    {
        j = json::object();
        for (auto it = value.cbegin(); it != value.cend(); ++it) {
            j[it.key().toStdString()] = it.value().toStdString();
        }
    }
};

} // namespace nlohmann
// NOLINTEND(readability-identifier-naming)
