#include "common/jsonarraystream.h"

#include <QCoreApplication>

#include <cstring>

namespace opsdeck {
namespace {

constexpr qsizetype HeadBytes = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// lupdate files the class's tr() calls under its qualified name: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("opsdeck::JsonArrayStream", text);
}

} // namespace

bool JsonArrayStream::fail(const QString &error, qint64 offset)
{
    m_state = State::Failed;
    m_error = error;
    m_errorOffset = offset;
    m_pending.clear();
    return false;
}

bool JsonArrayStream::scanElement(const char *data, qsizetype size)
{
    qsizetype at = m_scan;
    // Where the next quote is: a string full of escapes must not search for it again at each
    // one, or the time would grow with the square of the string's length.
    qsizetype quote = -1;
    while (at < size) {
        if (m_escaped) {
            m_escaped = false;
            ++at;
            continue;
        }
        if (m_inString) {
            if (quote < at) {
                const void *found = std::memchr(data + at, '"', size_t(size - at));
                quote =
                    found != nullptr ? qsizetype(static_cast<const char *>(found) - data) : size;
            }
            const void *backslash = std::memchr(data + at, '\\', size_t(quote - at));
            if (backslash != nullptr) {
                at = qsizetype(static_cast<const char *>(backslash) - data) + 1;
                m_escaped = true;
                continue;
            }
            at = quote;
            if (at == size) {
                break;
            }
            m_inString = false;
            ++at;
            if (m_depth == 0) { // a string element ends with its quote
                m_scan = at;
                return true;
            }
            continue;
        }
        const char c = data[at];
        if (m_scalar) {
            if (c == ',' || c == ']' || isSpace(c)) {
                m_scan = at;
                return true;
            }
        } else if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if ((c == '}' || c == ']') && --m_depth == 0) {
            m_scan = at + 1;
            return true;
        }
        ++at;
    }
    m_scan = at;
    return false;
}

bool JsonArrayStream::feed(QByteArrayView bytes, const ElementSink &element)
{
    if (m_head.size() < HeadBytes) {
        m_head.append(bytes.first(std::min(bytes.size(), HeadBytes - m_head.size())));
    }
    if (m_state == State::Failed) {
        return false;
    }
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    m_scan = 0;
    if (!m_pending.isEmpty()) {
        // An element begun in an earlier piece: find its end in this one and hand it over
        // whole. Only such elements are copied; the rest are read where they arrived.
        const bool complete = scanElement(data, size);
        m_pending.append(data, complete ? m_scan : size);
        if (!complete) {
            m_offset += size;
            return true;
        }
        element(QByteArrayView(m_pending), m_pendingOffset);
        ++m_elements;
        m_afterComma = false;
        m_state = State::AfterElement;
        m_pending.resize(0);
    }
    while (m_scan < size) {
        const char c = data[m_scan];
        const qint64 where = m_offset + m_scan;
        switch (m_state) {
        case State::BeforeArray:
            if (isSpace(c)) {
                ++m_scan;
                break;
            }
            m_start = c == '['   ? Start::Array
                      : c == '{' ? Start::Object
                      : c == '<' ? Start::Html
                                 : Start::Other;
            if (m_start != Start::Array) {
                return fail(tr("expected a JSON array"), where);
            }
            m_state = State::BeforeElement;
            ++m_scan;
            break;
        case State::BeforeElement:
            if (isSpace(c)) {
                ++m_scan;
            } else if (c == ']') {
                if (m_afterComma) {
                    return fail(tr("a value is missing after the comma"), where);
                }
                m_state = State::AfterArray;
                ++m_scan;
            } else if (c == ',') {
                return fail(tr("a value is missing before the comma"), where);
            } else {
                m_elementStart = m_scan;
                m_depth = (c == '{' || c == '[') ? 1 : 0;
                m_inString = c == '"';
                m_scalar = m_depth == 0 && !m_inString;
                m_state = State::InElement;
                ++m_scan;
                if (m_scalar && (c == '}' || c == ':')) {
                    return fail(tr("unexpected '%1'").arg(QLatin1Char(c)), where);
                }
            }
            break;
        case State::InElement:
            if (scanElement(data, size)) {
                element(QByteArrayView(data + m_elementStart, m_scan - m_elementStart),
                        m_offset + m_elementStart);
                ++m_elements;
                m_afterComma = false;
                m_state = State::AfterElement;
            }
            break;
        case State::AfterElement:
            if (isSpace(c)) {
                ++m_scan;
            } else if (c == ',') {
                m_afterComma = true;
                m_state = State::BeforeElement;
                ++m_scan;
            } else if (c == ']') {
                m_state = State::AfterArray;
                ++m_scan;
            } else {
                return fail(tr("expected ',' or ']' after an element of the array"), where);
            }
            break;
        case State::AfterArray:
            if (!isSpace(c)) {
                return fail(tr("more text after the array"), where);
            }
            ++m_scan;
            break;
        case State::Failed:
            return false;
        }
    }
    if (m_state == State::InElement) {
        // Keep the element still arriving, and nothing else.
        m_pending.append(data + m_elementStart, size - m_elementStart);
        m_pendingOffset = m_offset + m_elementStart;
    }
    m_offset += size;
    return true;
}

bool JsonArrayStream::finish()
{
    if (m_state == State::Failed) {
        return false;
    }
    // A number as the last thing of a cut answer ("[1, 2") is complete, but its array is not.
    switch (m_state) {
    case State::AfterArray:
        return true;
    case State::BeforeArray:
        return fail(tr("the answer is empty"), m_offset);
    default:
        return fail(tr("the answer ends before its array is closed"), m_offset);
    }
}

} // namespace opsdeck
