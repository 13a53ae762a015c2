#include "alarms/alertanswerpipe.h"

#include <utility>

namespace opsdeck {
namespace {

// Cutting feeds the parse jobs and joining ends the answer: neither waits behind the parse
// jobs already queued.
constexpr int FeedingPriority = 1;

} // namespace

std::shared_ptr<const AlertParseCache> AlertAnswerCache::current() const
{
    const std::scoped_lock lock(m_mutex);
    return m_current;
}

std::shared_ptr<const AlertParseCache> AlertAnswerCache::replace(AlertParseCache next)
{
    auto replacement = std::make_shared<const AlertParseCache>(std::move(next));
    const std::scoped_lock lock(m_mutex);
    return std::exchange(m_current, std::move(replacement));
}

AlertAnswerPipe::AlertAnswerPipe(QObject *receiver, const QString &backendId,
                                 std::shared_ptr<AlertAnswerCache> cache, qsizetype batchBytes)
    : m_backendId(backendId)
    , m_cache(std::move(cache))
    , m_previous(m_cache ? m_cache->current() : nullptr)
    , m_splitter(std::make_shared<AlertmanagerAnswerSplitter>(batchBytes))
    , m_jobs(receiver)
{}

void AlertAnswerPipe::add(const QByteArray &piece)
{
    if (piece.isEmpty()) {
        return;
    }
    m_queued.append(piece);
    if (!m_cutting) {
        cutQueued();
    }
}

void AlertAnswerPipe::finish(std::function<void(ParsedAlerts)> done)
{
    m_done = std::move(done);
    if (!m_cutting) {
        cutQueued();
    }
}

void AlertAnswerPipe::abandon()
{
    m_jobs.cancelAll();
    m_queued.clear();
    m_batches.clear();
    m_parsing = 0;
    m_done = nullptr;
    m_cutting = false;
}

void AlertAnswerPipe::cutQueued()
{
    if (m_queued.isEmpty() && !m_done) {
        return;
    }
    m_cutting = true;
    // The splitter goes with the job by value: an abandoned job still finishes with it.
    m_jobs.startAlongside(
        [splitter = m_splitter, pieces = std::exchange(m_queued, {}),
         last = bool(m_done)](const CancelToken &cancel) {
            Cut cut;
            const auto keep = [&cut](AlertTexts texts) {
                cut.batches.append(std::move(texts));
            };
            for (const QByteArray &piece : pieces) {
                if (cancel.isCancelled()) {
                    return cut;
                }
                splitter->feed(piece, keep);
            }
            if (last) {
                cut.answerError = splitter->finish(keep);
            }
            return cut;
        },
        [this](Cut cut) { this->cut(std::move(cut)); }, FeedingPriority);
}

void AlertAnswerPipe::cut(Cut cut)
{
    m_cutting = false;
    for (AlertTexts &texts : cut.batches) {
        const qsizetype index = m_batches.size();
        m_batches.append(std::nullopt);
        ++m_parsing;
        m_jobs.startAlongside(
            [texts = std::move(texts), backendId = m_backendId,
             previous = m_previous](const CancelToken &) {
                return AlertParser::parseTexts(texts, backendId, previous.get());
            },
            [this, index](ParsedAlertTexts parsed) {
                m_batches[index] = std::move(parsed);
                --m_parsing;
                joinWhenRead();
            });
    }
    if (cut.answerError) {
        m_answerError = std::move(cut.answerError);
        joinWhenRead();
    } else {
        cutQueued();
    }
}

void AlertAnswerPipe::joinWhenRead()
{
    if (!m_answerError || m_parsing > 0 || !m_done) {
        return;
    }
    QList<ParsedAlertTexts> batches;
    batches.reserve(m_batches.size());
    for (std::optional<ParsedAlertTexts> &batch : m_batches) {
        batches.append(std::move(*batch));
    }
    m_batches.clear();
    // Joined on a worker too: moving 100,000 alerts and hashing them for the cache is work. The
    // cache this answer read goes with the job: once replaced, its copy is often the last of
    // every alert of the answer before, tens of milliseconds to let go of at 100,000 alerts,
    // which the receiver's (GUI) thread must not spend when the pipe is destroyed there.
    m_jobs.startAlongside(
        [batches = std::move(batches), answerError = *std::exchange(m_answerError, {}),
         cache = m_cache,
         previous = std::exchange(m_previous, nullptr)](const CancelToken &) mutable {
            AlertParseCache next;
            ParsedAlerts parsed =
                AlertParser::join(std::move(batches), answerError, cache ? &next : nullptr);
            if (cache && parsed.ok()) {
                const std::shared_ptr<const AlertParseCache> replaced =
                    cache->replace(std::move(next));
                Q_UNUSED(replaced) // let go of here, on this worker, outside the cache's lock
            }
            previous.reset();
            return parsed;
        },
        [this](ParsedAlerts parsed) {
            const auto done = std::exchange(m_done, nullptr);
            done(std::move(parsed));
        },
        FeedingPriority);
}

} // namespace opsdeck
