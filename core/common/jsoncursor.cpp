#include "common/jsoncursor.h"

namespace opsdeck {
namespace {

constexpr int MaxDigits = 15; // a double holds any such number exactly enough to agree

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c)) {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string *out, char32_t code)
{
    if (code < 0x80) {
        out->push_back(char(code));
    } else if (code < 0x800) {
        out->push_back(char(0xC0 | (code >> 6)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(char(0xE0 | (code >> 12)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (code >> 18)));
        out->push_back(char(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

JsonCursor::JsonCursor(QByteArrayView text)
    : m_at(text.data())
    , m_end(text.data() + text.size())
{}

bool JsonCursor::decline()
{
    m_declined = true;
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_at != m_end && isSpace(*m_at)) {
        ++m_at;
    }
}

bool JsonCursor::expect(char c)
{
    skipSpace();
    if (m_at == m_end || *m_at != c) {
        return decline();
    }
    ++m_at;
    return true;
}

JsonCursor::Kind JsonCursor::peek()
{
    skipSpace();
    if (m_at == m_end) {
        return Kind::End;
    }
    switch (*m_at) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
        return Kind::True;
    case 'f':
        return Kind::False;
    case 'n':
        return Kind::Null;
    default:
        return *m_at == '-' || isDigit(*m_at) ? Kind::Number : Kind::Other;
    }
}

bool JsonCursor::beginObject()
{
    return enter('{');
}

bool JsonCursor::beginArray()
{
    return enter('[');
}

bool JsonCursor::enter(char open)
{
    if (m_declined || m_depth == MaxDepth || !expect(open)) {
        return decline();
    }
    m_first[std::size_t(m_depth++)] = true;
    return true;
}

bool JsonCursor::nextInContainer(char close, bool *entered)
{
    *entered = false;
    if (m_declined || m_depth == 0) {
        return decline();
    }
    skipSpace();
    if (m_at == m_end) {
        return decline();
    }
    bool &first = m_first[std::size_t(m_depth - 1)];
    if (*m_at == close) {
        ++m_at;
        --m_depth;
        return true; // "[1,]" does not get here: the value after the comma declines first
    }
    if (!first && !expect(',')) {
        return false;
    }
    first = false;
    *entered = true;
    return true;
}

bool JsonCursor::nextMember(QByteArrayView *name)
{
    bool entered = false;
    if (!nextInContainer('}', &entered) || !entered) {
        return false;
    }
    skipSpace();
    std::string scratch;
    if (m_at == m_end || *m_at != '"' || !readString(name, &scratch) || !scratch.empty()) {
        // A name with escapes would live in `scratch`, gone on return: none of ours has them.
        return decline();
    }
    return expect(':');
}

bool JsonCursor::nextElement()
{
    bool entered = false;
    return nextInContainer(']', &entered) && entered;
}

bool JsonCursor::readString(QByteArrayView *value, std::string *scratch)
{
    if (!expect('"')) {
        return false;
    }
    const char *const start = m_at;
    bool ascii = true;
    for (; m_at != m_end; ++m_at) {
        const auto c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            const QByteArrayView text(start, m_at - start);
            ++m_at;
            if (!ascii && !text.isValidUtf8()) {
                return decline();
            }
            scratch->clear();
            *value = text;
            return true;
        }
        if (c == '\\') {
            return readEscapes(start, ascii, value, scratch);
        }
        if (c < 0x20) {
            return decline();
        }
        ascii = ascii && c < 0x80;
    }
    return decline();
}

bool JsonCursor::readEscapes(const char *from, bool ascii, QByteArrayView *value,
                             std::string *scratch)
{
    scratch->assign(from, std::size_t(m_at - from)); // `ascii`: whether this part is all ASCII
    while (m_at != m_end) {
        const auto c = static_cast<unsigned char>(*m_at++);
        if (c == '"') {
            if (!ascii && !QByteArrayView(*scratch).isValidUtf8()) {
                return decline();
            }
            *value = QByteArrayView(*scratch);
            return true;
        }
        if (c < 0x20) {
            return decline();
        }
        if (c != '\\') {
            ascii = ascii && c < 0x80;
            scratch->push_back(char(c));
            continue;
        }
        if (m_at == m_end) {
            return decline();
        }
        switch (*m_at++) {
        case '"':
            scratch->push_back('"');
            break;
        case '\\':
            scratch->push_back('\\');
            break;
        case '/':
            scratch->push_back('/');
            break;
        case 'b':
            scratch->push_back('\b');
            break;
        case 'f':
            scratch->push_back('\f');
            break;
        case 'n':
            scratch->push_back('\n');
            break;
        case 'r':
            scratch->push_back('\r');
            break;
        case 't':
            scratch->push_back('\t');
            break;
        case 'u': {
            const auto unit = [this]() -> int {
                if (m_end - m_at < 4) {
                    return -1;
                }
                int result = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(*m_at++);
                    if (digit < 0) {
                        return -1;
                    }
                    result = result * 16 + digit;
                }
                return result;
            };
            const int high = unit();
            if (high < 0 || (high >= 0xDC00 && high <= 0xDFFF)) {
                return decline();
            }
            char32_t code = char32_t(high);
            if (high >= 0xD800 && high <= 0xDBFF) {
                // Only a pair makes a character; a lone half is left to the full reader.
                if (m_end - m_at < 6 || m_at[0] != '\\' || m_at[1] != 'u') {
                    return decline();
                }
                m_at += 2;
                const int low = unit();
                if (low < 0xDC00 || low > 0xDFFF) {
                    return decline();
                }
                code = 0x10000 + ((char32_t(high) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            }
            appendUtf8(scratch, code);
            break;
        }
        default:
            return decline();
        }
    }
    return decline();
}

bool JsonCursor::skipNumber()
{
    skipSpace();
    if (m_at != m_end && *m_at == '-') {
        ++m_at;
    }
    const auto digits = [this]() {
        int count = 0;
        while (m_at != m_end && isDigit(*m_at)) {
            ++m_at;
            ++count;
        }
        return count;
    };
    if (m_at != m_end && *m_at == '0') {
        ++m_at;
    } else {
        const int count = digits();
        if (count == 0 || count > MaxDigits) {
            return decline();
        }
    }
    if (m_at != m_end && *m_at == '.') {
        ++m_at;
        const int count = digits();
        if (count == 0 || count > MaxDigits) {
            return decline();
        }
    }
    if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
        return decline();
    }
    return true;
}

bool JsonCursor::readNumber(QByteArrayView *text)
{
    skipSpace();
    const char *from = m_at;
    if (!skipNumber()) {
        return false;
    }
    *text = QByteArrayView(from, m_at - from);
    return true;
}

bool JsonCursor::skipLiteral(QByteArrayView word)
{
    skipSpace();
    if (m_end - m_at < word.size() || QByteArrayView(m_at, word.size()) != word) {
        return decline();
    }
    m_at += word.size();
    return true;
}

bool JsonCursor::skipValue()
{
    if (m_declined) {
        return false;
    }
    switch (peek()) {
    case Kind::Object: {
        beginObject();
        QByteArrayView name;
        while (nextMember(&name)) {
            skipValue();
        }
        return !m_declined;
    }
    case Kind::Array:
        beginArray();
        while (nextElement()) {
            skipValue();
        }
        return !m_declined;
    case Kind::String: {
        QByteArrayView text;
        std::string scratch;
        return readString(&text, &scratch);
    }
    case Kind::Number:
        return skipNumber();
    case Kind::True:
        return skipLiteral("true");
    case Kind::False:
        return skipLiteral("false");
    case Kind::Null:
        return skipLiteral("null");
    case Kind::End:
    case Kind::Other:
        break;
    }
    return decline();
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return m_at == m_end;
}

} // namespace opsdeck
