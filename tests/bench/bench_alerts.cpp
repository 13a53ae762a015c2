// Alert pipeline benchmark: parse an Alertmanager /api/v2/alerts answer, merge two HA members'
// copies into one snapshot, and diff it against the previous snapshot with 3 alerts changed,
// for 1,000, 10,000 and 50,000 alerts. The work a poller's worker thread does each poll.
//
//   bench_alerts [--json] [--max N]
#include "alarms/alarmtablemodel.h"
#include "alarms/alertparser.h"
#include "alarms/alertsnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace opsdeck;

namespace {

QByteArray alertmanagerAnswer(int count, int changed)
{
    std::string body = "[";
    for (int i = 0; i < count; ++i) {
        const bool silenced = i < changed;
        char alert[1024];
        std::snprintf(
            alert, sizeof alert,
            "%s{\"labels\":{\"alertname\":\"HighLatency%d\",\"severity\":\"%s\","
            "\"service\":\"svc-%d\",\"instance\":\"host-%d:9100\",\"team\":\"team-%d\"},"
            "\"annotations\":{\"summary\":\"p99 latency above 2s on host-%d\","
            "\"description\":\"The p99 latency of svc-%d has been above 2 s for 10 minutes.\","
            "\"runbook_url\":\"https://runbooks.example.org/latency\"},"
            "\"fingerprint\":\"%016x\","
            "\"startsAt\":\"2026-11-21T10:%02d:%02d.000Z\",\"endsAt\":\"2026-11-21T12:00:00.000Z\","
            "\"updatedAt\":\"2026-11-21T10:59:00.000Z\",\"generatorURL\":\"http://prometheus:9090/"
            "graph?g0.expr=x\","
            "\"status\":{\"state\":\"%s\",\"silencedBy\":[%s],\"inhibitedBy\":[]},"
            "\"receivers\":[{\"name\":\"console\"}]}",
            i == 0 ? "" : ",", i, i % 3 == 0 ? "critical" : "warning", i % 50, i, i % 12, i, i % 50,
            unsigned(i) * 2654435761U, (i / 60) % 60, i % 60, silenced ? "suppressed" : "active",
            silenced ? "\"s1\"" : "");
        body += alert;
    }
    body += "]";
    return QByteArray::fromStdString(body);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption maxOption(QStringLiteral("max"),
                                       QStringLiteral("Largest size to run."), QStringLiteral("N"),
                                       QStringLiteral("50000"));
    parser.addOptions({jsonOption, maxOption});
    parser.addHelpOption();
    parser.process(app);

    QJsonArray results;
    if (!parser.isSet(jsonOption)) {
        std::printf(
            "alerts   answer    parse    merge(2 HA)  diff(3 changed)    total     GUI apply  "
            "GUI first fill  (medians of 7 runs)\n");
    }
    const int largest = parser.value(maxOption).toInt();
    for (const int count : {1000, 10000, 50000}) {
        if (count > largest) {
            break;
        }
        const QByteArray before = alertmanagerAnswer(count, 0);
        const QByteArray after = alertmanagerAnswer(count, 3);
        QList<double> parse, merge, diff, apply, firstApply;
        qsizetype changed = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ParsedAlerts first =
                AlertParser::parseAlertmanager(after, QStringLiteral("am-1"));
            const ParsedAlerts second =
                AlertParser::parseAlertmanager(after, QStringLiteral("am-2"));
            parse.append(ms(timer) / 2); // one backend's answer
            if (!first.ok() || first.alerts.size() != count) {
                std::fprintf(stderr, "parse failed: %s\n", qPrintable(first.error));
                return 1;
            }
            const AlertSnapshot previous = AlertSnapshot::merge(
                {AlertParser::parseAlertmanager(before, QStringLiteral("am-1")).alerts,
                 AlertParser::parseAlertmanager(before, QStringLiteral("am-2")).alerts});
            timer.restart();
            const AlertSnapshot next = AlertSnapshot::merge({first.alerts, second.alerts});
            merge.append(ms(timer));
            timer.restart();
            const AlertDiff delta = AlertDiff::between(previous, next);
            diff.append(ms(timer));
            changed = delta.changed.size();
            // On the GUI thread: the model takes the first snapshot, then the diff.
            ui::AlarmTableModel model;
            timer.restart();
            model.apply(previous, AlertDiff::between({}, previous));
            firstApply.append(ms(timer));
            timer.restart();
            model.apply(next, delta);
            apply.append(ms(timer));
        }
        const double total = 2 * median(parse) + median(merge) + median(diff);
        if (parser.isSet(jsonOption)) {
            results.append(QJsonObject{{QStringLiteral("alerts"), count},
                                       {QStringLiteral("answer_bytes"), before.size()},
                                       {QStringLiteral("parse_ms"), median(parse)},
                                       {QStringLiteral("merge_ms"), median(merge)},
                                       {QStringLiteral("diff_ms"), median(diff)},
                                       {QStringLiteral("changed_rows"), changed},
                                       {QStringLiteral("gui_apply_ms"), median(apply)},
                                       {QStringLiteral("gui_first_apply_ms"), median(firstApply)},
                                       {QStringLiteral("total_ms"), total}});
        } else {
            std::printf(
                "%6d  %5.1f MB  %6.1f ms  %8.1f ms  %8.2f ms (%lld rows)  %6.1f ms  %6.2f ms  "
                "%8.1f ms\n",
                count, double(before.size()) / 1e6, median(parse), median(merge), median(diff),
                qint64(changed), total, median(apply), median(firstApply));
        }
    }
    if (parser.isSet(jsonOption)) {
        std::printf("%s", QJsonDocument(results).toJson().constData());
    } else {
        std::printf("total = parse of both HA answers + merge + diff, on the worker thread; "
                    "GUI apply = the diff applied to the table model\n");
    }
    return 0;
}
