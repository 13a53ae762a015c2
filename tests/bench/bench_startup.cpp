// Start-up benchmark: runs the real opsdeck binary again and again (offscreen platform, a fresh
// temporary HOME each run) and measures, from process start, the time until the main window's
// first paint, as well as the resident memory once it is idle.
//
//   bench_startup [--runs N] [--json] [--binary PATH] [--platform offscreen|xcb]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>

namespace {

struct Sample {
    qint64 wallMs = 0;      // parent-measured: process start to the "painted" log line
    qint64 inProcessMs = 0; // what the process itself reports
    qint64 idleRssKiB = 0;  // VmRSS one second after the first paint
};

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

std::optional<Sample> runOnce(const QString &binary, const QString &platform)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    environment.remove(QStringLiteral("XDG_DATA_HOME"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels); // the log line arrives on stderr
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {QStringLiteral("--log-level"), QStringLiteral("info")});
    QByteArray output;
    Sample sample;
    while (process.waitForReadyRead(10000)) {
        output += process.readAll();
        const qsizetype at = output.indexOf("main window painted ");
        if (at >= 0 && output.indexOf(" ms after start", at) > 0) {
            sample.wallMs = timer.elapsed();
            sample.inProcessMs = output.mid(at + 20).split(' ').first().toLongLong();
            break;
        }
    }
    if (sample.wallMs == 0) {
        std::fprintf(stderr, "no first paint reported; the process printed:\n%s\n",
                     output.constData());
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    QThread::msleep(1000);
    sample.idleRssKiB = rssKiB(process.processId());
    process.terminate(); // by process id
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
    return sample;
}

template <typename Field>
QList<qint64> column(const QList<Sample> &samples, Field field)
{
    QList<qint64> values;
    for (const Sample &sample : samples) {
        values.append(sample.*field);
    }
    std::sort(values.begin(), values.end());
    return values;
}

qint64 percentile(const QList<qint64> &sorted, double p)
{
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption binaryOption(QStringLiteral("binary"),
                                          QStringLiteral("opsdeck to run."), QStringLiteral("PATH"),
                                          QStringLiteral(OPSDECK_BINARY));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"),
        QStringLiteral("Qt platform: offscreen, or xcb under a display."), QStringLiteral("NAME"),
        QStringLiteral("offscreen"));
    parser.addOptions({runsOption, jsonOption, binaryOption, platformOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (runs < 1) {
        std::fprintf(stderr, "bench_startup: --runs must be a positive number\n");
        return 2;
    }
    const QString binary = parser.value(binaryOption);
    const QString platform = parser.value(platformOption);

    if (!runOnce(binary, platform)) { // warm-up: file cache, font cache
        return 1;
    }
    QList<Sample> samples;
    for (int run = 0; run < runs; ++run) {
        const auto sample = runOnce(binary, platform);
        if (!sample) {
            return 1;
        }
        samples.append(*sample);
    }
    const auto wall = column(samples, &Sample::wallMs);
    const auto inProcess = column(samples, &Sample::inProcessMs);
    const auto rss = column(samples, &Sample::idleRssKiB);
    if (parser.isSet(jsonOption)) {
        const QJsonObject result{
            {QStringLiteral("runs"), runs},
            {QStringLiteral("first_paint_ms_median"), percentile(wall, 0.5)},
            {QStringLiteral("first_paint_ms_p90"), percentile(wall, 0.9)},
            {QStringLiteral("first_paint_ms_max"), wall.last()},
            {QStringLiteral("in_process_ms_median"), percentile(inProcess, 0.5)},
            {QStringLiteral("idle_rss_mib_median"), double(percentile(rss, 0.5)) / 1024.0},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("machine"), QSysInfo::prettyProductName()},
        };
        std::printf("%s", QJsonDocument(result).toJson().constData());
        return 0;
    }
    std::printf("start to first painted window (%d runs, platform %s, fresh HOME)\n", runs,
                qPrintable(platform));
    std::printf("  wall, process start to first paint: median %lld ms, p90 %lld ms, max %lld ms\n",
                percentile(wall, 0.5), percentile(wall, 0.9), wall.last());
    std::printf("  of which inside main():             median %lld ms\n",
                percentile(inProcess, 0.5));
    std::printf("  idle resident memory:               median %.1f MiB, max %.1f MiB\n",
                double(percentile(rss, 0.5)) / 1024.0, double(rss.last()) / 1024.0);
    return 0;
}
