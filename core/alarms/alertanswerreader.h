#pragma once

#include "alarms/alertparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace opsdeck {

// Cuts an Alertmanager /api/v2/alerts answer into batches of alert texts as it arrives, checking
// the array's own punctuation. Feeding the answer in any pieces cuts the same texts. Use from
// one thread at a time.
class AlertmanagerAnswerSplitter {
public:
    using BatchSink = std::function<void(AlertTexts)>;
    static constexpr qsizetype DefaultBatchBytes = qsizetype{256} * 1024;

    explicit AlertmanagerAnswerSplitter(qsizetype batchBytes = DefaultBatchBytes);
    ~AlertmanagerAnswerSplitter();
    AlertmanagerAnswerSplitter(const AlertmanagerAnswerSplitter &) = delete;
    AlertmanagerAnswerSplitter &operator=(const AlertmanagerAnswerSplitter &) = delete;

    // Hands each batch to `sink` once it holds `batchBytes` of texts. The batches share
    // `piece`; only a text that began in an earlier piece is copied.
    void feed(const QByteArray &piece, const BatchSink &sink);
    // The answer has ended: hands the last batch, and says what was wrong with the answer as a
    // whole (HTML, an object, cut short), or nothing.
    QString finish(const BatchSink &sink);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Reads an Alertmanager /api/v2/alerts answer while it arrives, on the thread that feeds it:
// feed each piece as it comes off the network, then finish. The whole answer is never held.
// Feeding the answer in any pieces reads exactly what one piece does.
class AlertmanagerAnswerReader {
public:
    explicit AlertmanagerAnswerReader(const QString &backendId, AlertParseCache *cache = nullptr);
    ~AlertmanagerAnswerReader();
    AlertmanagerAnswerReader(const AlertmanagerAnswerReader &) = delete;
    AlertmanagerAnswerReader &operator=(const AlertmanagerAnswerReader &) = delete;

    void feed(const QByteArray &bytes); // shared with the batches, not copied
    void feed(QByteArrayView bytes);
    // The answer has ended. With a cache, the cache then holds this answer's alerts (unless
    // the answer was bad, which leaves it as it was).
    ParsedAlerts finish();

private:
    void parse(const AlertTexts &texts);

    QString m_backendId;
    AlertParseCache *m_cache;
    AlertmanagerAnswerSplitter m_splitter;
    QList<ParsedAlertTexts> m_batches;
};

} // namespace opsdeck
