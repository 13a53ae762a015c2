#pragma once

#include "common/jsoncursor.h"

#include <QByteArrayView>

#include <charconv>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace opsdeck::json {

// Two readers of JSON with one interface, for a walk written once as a template over them:
// CursorReader reads the text token by token (fast, declining what JsonCursor does not read);
// DocumentReader reads a parsed document the same way (for the declined text). A walk checks
// each value's kind with peek() before reading it.
using Kind = JsonCursor::Kind;
using Json = nlohmann::json;

// JsonCursor's reading, with numbers as doubles.
class CursorReader {
public:
    explicit CursorReader(QByteArrayView text)
        : m_cursor(text)
    {}
    Kind peek() { return m_cursor.peek(); }
    bool beginObject() { return m_cursor.beginObject(); }
    bool nextMember(QByteArrayView *name) { return m_cursor.nextMember(name); }
    bool beginArray() { return m_cursor.beginArray(); }
    bool nextElement() { return m_cursor.nextElement(); }
    bool readString(QByteArrayView *value, std::string *scratch)
    {
        return m_cursor.readString(value, scratch);
    }
    bool readDouble(double *value)
    {
        QByteArrayView text;
        if (!m_cursor.readNumber(&text)) {
            return false;
        }
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
        return error == std::errc() && end == text.data() + text.size();
    }
    bool skipValue() { return m_cursor.skipValue(); }
    bool declined() const { return m_cursor.declined(); }
    bool atEnd() { return m_cursor.atEnd(); }

private:
    JsonCursor m_cursor;
};

// The same reading over a parsed document: for what the cursor declines (numbers with an
// exponent, say). Every step of it succeeds once the kind has been checked.
class DocumentReader {
public:
    explicit DocumentReader(const Json &root)
        : m_next(&root)
    {}
    Kind peek() const
    {
        if (m_next == nullptr) {
            return Kind::End;
        }
        switch (m_next->type()) {
        case Json::value_t::object:
            return Kind::Object;
        case Json::value_t::array:
            return Kind::Array;
        case Json::value_t::string:
            return Kind::String;
        case Json::value_t::boolean:
            return m_next->get<bool>() ? Kind::True : Kind::False;
        case Json::value_t::null:
            return Kind::Null;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return Kind::Number;
        default:
            return Kind::Other;
        }
    }
    bool beginObject() { return enter(); }
    bool nextMember(QByteArrayView *name)
    {
        Frame &frame = m_frames.back();
        if (frame.object == frame.container->cend()) {
            m_frames.pop_back();
            m_next = nullptr;
            return false;
        }
        *name = QByteArrayView(frame.object.key().data(), qsizetype(frame.object.key().size()));
        m_next = &frame.object.value();
        ++frame.object;
        return true;
    }
    bool beginArray() { return enter(); }
    bool nextElement()
    {
        Frame &frame = m_frames.back();
        if (frame.index == frame.container->size()) {
            m_frames.pop_back();
            m_next = nullptr;
            return false;
        }
        m_next = &frame.container->at(frame.index++);
        return true;
    }
    bool readString(QByteArrayView *value, std::string *scratch)
    {
        *scratch = m_next->get<std::string>();
        *value = QByteArrayView(scratch->data(), qsizetype(scratch->size()));
        return true;
    }
    bool readDouble(double *value)
    {
        *value = m_next->get<double>();
        return true;
    }
    static bool skipValue() { return true; }
    static bool declined() { return false; }
    static bool atEnd() { return true; }

private:
    struct Frame {
        const Json *container;
        Json::const_iterator object;
        std::size_t index = 0;
    };
    bool enter()
    {
        m_frames.push_back({m_next, m_next->cbegin()});
        return true;
    }

    const Json *m_next;
    std::vector<Frame> m_frames;
};

} // namespace opsdeck::json
