#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace opsdeck {

// Splits a top-level JSON array that arrives in pieces ("[{…},{…}]" read off the network) into
// the texts of its elements, without parsing them: each element is handed over as soon as its
// last byte has arrived, so the reader parses while the rest is still on its way and never
// holds the whole answer. Time is linear in the bytes fed; only the current element is kept.
//
// It checks the array's own punctuation (brackets, commas, strings, what follows the array);
// an element's inside is for its reader to check. `offset` counts bytes from the answer's
// start, so a reader can name where an element's problem is.
class JsonArrayStream {
public:
    // What the answer turned out to be, decided by its first byte that is not white space.
    enum class Start { Unknown, Array, Object, Html, Other };
    using ElementSink = std::function<void(QByteArrayView text, qint64 offset)>;

    // Feeds the next bytes. Returns false once the text is no longer an array of values;
    // error() then says why and errorOffset() where. Elements complete before the fault have
    // been handed to `element` already; later bytes only complete head().
    bool feed(QByteArrayView bytes, const ElementSink &element);
    // The answer has ended: false if the array was not closed.
    bool finish();

    Start start() const { return m_start; }
    // The first bytes of the answer, for messages ("starts with <html>…").
    const QByteArray &head() const { return m_head; }
    const QString &error() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    qint64 elementCount() const { return m_elements; }

private:
    enum class State { BeforeArray, BeforeElement, InElement, AfterElement, AfterArray, Failed };

    bool fail(const QString &error, qint64 offset);
    // Scans the current element from m_scan; true when its last byte is found.
    bool scanElement(const char *data, qsizetype size);

    State m_state = State::BeforeArray;
    Start m_start = Start::Unknown;
    QByteArray m_head;
    QByteArray m_pending;       // an element begun in an earlier piece, from its first byte
    qint64 m_pendingOffset = 0; // of m_pending's first byte in the answer
    qint64 m_offset = 0;        // of the current piece's first byte in the answer
    qsizetype m_scan = 0;       // next byte of the current piece to look at
    qsizetype m_elementStart = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_scalar = false;     // the element is a number or literal: it ends at , ] or space
    bool m_afterComma = false; // "[1,]" is not JSON
    qint64 m_elements = 0;
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace opsdeck
