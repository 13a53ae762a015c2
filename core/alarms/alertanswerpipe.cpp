#include "alarms/alertanswerpipe.h"

namespace opsdeck {

AlertAnswerPipe::AlertAnswerPipe(QObject *receiver, const QString &backendId,
                                 std::shared_ptr<AlertAnswerCache> cache)
    : m_cache(std::move(cache))
    , m_reader(std::make_shared<AlertmanagerAnswerReader>(backendId, &m_cache->alerts))
    , m_jobs(receiver)
{}

void AlertAnswerPipe::add(const QByteArray &piece)
{
    if (piece.isEmpty()) {
        return;
    }
    m_queued.append(piece);
    if (!m_reading) {
        readQueued();
    }
}

void AlertAnswerPipe::finish(std::function<void(ParsedAlerts)> done)
{
    m_done = std::move(done);
    if (!m_reading) {
        readQueued();
    }
}

void AlertAnswerPipe::abandon()
{
    m_jobs.cancelAll();
    m_queued.clear();
    m_done = nullptr;
    m_reading = false;
}

void AlertAnswerPipe::readQueued()
{
    if (m_queued.isEmpty() && !m_done) {
        return;
    }
    m_reading = true;
    const bool last = bool(m_done);
    // The cache and the reader go with the job by value: an abandoned job still finishes
    // with what it holds.
    m_jobs.startAlongside(
        [reader = m_reader, cache = m_cache, pieces = std::exchange(m_queued, {}),
         last](const CancelToken &cancel) {
            const std::scoped_lock reading(cache->inUse);
            for (const QByteArray &piece : pieces) {
                if (cancel.isCancelled()) {
                    return ParsedAlerts{};
                }
                reader->feed(piece);
            }
            return last ? reader->finish() : ParsedAlerts{};
        },
        [this, last](ParsedAlerts parsed) {
            m_reading = false;
            if (!last) {
                readQueued();
                return;
            }
            // Whatever was queued after `finish` cannot be: finish comes after the last piece.
            const auto done = std::exchange(m_done, nullptr);
            done(std::move(parsed));
        });
}

} // namespace opsdeck
