#include "cli/alertscommand.h"

#include "alarms/alarmclient.h"
#include "alarms/alertfilter.h"
#include "alarms/alertsnapshot.h"
#include "cli/backendtargets.h"
#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/backgroundjob.h"
#include "common/duration.h"
#include "logging/logging.h"
#include "model/json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <spdlog/logger.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace opsdeck::app::cli {
namespace {

int severityRank(const QString &severity)
{
    static const QStringList order = {QStringLiteral("critical"), QStringLiteral("error"),
                                      QStringLiteral("warning"), QStringLiteral("info")};
    const auto found = std::find_if(order.cbegin(), order.cend(), [&severity](const QString &name) {
        return name.compare(severity, Qt::CaseInsensitive) == 0;
    });
    return int(found - order.cbegin());
}

// Most urgent first, then by name and age: the order an on-call engineer reads them in. The
// keys are read once per alert, not once per comparison.
QList<const Alert *> sortedForReading(const QList<Alert> &alerts)
{
    struct Key {
        int rank;
        QString name;
        qint64 startsAt;
        const Alert *alert;
    };
    const QString severity = QStringLiteral("severity");
    const QString alertname = QStringLiteral("alertname");
    std::vector<Key> keys;
    keys.reserve(size_t(alerts.size()));
    for (const Alert &alert : alerts) {
        keys.push_back({severityRank(alert.labels.value(severity)), alert.labels.value(alertname),
                        alert.startsAt.toMSecsSinceEpoch(), &alert});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank;
        }
        const int byName = a.name.compare(b.name);
        return byName != 0 ? byName < 0 : a.startsAt < b.startsAt;
    });
    QList<const Alert *> order;
    order.reserve(alerts.size());
    for (const Key &key : keys) {
        order.append(key.alert);
    }
    return order;
}

// The model's JSON of some alerts, one a line, each but the first after ",\n".
std::string alertsJsonLines(const QList<const Alert *> &alerts, bool first)
{
    // About what an alert of Alertmanager's takes: the text grows once or twice, not ten times.
    constexpr std::size_t TypicalAlertBytes = 768;
    std::string out;
    out.reserve(std::size_t(alerts.size()) * TypicalAlertBytes);
    for (const Alert *alert : alerts) {
        if (!first) {
            out.append(",\n");
        }
        first = false;
        alert->appendJsonText(out);
    }
    return out;
}

QString alertsTable(const QList<const Alert *> &alerts)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    rows.reserve(alerts.size());
    for (const Alert *entry : alerts) {
        const Alert &alert = *entry;
        QString summary = alert.annotations.value(QStringLiteral("summary"));
        if (summary.isEmpty()) {
            summary = alert.annotations.value(QStringLiteral("description"));
        }
        summary = summary.simplified();
        if (summary.size() > 80) {
            summary = summary.left(79) + QChar(0x2026);
        }
        rows.append(
            {alert.labels.value(QStringLiteral("severity")), alert.name(),
             Alert::stateNames().at(int(alert.state)),
             alert.startsAt.isValid() ? formatDuration(alert.startsAt.secsTo(now)) : QString(),
             summary, alert.sources.join(QLatin1Char(','))});
    }
    return formatTable({QCoreApplication::translate("AlertsCommand", "SEVERITY"),
                        QCoreApplication::translate("AlertsCommand", "ALERTNAME"),
                        QCoreApplication::translate("AlertsCommand", "STATE"),
                        QCoreApplication::translate("AlertsCommand", "AGE"),
                        QCoreApplication::translate("AlertsCommand", "SUMMARY"),
                        QCoreApplication::translate("AlertsCommand", "SOURCES")},
                       rows);
}

// Fetches every target in parallel (AlarmClient), then merges, filters and prints.
class AlertsRun {
public:
    AlertsRun(BackendTargets &targets, AlertFilter filter, bool json)
        : m_targets(targets)
        , m_filter(std::move(filter))
        , m_json(json)
    {}

    void start(const std::function<void(int)> &finish)
    {
        m_finish = finish;
        m_targets.loadSecrets([this](const QStringList &errors) {
            for (const QString &error : errors) {
                fail(error);
            }
            m_client = std::make_unique<AlarmClient>(m_targets.targets());
            m_client->fetchAlerts([this](const FetchedAlerts &fetched) { done(fetched); });
        });
    }

private:
    void fail(const QString &error)
    {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        m_failed = true;
    }

    void done(const FetchedAlerts &fetched)
    {
        for (const QString &error : fetched.errors) {
            fail(error);
        }
        const auto log = logging::component("cli");
        for (const QString &warning : fetched.warnings) {
            log->warn("{}", warning.toStdString());
        }
        QElapsedTimer clock;
        clock.start();
        QList<Alert> alerts = AlertSnapshot::merge(fetched.perBackend).alerts;
        const qint64 filterStart = clock.elapsed();
        if (!m_filter.isEmpty()) {
            // Sources are the backends' names: that is what the user typed.
            QHash<QString, QString> names;
            for (const BackendTarget &target : m_targets.targets()) {
                names.insert(target.source, target.definition.name);
            }
            alerts.removeIf(
                [this, &names](const Alert &alert) { return !m_filter.matches(alert, names); });
        }
        const QList<const Alert *> order = sortedForReading(alerts);
        m_alerts = std::move(alerts); // what `order` points into, until it is printed
        log->debug("{} alerts merged in {} ms, filtered and sorted in {} ms", m_alerts.size(),
                   filterStart, clock.elapsed() - filterStart);
        m_printing.start();
        if (m_json) {
            printJson(order);
        } else {
            writeOut(alertsTable(order));
            printed();
        }
    }

