// The on-call budget against a real Alertmanager: N alerts are posted to it
// (POST /api/v2/alerts), then, side by side in one run:
//  - a bare `curl` of /api/v2/alerts (the transfer's floor) and a whole Opsdeck poll
//    (request, transfer, parse on a worker, HA merge + diff on a worker, apply to the table
//    model), with the client-side work split out;
//  - the GUI-thread time of applying a poll in which 1 % of the alerts changed, and whether the
//    model was ever reset;
//  - the process's resident memory with the alerts loaded;
//  - `opsdeck alerts --format json` against `amtool alert query -o json`, end to end;
//  - the longest time the GUI thread did not return to its event loop (a 1 ms timer's
//    lateness, StallProbe) while the dock took the first snapshot and during the polls.
// For 1,000, 10,000 and 100,000 alerts.
//
//   bench_alarms [--sizes 1000,10000,100000] [--max N] [--runs R]
#include "alarms/alarmfilterproxy.h"
#include "alarms/alarmsdock.h"
#include "alarms/alarmservice.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/alertparser.h"
#include "alarmsbench.h"
#include "model/json.h"
#include "monitoringstack.h"
#include "runbooks/runbookcatalog.h"
#include "shell/incidentdeclarer.h"
#include "stallprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace opsdeck;
using namespace opsdeck::bench;

