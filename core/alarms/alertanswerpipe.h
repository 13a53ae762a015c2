#pragma once

#include "alarms/alertanswerreader.h"
#include "alarms/alertparser.h"
#include "common/backgroundjob.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace opsdeck {

// One backend's parse cache: what its last good answer held. Each answer reads the cache as it
// was when the answer began (a job of an abandoned answer may still be reading it) and replaces
// it when done.
class AlertAnswerCache {
public:
    std::shared_ptr<const AlertParseCache> current() const;
    // Returns the cache it replaced, to be let go of outside the lock (and off the GUI thread).
    std::shared_ptr<const AlertParseCache> replace(AlertParseCache next);

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const AlertParseCache> m_current = std::make_shared<AlertParseCache>();
};

// Reads an Alertmanager answer on workers while it arrives. Pieces come in on the receiver's
// thread as the network delivers them and are only queued there. A job at a time cuts them
// into batches of alert texts (in order); each batch is parsed by a job of its own, several at
// once, and the batches are joined in order when the last has been read. With 100,000 alerts
// every core parses while the rest of the answer is on its way, and the answer is never held
// whole.
class AlertAnswerPipe {
public:
    // Without a cache every alert is parsed.
    AlertAnswerPipe(QObject *receiver, const QString &backendId,
                    std::shared_ptr<AlertAnswerCache> cache = nullptr,
                    qsizetype batchBytes = AlertmanagerAnswerSplitter::DefaultBatchBytes);

    void add(const QByteArray &piece);
    // The last piece has arrived: `done` gets the alerts once the workers have read them all.
    void finish(std::function<void(ParsedAlerts)> done);
    // The answer failed: stops reading and drops what would have arrived.
    void abandon();

private:
    struct Cut {
        QList<AlertTexts> batches;
        std::optional<QString> answerError; // set by the last cut
    };

    void cutQueued();
    void cut(Cut cut);
    void joinWhenRead();

    QString m_backendId;
    std::shared_ptr<AlertAnswerCache> m_cache;
    std::shared_ptr<const AlertParseCache> m_previous; // the cache as this answer began
    std::shared_ptr<AlertmanagerAnswerSplitter> m_splitter;
    JobTracker m_jobs;
    QList<QByteArray> m_queued;
    bool m_cutting = false;
    std::optional<QString> m_answerError; // once the last piece has been cut
    QList<std::optional<ParsedAlertTexts>> m_batches;
    qsizetype m_parsing = 0;
    std::function<void(ParsedAlerts)> m_done;
};

} // namespace opsdeck
