// Soak: a real Alertmanager holding N alerts (10,000 by default), 1 % of them changed before
// every poll, polled back to back P times (20,000 by default) with the Alarms and Silences docks
// open, as an on-call console is all day. Every R polls it prints the process's resident
// memory, open file descriptors and threads; at the end, their growth after the warm-up (the
// first tenth of the polls, at least 200 of them; threads may differ by up to the pool's size,
// which starts and ends its threads with the work). With --failing a second backend fails every
// fourth poll with a 503 and answers the others (a fake server: a real Alertmanager cannot be made
// to fail on cue). Exits 1 when memory grew by 5 % or more, or descriptors or threads grew.
//
//   soak_alarms [--alerts N] [--polls P] [--report-every R] [--failing]
#include "alarms/alarmsdock.h"
#include "alarms/alarmservice.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/silencesdock.h"
#include "alarmsbench.h"
#include "faultyhttpserver.h"
#include "monitoringstack.h"
#include "runbooks/runbookcatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

using namespace opsdeck;
using namespace opsdeck::bench;

namespace {

struct Usage {
    double rssMiB = 0;
    int descriptors = 0;
    int threads = 0;
};

Usage usage()
{
    Usage now;
    now.rssMiB = residentMiB();
    now.descriptors = int(QDir(QStringLiteral("/proc/self/fd"))
                              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                              .size());
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Threads:")) {
                now.threads = line.mid(8).trimmed().toInt();
            }
        }
    }
    return now;
}

void answerBadly(test::FaultyHttpServer &server)
{
    server.clearRoutes();
    server.setResponse(
        test::FaultyHttpServer::response("503 Service Unavailable", "text/plain", "overloaded"));
}

} // namespace