namespace {

// The median of the runs that finished; a failed run (NaN) counts for nothing, and a figure
// whose runs all failed prints as "nan" rather than as a time.
double median(QList<double> values)
{
    values.removeIf([](double value) { return std::isnan(value); });
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? std::numeric_limits<double>::quiet_NaN()
                            : values.at(values.size() / 2);
}

// Wall time of a program run to its end, output discarded; NaN when it failed, with the
// reason on stderr, so that a failed run never passes for a fast one.
double runMs(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    if (output == nullptr) {
        process.setStandardOutputFile(QProcess::nullDevice());
    }
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    process.waitForFinished(120000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (output != nullptr) {
        *output = process.readAllStandardOutput();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed with %d: %s\n", qPrintable(program), process.exitCode(),
                     process.readAllStandardError().trimmed().right(300).constData());
        return std::numeric_limits<double>::quiet_NaN();
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    useOffscreenUnlessSet();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption maxOption(QStringLiteral("max"), QStringLiteral("Largest size."),
                                       QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption sizesOption(
        QStringLiteral("sizes"), QStringLiteral("Alert counts, comma-separated."),
        QStringLiteral("N,N"), QStringLiteral("1000,10000,100000"));
    parser.addOptions({maxOption, runsOption, sizesOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    std::printf(
        "alerts  answer   curl    poll   ratio | parse (cold) merge+diff  GUI(1%%)  rows  resets "
        "| RSS MiB | opsdeck alerts  amtool | first fill: GUI, whole, stall / busy | poll "
        "stall / busy (medians of %d)\n",
        runs);
    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','))) {
        sizes.append(size.toInt());
    }
    for (const int count : std::as_const(sizes)) {
        if (count <= 0 || count > parser.value(maxOption).toInt()) {
            continue;
        }
        test::MonitoringStack stack;
        QString error;
        if (!stack.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const QUrl alertsUrl =
            stack.alertmanagerUrl().resolved(QUrl(QStringLiteral("api/v2/alerts")));
        QNetworkAccessManager network;
        for (int first = 0; first < count; first += 1000) {
            if (!post(network, alertsUrl, alertBatch(first, std::min(1000, count - first), 0, 0))) {
                return 1;
            }
        }

        BackendDefinition am;
        am.id = newId();
        am.name = QStringLiteral("alertmanager");
        am.kind = opsdeck::BackendKind::Alertmanager;
        am.url = stack.alertmanagerUrl().toString();
        am.intervalSeconds = 3600; // polled by hand below
        am.timeoutSeconds = 60;
        AlarmService alarms;
        // The GUI thread's share of a poll: everything connected to alertsChanged, i.e. the
        // Alarms dock applying the diff to its model, filter/sort proxy and view. Slots run in
        // the order they were connected: start, the dock, end.
        QElapsedTimer guiClock;
        double lastApplyMs = 0;
        qsizetype lastRows = 0;
        int published = 0;
        QObject::connect(&alarms, &AlarmService::alertsChanged, &alarms,
                         [&](const AlertSnapshot &, const AlertDiff &diff) {
                             guiClock.start();
                             lastRows =
                                 diff.changed.size() + diff.inserted.size() + diff.removed.size();
                         });
        RunbookCatalog runbooks;
        NoDeclarer declarer;
        ui::AlarmsDock dock(alarms, runbooks, declarer);
        dock.resize(1200, 800);
        dock.show();
        QObject::connect(&alarms, &AlarmService::alertsChanged, &alarms, [&] {
            lastApplyMs = double(guiClock.nsecsElapsed()) / 1e6;
            ++published;
        });
        const ui::AlarmTableModel &model = *dock.model();
        QSignalSpy resets(dock.model(), &QAbstractItemModel::modelReset);
        QSignalSpy proxyResets(dock.proxy(), &QAbstractItemModel::modelReset);
        alarms.setBackends({am});
        // One poll publishes when its merge is done; wait for the publication (or a quiet poll).
        const auto poll = [&](bool expectChange) {
            const int before = published;
            const QDateTime lastPoll = alarms.health().constFirst().lastPoll;
            QElapsedTimer clock;
            clock.start();
            alarms.pollAll();
            // Done when the dock has the new snapshot, or when the poll failed.
            const bool done = runUntil(
                [&] {
                    const BackendHealth &health = alarms.health().constFirst();
                    const bool failed =
                        health.lastPoll != lastPoll && health.state == BackendHealth::State::Down;
                    return !expectChange || published > before || failed;
                },
                120000);
            if (!done || alarms.health().constFirst().state == BackendHealth::State::Down) {
                std::fprintf(stderr, "poll failed: %s\n",
                             qPrintable(alarms.health().constFirst().error));
            }
            return double(clock.nsecsElapsed()) / 1e6;
        };
        // Until Alertmanager lists every alert (it takes the posts asynchronously).
        double firstFillMs = 0;
        double firstFillWholeMs = 0;
        double firstFillStallMs = 0;
        double firstFillBusyMs = 0;
        qsizetype firstFillRows = 0;
        test::StallProbe probe;
        for (int attempt = 0; attempt < 60 && model.rowCount() < count; ++attempt) {
            probe.reset();
            poll(true);
            // The dock takes a large snapshot in slices: until the last one is in.
            QElapsedTimer fillClock;
            fillClock.start();
            (void)runUntil([&] { return !model.isFilling(); }, 120000);
            if (attempt == 0) {
                // The dock taking the first snapshot: every row inserted, sorted and filtered;
                // the first slice, the whole fill from the snapshot's arrival, the longest
                // stall of the GUI thread from the request to the last row.
                firstFillMs = lastApplyMs;
                firstFillWholeMs = lastApplyMs + double(fillClock.nsecsElapsed()) / 1e6;
                firstFillStallMs = probe.longestMs();
                firstFillBusyMs = probe.longestBusyMs();
                firstFillRows = lastRows;
            }
        }
        const double rss = residentMiB();

        QList<double> curl, wall, parse, coldParse, merge, gui, pollStall, pollBusy;
        QByteArray body;
        QByteArray previousBody;
        runMs(QStringLiteral("curl"), {QStringLiteral("-s"), alertsUrl.toString()}, &previousBody);
        for (int run = 0; run < runs; ++run) {
            curl.append(
                runMs(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"),
                                               QStringLiteral("/dev/null"), alertsUrl.toString()}));
            // 1 % of the alerts change between polls.
            post(network, alertsUrl, alertBatch(0, count / 100, count / 100, run + 1));
            const QDeadlineTimer settle(200);
            (void)runUntil([&] { return settle.hasExpired(); }, 1000);
            probe.reset();
            wall.append(poll(true));
            pollStall.append(probe.longestMs());
            pollBusy.append(probe.longestBusyMs());
            merge.append(double(alarms.lastMergeMs()));
            gui.append(lastApplyMs);
            runMs(QStringLiteral("curl"), {QStringLiteral("-s"), alertsUrl.toString()}, &body);
            QElapsedTimer clock;
            clock.start();
            const ParsedAlerts parsed = AlertParser::parseAlertmanager(body, am.id);
            coldParse.append(double(clock.nsecsElapsed()) / 1e6);
            // What a poll parses: the previous answer is in the cache, 1 % changed since.
            AlertParseCache cache;
            AlertParser::parseAlertmanager(previousBody, am.id, &cache);
            clock.restart();
            AlertParser::parseAlertmanager(body, am.id, &cache);
            parse.append(double(clock.nsecsElapsed()) / 1e6);
            previousBody = body;
            if (parsed.alerts.size() < count) {
                std::fprintf(stderr, "only %lld alerts\n", qint64(parsed.alerts.size()));
            }
        }
        QList<double> opsdeck, amtool;
        for (int run = 0; run < runs; ++run) {
            opsdeck.append(runMs(QStringLiteral(OPSDECK_BINARY),
                                 {QStringLiteral("alerts"), QStringLiteral("--alertmanager"),
                                  stack.alertmanagerUrl().toString(), QStringLiteral("--format"),
                                  QStringLiteral("json")}));
            amtool.append(
                runMs(QStringLiteral("amtool"),
                      {QStringLiteral("alert"), QStringLiteral("query"), QStringLiteral("-o"),
                       QStringLiteral("json"), QStringLiteral("--alertmanager.url"),
                       stack.alertmanagerUrl().toString()}));
        }
        std::printf("%6d  %4.1f MB %5.0f ms %5.0f ms %5.2f | %4.0f ms (%4.0f) %6.0f ms %8.2f ms "
                    "%5lld %4lld "
                    "| %7.0f | %9.0f ms %8.0f ms | %5.1f ms, %5.0f ms, %5.1f ms / %5.1f ms "
                    "(%lld rows) | %5.1f ms / %5.1f ms\n",
                    count, double(body.size()) / 1e6, median(curl), median(wall),
                    median(wall) / median(curl), median(parse), median(coldParse), median(merge),
                    median(gui), qint64(lastRows), qint64(resets.size() + proxyResets.size()), rss,
                    median(opsdeck), median(amtool), firstFillMs, firstFillWholeMs,
                    firstFillStallMs, firstFillBusyMs, qint64(firstFillRows), median(pollStall),
                    median(pollBusy));
        std::fflush(stdout);
    }
    std::printf(
        "poll = request to the model updated (transfer, parse, merge + diff on workers, "
        "apply); ratio = poll / curl; GUI(1%%) = applying a poll in which 1%% of the alerts "
        "changed, on the GUI thread; rows = rows that poll touched; first fill = the dock's "
        "first slice, the whole fill, and the longest the GUI thread went without its event "
        "loop from the request to the last row (stall: wall time, which includes waiting for a "
        "core; busy: the GUI thread's own CPU time in that gap); poll stall / busy = the same "
        "during one 1%% poll\n");
    return 0;
}
