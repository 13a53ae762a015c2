// Workspace store benchmark: batched timeline inserts, single interactive commits, opening an
// incident with 10,000 events, and full-text top-50 over a million events (a rare word, a
// word in every event, and a prefix).
//
//   bench_store [--events N] [--json] [--keep PATH]
#include "model/incident.h"
#include "model/timelineevent.h"
#include "store/incidentrepository.h"
#include "store/searchindex.h"
#include "store/searchindexer.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace opsdeck;

namespace {

struct Stats {
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double p) {
        return samples.at(
            std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size()))));
    };
    return {at(0.5), at(0.99), samples.last()};
}

const char *const kWords[] = {"checkout", "latency",     "database", "replica", "failover",
                              "disk",     "queue",       "timeout",  "restart", "rollback",
                              "deploy",   "cache",       "memory",   "cpu",     "network",
                              "dns",      "certificate", "error"};

QString eventText(QRandomGenerator &random, qint64 n)
{
    QString text = QStringLiteral("note %1:").arg(n);
    for (int i = 0; i < 8; ++i) {
        text += QLatin1Char(' ') + QLatin1String(kWords[random.bounded(int(std::size(kWords)))]);
    }
    if (n % 100000 == 7) {
        text += QStringLiteral(" zeppelin"); // a rare word: 10 in a million
    }
    return text;
}

