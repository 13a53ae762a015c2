#include "alarms/alerttextreader.h"

#include "alarms/alertparser.h"
#include "common/jsoncursor.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace opsdeck {
namespace {

std::string_view viewOf(QByteArrayView bytes)
{
    return {bytes.data(), std::size_t(bytes.size())};
}

// The members of the alert (and of its status) this reader takes; each may come only once.
enum class Member : unsigned {
    Labels = 1U << 0U,
    Annotations = 1U << 1U,
    Fingerprint = 1U << 2U,
    StartsAt = 1U << 3U,
    EndsAt = 1U << 4U,
    UpdatedAt = 1U << 5U,
    GeneratorUrl = 1U << 6U,
    Status = 1U << 7U,
    State = 1U << 8U,
    SilencedBy = 1U << 9U,
    InhibitedBy = 1U << 10U,
    Other = 0,
};

Member memberOf(QByteArrayView name)
{
    static const std::unordered_map<std::string_view, Member> members = {
        {"labels", Member::Labels},
        {"annotations", Member::Annotations},
        {"fingerprint", Member::Fingerprint},
        {"startsAt", Member::StartsAt},
        {"endsAt", Member::EndsAt},
        {"updatedAt", Member::UpdatedAt},
        {"generatorURL", Member::GeneratorUrl},
        {"status", Member::Status},
        {"state", Member::State},
        {"silencedBy", Member::SilencedBy},
        {"inhibitedBy", Member::InhibitedBy},
    };
    const auto found = members.find(viewOf(name));
    return found == members.end() ? Member::Other : found->second;
}

// Reads one alert's members; every method returns false where the full reading must decide.
class AlertReading {
public:
    AlertReading(QByteArrayView text, AlertTextPool &pool)
        : m_cursor(text)
        , m_pool(pool)
    {}

    bool read(Alert *alert)
    {
        QByteArrayView name;
        QByteArrayView value;
        if (!m_cursor.beginObject()) {
            return false;
        }
        unsigned seen = 0;
        bool started = false;
        while (m_cursor.nextMember(&name)) {
            const Member member = memberOf(name);
            if (!once(member, &seen)) {
                return false;
            }
            bool ok = true;
            switch (member) {
            case Member::Labels:
                ok = stringMap(&alert->labels);
                break;
            case Member::Annotations:
                ok = stringMap(&alert->annotations);
                break;
            case Member::Fingerprint:
                ok = stringOrEmpty(&value);
                alert->fingerprint = QString::fromUtf8(value);
                break;
            case Member::StartsAt:
                ok = time(&alert->startsAt) && alert->startsAt.isValid();
                started = true;
                break;
            case Member::EndsAt:
                ok = time(&alert->endsAt);
                break;
            case Member::UpdatedAt:
                ok = time(&alert->updatedAt);
                break;
            case Member::GeneratorUrl:
                ok = stringOrEmpty(&value);
                alert->generatorUrl = m_pool.value("generatorURL", value);
                break;
            case Member::Status:
                ok = status(alert);
                break;
            case Member::State:
            case Member::SilencedBy:
            case Member::InhibitedBy:
            case Member::Other:
                ok = m_cursor.skipValue();
                break;
            }
            if (!ok) {
                return false;
            }
        }
        if (m_cursor.declined() || !m_cursor.atEnd() || !started) {
            return false;
        }
        if (alert->fingerprint.isEmpty()) {
            alert->fingerprint = AlertParser::fingerprint(alert->labels);
        }
        return true;
    }

private:
    static bool once(Member member, unsigned *seen)
    {
        const auto bit = unsigned(member);
        if ((*seen & bit) != 0) {
            return false; // which one counts is the full reader's to say
        }
        *seen |= bit;
        return true;
    }

    bool stringMap(QMap<QString, QString> *map)
    {
        if (m_cursor.peek() == JsonCursor::Kind::Null) {
            return m_cursor.skipValue();
        }
        if (m_cursor.peek() != JsonCursor::Kind::Object || !m_cursor.beginObject()) {
            return false;
        }
        QByteArrayView name;
        QByteArrayView value;
        while (m_cursor.nextMember(&name)) {
            if (m_cursor.peek() != JsonCursor::Kind::String) {
                return false;
            }
            const QString key = m_pool.name(name);
            if (!m_cursor.readString(&value, &m_scratch)) {
                return false;
            }
            const qsizetype before = map->size();
            map->insert(key, m_pool.value(name, value));
            if (map->size() == before) {
                return false; // a label given twice
            }
        }
        return !m_cursor.declined();
    }

    // What QJsonValue::toString() reads: the string, or an empty one for any other value.
    bool stringOrEmpty(QByteArrayView *value)
    {
        if (m_cursor.peek() != JsonCursor::Kind::String) {
            *value = {};
            return m_cursor.skipValue();
        }
        return m_cursor.readString(value, &m_scratch);
    }

    bool time(QDateTime *time)
    {
        const JsonCursor::Kind kind = m_cursor.peek();
        if (kind == JsonCursor::Kind::Null) {
            return m_cursor.skipValue();
        }
        QByteArrayView value;
        if (kind != JsonCursor::Kind::String || !m_cursor.readString(&value, &m_scratch)) {
            return false;
        }
        const auto parsed = fromIsoUtc(value);
        if (!parsed) {
            return false;
        }
        *time = *parsed;
        return true;
    }

    bool strings(QStringList *list)
    {
        if (m_cursor.peek() != JsonCursor::Kind::Array) {
            return m_cursor.skipValue();
        }
        m_cursor.beginArray();
        QByteArrayView text;
        while (m_cursor.nextElement()) {
            if (!stringOrEmpty(&text)) {
                return false;
            }
            list->append(QString::fromUtf8(text));
        }
        return !m_cursor.declined();
    }

    bool status(Alert *alert)
    {
        if (m_cursor.peek() != JsonCursor::Kind::Object) {
            return m_cursor.skipValue();
        }
        m_cursor.beginObject();
        QByteArrayView name;
        unsigned seen = 0;
        while (m_cursor.nextMember(&name)) {
            const Member member = memberOf(name);
            if (!once(member, &seen)) {
                return false;
            }
            bool ok = true;
            switch (member) {
            case Member::State: {
                QByteArrayView state;
                ok = stringOrEmpty(&state);
                alert->state = state == "suppressed"    ? Alert::State::Suppressed
                               : state == "unprocessed" ? Alert::State::Unprocessed
                                                        : Alert::State::Active;
                break;
            }
            case Member::SilencedBy:
                ok = strings(&alert->silencedBy);
                break;
            case Member::InhibitedBy:
                ok = strings(&alert->inhibitedBy);
                break;
            default:
                ok = m_cursor.skipValue();
                break;
            }
            if (!ok) {
                return false;
            }
        }
        return !m_cursor.declined();
    }

    JsonCursor m_cursor;
    AlertTextPool &m_pool;
    std::string m_scratch;
};

} // namespace

std::optional<Alert> readAlertmanagerAlert(QByteArrayView text, const QStringList &sources,
                                           AlertTextPool &pool)
{
    Alert alert;
    if (!AlertReading(text, pool).read(&alert)) {
        return std::nullopt;
    }
    alert.sources = sources;
    return alert;
}

} // namespace opsdeck
