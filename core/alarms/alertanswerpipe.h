#pragma once

#include "alarms/alertparser.h"
#include "common/backgroundjob.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>
#include <mutex>

namespace opsdeck {

// The parse cache of one backend's answers, read by one answer at a time: a job of an
// abandoned answer may still be reading its piece when the next answer's first job starts.
struct AlertAnswerCache {
    AlertParseCache alerts;
    std::mutex inUse; // held by a job while it reads
};

// Reads an Alertmanager answer on workers while it arrives. Pieces come in on the receiver's
// thread as the network delivers them; those that arrive while a worker is reading wait and go
// to the next job together, so the reader gets them in order, one thread at a time, and the
// receiver's thread only queues them. With 100,000 alerts the parse overlaps the transfer and
// the answer is never held whole.
class AlertAnswerPipe {
public:
    AlertAnswerPipe(QObject *receiver, const QString &backendId,
                    std::shared_ptr<AlertAnswerCache> cache);

    void add(const QByteArray &piece);
    // The last piece has arrived: `done` gets the alerts once the workers have read them all.
    void finish(std::function<void(ParsedAlerts)> done);
    // The answer failed: stops reading and drops what would have arrived.
    void abandon();

private:
    void readQueued();

    std::shared_ptr<AlertAnswerCache> m_cache; // kept alive for the reader
    std::shared_ptr<AlertmanagerAnswerReader> m_reader;
    JobTracker m_jobs;
    QList<QByteArray> m_queued;
    bool m_reading = false;
    std::function<void(ParsedAlerts)> m_done;
};

} // namespace opsdeck