Incident makeIncident(int n)
{
    Incident incident;
    incident.title = QStringLiteral("Benchmark incident %1").arg(n);
    return incident;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events for the search."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Write the workspace to PATH and keep it."),
                                        QStringLiteral("PATH"));
    parser.addOptions({eventsOption, jsonOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 totalEvents = parser.value(eventsOption).toLongLong();
    if (totalEvents < 20000) {
        std::fprintf(stderr, "bench_store: --events must be at least 20000\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString path = parser.isSet(keepOption) ? parser.value(keepOption)
                                                  : dir.filePath(QStringLiteral("bench.opsdeck"));
    QString error;
    auto store = WorkspaceStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    IncidentRepository incidents(*store);
    TimelineRepository timeline(*store);
    QRandomGenerator random(42);
    QList<Incident> all;
    for (int i = 0; i < 100; ++i) {
        Incident incident = makeIncident(i);
        if (!incidents.create(incident, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        all.append(incident);
    }

    // 1. Batched inserts, 1,000 events a transaction, spread over 100 incidents.
    constexpr int kBatch = 1000;
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    while (written < totalEvents) {
        QList<TimelineEvent> batch;
        batch.reserve(kBatch);
        const Incident &incident = all.at(int((written / kBatch) % all.size()));
        for (int i = 0; i < kBatch; ++i) {
            TimelineEvent event;
            event.incidentId = incident.id;
            event.time = start.addMSecs(written + i);
            event.author = QStringLiteral("bench");
            event.text = eventText(random, written + i);
            batch.append(std::move(event));
        }
        if (!timeline.appendBatch(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        written += kBatch;
    }
    const double insertSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double eventsPerSecond = double(written) / insertSeconds;
    // The full-text index follows on a worker thread; wait until it has caught up.
    timer.restart();
    store->indexer()->waitUntilIdle();
    QSqlDatabase indexDb = store->database();
    SearchIndex::catchUp(indexDb, &error);
    const double indexLagSeconds = double(timer.nsecsElapsed()) / 1e9;

    // 2. Single interactive commits: one note, one transaction, 1,000 times.
    QList<double> noteMs;
    for (int i = 0; i < 1000; ++i) {
        TimelineEvent note;
        note.incidentId = all.first().id;
        note.author = QStringLiteral("commander");
        note.text = QStringLiteral("status update %1").arg(i);
        timer.restart();
        if (!timeline.append(note, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        noteMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // 3. Open an incident with 10,000 events: the events, parsed, in time order.
    Incident big = makeIncident(1000);
    incidents.create(big, &error);
    QList<TimelineEvent> bigEvents;
    for (int i = 0; i < 10000; ++i) {
        TimelineEvent event;
        event.incidentId = big.id;
        event.time = start.addSecs(i);
        event.text = eventText(random, i);
        event.payload = {{"source", "bench"}, {"n", i}};
        bigEvents.append(std::move(event));
    }
    timeline.appendBatch(bigEvents, &error);
    QList<double> openMs;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        const Incident opened = *incidents.get(big.id);
        const QList<TimelineEvent> events = timeline.eventsOf(opened.id);
        openMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (events.size() != 10000) {
            std::fprintf(stderr, "expected 10000 events, got %lld\n", qint64(events.size()));
            return 1;
        }
    }

    // 4. Full-text top 50, once the index has caught up with the notes and the big incident.
    QSqlDatabase db = store->database();
    store->indexer()->waitUntilIdle();
    SearchIndex::catchUp(db, &error);
    const auto searchMs = [&](const QString &words, qsizetype *hits) {
        QList<double> samples;
        for (int i = 0; i < 30; ++i) {
            timer.restart();
            *hits = SearchIndex::search(db, words, 50, &error).size();
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        return stats(samples);
    };
    qsizetype rareHits = 0;
    qsizetype commonHits = 0;
    qsizetype prefixHits = 0;
    qsizetype twoWordHits = 0;
    const Stats rare = searchMs(QStringLiteral("zeppelin"), &rareHits);
    const Stats common = searchMs(QStringLiteral("note"), &commonHits);
    const Stats prefix = searchMs(QStringLiteral("certif"), &prefixHits);
    const Stats twoWords = searchMs(QStringLiteral("replica failover"), &twoWordHits);
    const Stats note = stats(noteMs);
    const Stats open = stats(openMs);
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    if (parser.isSet(jsonOption)) {
        const QJsonObject result{
            {QStringLiteral("events"), written},
            {QStringLiteral("insert_events_per_second"), eventsPerSecond},
            {QStringLiteral("index_caught_up_seconds_after_inserts"), indexLagSeconds},
            {QStringLiteral("note_commit_ms_p50"), note.median},
            {QStringLiteral("note_commit_ms_p99"), note.p99},
            {QStringLiteral("open_10k_incident_ms_median"), open.median},
            {QStringLiteral("open_10k_incident_ms_max"), open.max},
            {QStringLiteral("search_rare_ms_median"), rare.median},
            {QStringLiteral("search_rare_ms_p99"), rare.p99},
            {QStringLiteral("search_common_ms_median"), common.median},
            {QStringLiteral("search_common_ms_p99"), common.p99},
            {QStringLiteral("search_prefix_ms_median"), prefix.median},
            {QStringLiteral("search_two_words_ms_median"), twoWords.median},
            {QStringLiteral("workspace_mib"), double(bytes) / 1048576.0},
            {QStringLiteral("machine"), QSysInfo::prettyProductName()},
        };
        std::printf("%s", QJsonDocument(result).toJson().constData());
        return 0;
    }
    std::printf("workspace store, %lld timeline events (%.0f MiB with WAL)\n", written,
                double(bytes) / 1048576.0);
    std::printf("  batched insert (1000/transaction): %.0f events/s (%.1f s)\n", eventsPerSecond,
                insertSeconds);
    std::printf("  full-text index caught up:         %.1f s after the last insert\n",
                indexLagSeconds);
    std::printf("  one note, one commit:              p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                note.median, note.p99, note.max);
    std::printf("  open incident, 10,000 events:      median %.1f ms, max %.1f ms\n", open.median,
                open.max);
    std::printf("  top 50, rare word (%lld hits):      median %.2f ms, p99 %.2f ms\n",
                qint64(rareHits), rare.median, rare.p99);
    std::printf("  top 50, word in every event:       median %.2f ms, p99 %.2f ms\n", common.median,
                common.p99);
    std::printf("  top 50, prefix \"certif*\":          median %.2f ms, p99 %.2f ms\n",
                prefix.median, prefix.p99);
    std::printf("  top 50, two words:                 median %.2f ms, p99 %.2f ms\n",
                twoWords.median, twoWords.p99);
    (void)commonHits;
    (void)prefixHits;
    (void)twoWordHits;
    return 0;
}
