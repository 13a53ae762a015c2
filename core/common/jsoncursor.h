#pragma once

#include <QByteArrayView>

#include <array>
#include <string>

namespace opsdeck {

// Reads JSON text in place, token by token, for the hot paths that would otherwise build a
// document for every element (100,000 alerts a poll). It reads only a plain subset of JSON:
// strings whose escapes are the RFC 8259 ones (no lone surrogates, no raw control characters),
// valid UTF-8, numbers without an exponent and of at most 15 digits each side of the point,
// nesting up to 64 deep. At anything else it stops and says declined(): the caller then hands the
// text to a full reader, which gives the verdict and the message naming where. What the cursor
// reads, QJsonDocument reads alike (the alertmanager_alerts fuzz target holds it to that).
class JsonCursor {
public:
    enum class Kind { Object, Array, String, Number, True, False, Null, End, Other };

    explicit JsonCursor(QByteArrayView text);

    bool declined() const { return m_declined; }
    // What the next value is, after white space; End when none is left, Other when it is not
    // a value. Reads nothing.
    Kind peek();

    // '{': then nextMember() until it returns false (at the '}' or on declining).
    bool beginObject();
    // The next member's name, read up to its ':', its value next to read.
    bool nextMember(QByteArrayView *name);
    // '[': then nextElement() until it returns false (at the ']' or on declining).
    bool beginArray();
    bool nextElement();

    // A string value. The view is of the text itself, or of `scratch` if the string holds escapes.
    bool readString(QByteArrayView *value, std::string *scratch);
    // A number value's text, for std::from_chars.
    bool readNumber(QByteArrayView *text);
    // Any value, checked as it is passed over.
    bool skipValue();
    // True when only white space is left.
    bool atEnd();

private:
    static constexpr int MaxDepth = 64;

    bool decline();
    void skipSpace();
    bool expect(char c);
    bool skipNumber();
    bool skipLiteral(QByteArrayView word);
    bool readEscapes(const char *from, bool ascii, QByteArrayView *value, std::string *scratch);
    bool enter(char open);
    bool nextInContainer(char close, bool *entered);

    const char *m_at;
    const char *m_end;
    std::array<bool, MaxDepth> m_first{}; // whether the container at each depth has had an entry
    int m_depth = 0;
    bool m_declined = false;
};

} // namespace opsdeck
