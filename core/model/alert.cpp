#include "model/alert.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace opsdeck {

QStringList Alert::stateNames()
{
    return {QStringLiteral("active"), QStringLiteral("suppressed"), QStringLiteral("unprocessed"),
            QStringLiteral("pending"), QStringLiteral("firing")};
}

namespace {

// A JSON string as nlohmann's dump() writes it: UTF-8 kept, quote, backslash and control
// characters escaped (\u00XX in lower-case hex where there is no short form).
void appendString(std::string &out, const std::string &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.push_back(Hex[(static_cast<unsigned char>(c) >> 4) & 0xF]);
                out.push_back(Hex[static_cast<unsigned char>(c) & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

// Almost every text of an alert is printable ASCII without quotes or backslashes: that is
// copied as it is, without a UTF-8 copy first; anything else takes the path above.
void appendString(std::string &out, const QString &text)
{
    const std::size_t start = out.size();
    out.resize(start + std::size_t(text.size()) + 2);
    char *write = out.data() + start;
    *write++ = '"';
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\') {
            out.resize(start);
            appendString(out, text.toStdString());
            return;
        }
        *write++ = char(unit);
    }
    *write = '"';
}

void appendStrings(std::string &out, const QStringList &texts)
{
    out.push_back('[');
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0) {
            out.push_back(',');
        }
        appendString(out, texts.at(i));
    }
    out.push_back(']');
}

// An object's members in the order nlohmann keeps them: by the bytes of their UTF-8 names. That
// is QMap's order for almost every name; where it is not (or two names become one in UTF-8),
// they are sorted and merged as nlohmann would, the later value winning.
void appendMap(std::string &out, const QMap<QString, QString> &map)
{
    // Below U+D800, UTF-16 order is code point order is UTF-8 byte order: QMap's order.
    const bool plainNames = std::all_of(map.keyBegin(), map.keyEnd(), [](const QString &name) {
        return std::all_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.unicode() < 0xd800; });
    });
    if (plainNames) {
        out.push_back('{');
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it != map.cbegin()) {
                out.push_back(',');
            }
            appendString(out, it.key());
            out.push_back(':');
            appendString(out, it.value());
        }
        out.push_back('}');
        return;
    }
    std::vector<std::pair<std::string, std::string>> members;
    members.reserve(std::size_t(map.size()));
    bool ordered = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        members.emplace_back(it.key().toStdString(), it.value().toStdString());
        ordered = ordered &&
                  (members.size() == 1 || members[members.size() - 2].first < members.back().first);
    }
    if (!ordered) {
        std::map<std::string, std::string> sorted;
        for (auto &[name, value] : members) {
            sorted[name] = std::move(value);
        }
        members.assign(std::make_move_iterator(sorted.begin()),
                       std::make_move_iterator(sorted.end()));
    }
    out.push_back('{');
    bool first = true;
    for (const auto &[name, value] : members) {
        if (!first) {
            out.push_back(',');
        }
        first = false;
        appendString(out, name);
        out.push_back(':');
        appendString(out, value);
    }
    out.push_back('}');
}

void appendOptionalTime(std::string &out, const QDateTime &time)
{
    if (time.isValid()) {
        appendString(out, toIsoUtc(time));
    } else {
        out.append("null");
    }
}

} // namespace

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

void Alert::appendJsonText(std::string &out) const
{
    // The members in nlohmann's order (by name), as toJson().dump() writes them.
    out.append("{\"annotations\":");
    appendMap(out, annotations);
    out.append(",\"endsAt\":");
    appendOptionalTime(out, endsAt);
    out.append(",\"fingerprint\":");
    appendString(out, fingerprint);
    out.append(",\"generatorURL\":");
    appendString(out, generatorUrl);
    out.append(",\"inhibitedBy\":");
    appendStrings(out, inhibitedBy);
    out.append(",\"labels\":");
    appendMap(out, labels);
    out.append(",\"schema\":");
    out.append(std::to_string(SchemaVersion));
    out.append(",\"silencedBy\":");
    appendStrings(out, silencedBy);
    out.append(",\"sources\":");
    appendStrings(out, sources);
    out.append(",\"startsAt\":");
    appendString(out, toIsoUtc(startsAt));
    static const QStringList names = stateNames();
    out.append(",\"state\":");
    appendString(out, names.at(int(state)));
    out.append(",\"updatedAt\":");
    appendOptionalTime(out, updatedAt);
    out.push_back('}');
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