    // 100,000 alerts are 60 MB of JSON: blocks of it are made on the pool, on every core, and
    // written in order as they are ready, so the output starts at once and is never held whole.
    void printJson(const QList<const Alert *> &order)
    {
        constexpr qsizetype Block = 2000;
        writeOutBytes(std::string_view("[\n"));
        m_blocks.resize((order.size() + Block - 1) / Block);
        for (qsizetype block = 0, start = 0; start < order.size(); ++block, start += Block) {
            m_jobs.startAlongside(
                [alerts = order.mid(start, Block), first = block == 0](const CancelToken &) {
                    return alertsJsonLines(alerts, first);
                },
                [this, block](std::string json) {
                    m_blocks[block] = std::move(json);
                    writeReadyBlocks();
                });
        }
        writeReadyBlocks();
    }

    void writeReadyBlocks()
    {
        while (m_written < m_blocks.size() && m_blocks.at(m_written)) {
            writeOutBytes(*m_blocks.at(m_written));
            m_blocks[m_written].reset();
            ++m_written;
        }
        if (m_written == m_blocks.size()) {
            writeOutBytes(std::string_view(m_blocks.isEmpty() ? "]\n" : "\n]\n"));
            printed();
        }
    }

    void printed()
    {
        logging::component("cli")->debug("printed in {} ms", m_printing.elapsed());
        // Freeing them one by one is tens of milliseconds at 100,000 alerts that the command
        // need not wait for (opsdeck ends without it, runCommandLine).
        releaseInBackground(std::exchange(m_alerts, {}));
        m_finish(m_failed ? ExitFailure : ExitOk);
    }

    BackendTargets &m_targets;
    AlertFilter m_filter;
    bool m_json;
    std::unique_ptr<AlarmClient> m_client;
    QList<Alert> m_alerts;
    QObject m_context;             // receives the blocks of JSON made on the pool
    JobTracker m_jobs{&m_context}; // declared after what its jobs read
    QList<std::optional<std::string>> m_blocks;
    qsizetype m_written = 0;
    QElapsedTimer m_printing;
    bool m_failed = false;
    std::function<void(int)> m_finish;
};

} // namespace

int runAlertsCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(
        QStringLiteral("alerts"),
        QCoreApplication::translate(
            "AlertsCommand",
            "Print the current alerts of the workspace's backends, or of the Prometheus and "
            "Alertmanager servers given here. The same alert from several backends (an HA pair, "
            "a Prometheus and its Alertmanager) is shown once, listing them all."));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        QCoreApplication::translate("AlertsCommand",
                                    "Ask the configured backend NAME (repeatable; default: all)."),
        QStringLiteral("NAME"));
    const QCommandLineOption alertmanager(
        QStringLiteral("alertmanager"),
        QCoreApplication::translate("AlertsCommand", "Ask the Alertmanager at URL (repeatable)."),
        QStringLiteral("URL"));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"),
        QCoreApplication::translate("AlertsCommand", "Ask the Prometheus at URL (repeatable)."),
        QStringLiteral("URL"));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        QCoreApplication::translate("AlertsCommand",
                                    "Only alerts matching EXPR, as in the console's filter bar: "
                                    "severity=critical job=~\"node.*\" @state=active words."),
        QStringLiteral("EXPR"));
    command.parser().addOptions({backend, alertmanager, prometheus, filter});
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QCommandLineParser &parser = command.parser();
    if (!parser.positionalArguments().isEmpty()) {
        return command.usageError(
            QCoreApplication::translate("AlertsCommand", "unexpected argument '%1'")
                .arg(parser.positionalArguments().constFirst()));
    }
    QList<BackendEndpoint> adHoc = options.backends;
    for (const auto &[option, kind] :
         {std::pair{&alertmanager, BackendEndpoint::Kind::Alertmanager},
          std::pair{&prometheus, BackendEndpoint::Kind::Prometheus}}) {
        for (const QString &value : parser.values(*option)) {
            QString urlError;
            const QUrl url = BackendEndpoint::parseUrl(value, &urlError);
            if (!url.isValid()) {
                return command.usageError(
                    QStringLiteral("--%1: %2").arg(option->names().constFirst(), urlError));
            }
            adHoc.append({kind, url.authority(), url});
        }
    }
    FilterError filterError;
    AlertFilter alertFilter = AlertFilter::parse(parser.value(filter), &filterError);
    if (!filterError.isEmpty()) {
        return command.usageError(
            QCoreApplication::translate("AlertsCommand", "--filter, column %1: %2")
                .arg(filterError.column)
                .arg(filterError.message));
    }
    BackendTargets targets;
    QString error;
    int exitCode = ExitOk;
    if (!targets.resolve(parser.values(backend), adHoc, options.workspacePath, std::nullopt, &error,
                         &exitCode)) {
        if (exitCode == ExitUsage) {
            return command.usageError(error);
        }
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return exitCode;
    }
    AlertsRun run(targets, std::move(alertFilter), command.json());
    return runInMainLoop([&run](const std::function<void(int)> &finish) { run.start(finish); });
}

} // namespace opsdeck::app::cli
