#include "alarms/alertanswerreader.h"

#include "common/jsonarraystream.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace opsdeck {

struct AlertmanagerAnswerSplitter::State {
    qsizetype batchBytes;
    JsonArrayStream stream;
    AlertTexts batch;

    void add(const QByteArray &piece, QByteArrayView text, qint64 offset, const BatchSink &sink)
    {
        if (batch.texts.isEmpty()) {
            batch.firstIndex = stream.elementCount(); // counts the texts before this one
        }
        const char *const begin = piece.constData();
        const bool inPiece =
            text.data() >= begin && text.data() + text.size() <= begin + piece.size();
        if (!inPiece) {
            // Begun in an earlier piece: the stream joined it, in a buffer it reuses.
            batch.pieces.append(text.toByteArray());
            batch.texts.append({batch.pieces.size() - 1, 0, text.size(), offset});
        } else {
            if (batch.pieces.isEmpty() || batch.pieces.last().constData() != begin) {
                batch.pieces.append(piece);
            }
            batch.texts.append({batch.pieces.size() - 1, text.data() - begin, text.size(), offset});
        }
        batch.bytes += text.size();
        if (batch.bytes >= batchBytes) {
            sink(std::exchange(batch, {}));
        }
    }

    QString streamError() const
    {
        switch (stream.start()) {
        case JsonArrayStream::Start::Html:
            return QCoreApplication::translate("AlertParser",
                                               "the answer is HTML, not JSON (starts with \"%1\")")
                .arg(QString::fromUtf8(stream.head().left(60)).simplified());
        case JsonArrayStream::Start::Object:
            return QCoreApplication::translate("AlertParser",
                                               "expected a JSON array of alerts, found %1")
                .arg(QStringLiteral("object"));
        case JsonArrayStream::Start::Unknown:
            return QCoreApplication::translate("AlertParser", "the answer is empty");
        case JsonArrayStream::Start::Array:
        case JsonArrayStream::Start::Other:
            break;
        }
        return AlertParser::notJson(stream.error(), stream.errorOffset());
    }
};

AlertmanagerAnswerSplitter::AlertmanagerAnswerSplitter(qsizetype batchBytes)
    : m_state(std::make_unique<State>())
{
    m_state->batchBytes = std::max(qsizetype{1}, batchBytes);
}

AlertmanagerAnswerSplitter::~AlertmanagerAnswerSplitter() = default;

void AlertmanagerAnswerSplitter::feed(const QByteArray &piece, const BatchSink &sink)
{
    // Fed on after a fault too: the message quotes the answer's first bytes ("<html>…").
    m_state->stream.feed(piece, [this, &piece, &sink](QByteArrayView text, qint64 offset) {
        m_state->add(piece, text, offset, sink);
    });
}

QString AlertmanagerAnswerSplitter::finish(const BatchSink &sink)
{
    if (!m_state->batch.texts.isEmpty()) {
        sink(std::exchange(m_state->batch, {}));
    }
    // A fault found while feeding is kept by the stream.
    return m_state->stream.finish() ? QString() : m_state->streamError();
}

AlertmanagerAnswerReader::AlertmanagerAnswerReader(const QString &backendId, AlertParseCache *cache)
    : m_backendId(backendId)
    , m_cache(cache)
{}

AlertmanagerAnswerReader::~AlertmanagerAnswerReader() = default;

void AlertmanagerAnswerReader::parse(const AlertTexts &texts)
{
    // A bad text ends the answer: the batches after it need no reading.
    if (m_batches.isEmpty() || m_batches.last().error.isEmpty()) {
        m_batches.append(AlertParser::parseTexts(texts, m_backendId, m_cache));
    }
}

void AlertmanagerAnswerReader::feed(const QByteArray &bytes)
{
    m_splitter.feed(bytes, [this](const AlertTexts &texts) { parse(texts); });
}

void AlertmanagerAnswerReader::feed(QByteArrayView bytes)
{
    feed(bytes.toByteArray()); // the batches keep their pieces; `bytes` is the caller's
}

ParsedAlerts AlertmanagerAnswerReader::finish()
{
    const QString answerError =
        m_splitter.finish([this](const AlertTexts &texts) { parse(texts); });
    return AlertParser::join(std::exchange(m_batches, {}), answerError, m_cache);
}

} // namespace opsdeck