int main(int argc, char **argv)
{
    useOffscreenUnlessSet();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption alertsOption(QStringLiteral("alerts"), QStringLiteral("Alerts held."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption pollsOption(QStringLiteral("polls"), QStringLiteral("Polls."),
                                         QStringLiteral("P"), QStringLiteral("20000"));
    const QCommandLineOption everyOption(QStringLiteral("report-every"),
                                         QStringLiteral("Polls between two reports."),
                                         QStringLiteral("R"), QStringLiteral("1000"));
    const QCommandLineOption failingOption(
        QStringLiteral("failing"), QStringLiteral("Add a backend failing every fourth poll."));
    parser.addOptions({alertsOption, pollsOption, everyOption, failingOption});
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(100, parser.value(alertsOption).toInt());
    const int polls = std::max(10, parser.value(pollsOption).toInt());
    const int every = std::max(1, parser.value(everyOption).toInt());
    const bool failing = parser.isSet(failingOption);

    test::MonitoringStack stack;
    QString error;
    if (!stack.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QUrl alertsUrl = stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts")));
    QNetworkAccessManager network;
    constexpr int Day = 24 * 3600; // the alerts outlive the soak
    for (int first = 0; first < count; first += 1000) {
        if (!post(network, alertsUrl,
                  alertBatch(first, std::min(1000, count - first), 0, 0, Day))) {
            return 1;
        }
    }
    BackendDefinition am;
    am.id = newId();
    am.name = QStringLiteral("alertmanager");
    am.kind = BackendKind::Alertmanager;
    am.url = stack.alertmanagerUrl().toString();
    am.intervalSeconds = 3600; // polled back to back below
    am.timeoutSeconds = 60;
    QList<BackendDefinition> backends{am};
    test::FaultyHttpServer flaky;
    if (failing) {
        if (!flaky.listen()) {
            std::fprintf(stderr, "the failing backend cannot listen\n");
            return 1;
        }
        flaky.serveAlertmanager("[]");
        BackendDefinition second = am;
        second.id = newId();
        second.name = QStringLiteral("flaky");
        second.url = flaky.url().toString();
        backends.append(second);
    }

    AlarmService alarms;
    RunbookCatalog runbooks;
    NoDeclarer declarer;
    ui::AlarmsDock alarmsDock(alarms, runbooks, declarer);
    ui::SilencesDock silencesDock(alarms);
    alarmsDock.resize(1200, 700);
    silencesDock.resize(1200, 200);
    alarmsDock.show();
    silencesDock.show();
    int published = 0;
    QObject::connect(&alarms, &AlarmService::alertsChanged, &alarms, [&published] { ++published; });
    alarms.setBackends(backends);
    const ui::AlarmTableModel &model = *alarmsDock.model();
    // Alertmanager takes the posts asynchronously: poll until it lists them all.
    for (int attempt = 0; attempt < 60 && model.rowCount() < count; ++attempt) {
        const int publishedBefore = published;
        alarms.pollAll();
        (void)runUntil([&] { return published > publishedBefore && !model.isFilling(); }, 5000);
    }
    if (model.rowCount() < count) {
        std::fprintf(stderr, "Alertmanager did not list the %d alerts\n", count);
        return 1;
    }

    std::printf("soak: %d alerts, 1 %% changed per poll, %d polls%s\n", count, polls,
                failing ? ", a second backend failing every fourth poll" : "");
    std::printf("   poll   RSS MiB  descriptors  threads  ms/poll  failed polls\n");
    // Memory settles over the first couple of hundred polls (the allocator's pools, Qt's caches).
    const int warmUp = std::max(polls / 10, std::min(polls / 2, 200));
    Usage afterWarmUp;
    Usage peak;
    int failedPolls = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (int poll = 1; poll <= polls; ++poll) {
        if (failing) {
            if (poll % 4 == 0) {
                answerBadly(flaky);
            } else {
                flaky.serveAlertmanager("[]");
            }
        }
        // 1 % of the alerts get new annotations: the same alerts, changed.
        const int changed = std::max(1, count / 100);
        const int first = (poll * changed) % count;
        if (!post(network, alertsUrl,
                  alertBatch(first, std::min(changed, count - first), changed, poll, Day))) {
            return 1;
        }
        QList<QDateTime> before;
        for (const BackendHealth &health : alarms.health()) {
            before.append(health.lastPoll);
        }
        const int publishedBefore = published;
        alarms.pollAll();
        const bool done = runUntil(
            [&] {
                const QList<BackendHealth> &now = alarms.health();
                for (qsizetype i = 0; i < now.size(); ++i) {
                    if (now.at(i).lastPoll == before.value(i)) {
                        return false;
                    }
                }
                return published > publishedBefore && !model.isFilling();
            },
            120000);
        if (!done) {
            std::fprintf(stderr, "poll %d did not finish\n", poll);
            return 1;
        }
        for (const BackendHealth &health : alarms.health()) {
            failedPolls += health.state == BackendHealth::State::Down ? 1 : 0;
        }
        const Usage now = usage();
        peak.rssMiB = std::max(peak.rssMiB, now.rssMiB);
        if (poll == warmUp) {
            afterWarmUp = now;
        }
        if (poll % every == 0 || poll == polls) {
            std::printf("%7d  %8.1f  %11d  %7d  %7.0f  %12d\n", poll, now.rssMiB, now.descriptors,
                        now.threads, double(sinceReport.elapsed()) / every, failedPolls);
            std::fflush(stdout);
            sinceReport.restart();
        }
    }
    const Usage end = usage();
    const double growth = 100.0 * (end.rssMiB - afterWarmUp.rssMiB) / afterWarmUp.rssMiB;
    std::printf("after warm-up (poll %d): %.1f MiB, %d descriptors, %d threads; at the end: "
                "%.1f MiB (%+.1f %%), %d descriptors, %d threads; peak %.1f MiB\n",
                warmUp, afterWarmUp.rssMiB, afterWarmUp.descriptors, afterWarmUp.threads,
                end.rssMiB, growth, end.descriptors, end.threads, peak.rssMiB);
    // The pool starts and ends its threads as work comes and goes: up to its size is no growth.
    const int poolThreads = QThreadPool::globalInstance()->maxThreadCount();
    const bool steady = growth < 5.0 && end.descriptors <= afterWarmUp.descriptors &&
                        end.threads <= afterWarmUp.threads + poolThreads;
    std::printf("%s\n", steady ? "steady" : "GREW");
    return steady ? 0 : 1;
}
