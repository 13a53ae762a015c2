// Dashboards benchmark, one panel: a Prometheus range answer of S series × P points (100 ×
// 11,000 by default, written as Prometheus writes it) read, summed up and decimated to a
// 1,000-pixel plot as the query engine does on a worker; then TimeSeriesChart drawing it at
// 1200×400: a frame after new data (pan or zoom: the plot drawn again) and a hover frame (the
// cached plot and the crosshair over it). Medians of --runs; memory as RSS growth.
//
//   bench_dashboards [--json] [--series S] [--points P] [--runs N]
#include "dashboards/seriesreduction.h"
#include "dashboards/timeserieschart.h"
#include "metrics/queryanswer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace opsdeck;
using opsdeck::ui::TimeSeriesChart;

namespace {

constexpr qint64 kStartMs = 1'796'688'000'000;
constexpr qint64 kStepMs = 15'000;
constexpr int kColumns = 1000;

QByteArray answer(int series, int points)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < series; ++s) {
        body += s > 0 ? "," : "";
        body += R"({"metric":{"__name__":"node_cpu_seconds_total","cpu":")" +
                QByteArray::number(s) + R"(","instance":"host-)" + QByteArray::number(s % 7) +
                R"(:9100","job":"node","mode":"user"},"values":[)";
        for (int p = 0; p < points; ++p) {
            const double seconds = double(kStartMs + p * kStepMs) / 1000.0;
            const double value = 50 + 40 * std::sin(p / 100.0 + s) + (p % 97 == 0 ? 30 : 0);
            body += (p > 0 ? "," : "") + QByteArray("[") + QByteArray::number(seconds, 'f', 3) +
                    ",\"" + QByteArray::number(value, 'g', 10) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? std::nan("") : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("Series."),
                                          QStringLiteral("S"), QStringLiteral("100"));
    const QCommandLineOption pointsOption(QStringLiteral("points"),
                                          QStringLiteral("Points a series."), QStringLiteral("P"),
                                          QStringLiteral("11000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({json, seriesOption, pointsOption, runsOption});
    parser.process(app);
    const int seriesCount = std::max(1, parser.value(seriesOption).toInt());
    const int pointCount = std::max(2, parser.value(pointsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const qint64 rssBefore = rssKiB();
    const QByteArray body = answer(seriesCount, pointCount);
    const qint64 rssWithBody = rssKiB();
    QList<double> parseMs;
    QList<double> reduceMs;
    QList<TimeSeriesChart::Line> lines;
    qint64 rssPeak = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        QString error;
        std::optional<QueryAnswer> parsed = QueryAnswer::parse(body, 500, &error);
        parseMs.append(double(clock.nsecsElapsed()) / 1e6);
        if (!parsed) {
            std::fprintf(stderr, "unreadable answer: %s\n", qPrintable(error));
            return 1;
        }
        rssPeak = std::max(rssPeak, rssKiB());
        clock.restart();
        lines.clear();
        const qint64 endMs = kStartMs + (pointCount - 1) * kStepMs;
        for (qsizetype i = 0; i < parsed->series.size(); ++i) {
            const SeriesSummary summary = SeriesSummary::of(parsed->series.at(i).points);
            TimeSeriesChart::Line line;
            line.name = parsed->series.at(i).labels.value(QStringLiteral("cpu"));
            line.color = TimeSeriesChart::paletteColor(int(i));
            line.points =
                decimateForColumns(parsed->series.at(i).points, kStartMs, endMs, kColumns, kStepMs);
            line.legendValue = QString::number(summary.max.value_or(0));
            lines.append(std::move(line));
        }
        reduceMs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    qsizetype drawnPoints = 0;
    for (const TimeSeriesChart::Line &line : std::as_const(lines)) {
        drawnPoints += qsizetype(line.points.size());
    }

    TimeSeriesChart chart;
    chart.resize(1200, 400);
    chart.setRange(kStartMs, kStartMs + (pointCount - 1) * kStepMs);
    chart.setUnit(QStringLiteral("percent"), std::nullopt);
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> dataFrameMs;
    QList<double> hoverFrameMs;
    for (int run = 0; run < runs; ++run) {
        chart.setLines(lines); // new data: the plot is drawn again
        QElapsedTimer clock;
        clock.start();
        chart.render(&image);
        dataFrameMs.append(double(clock.nsecsElapsed()) / 1e6);
        for (int step = 0; step < 20; ++step) {
            chart.setCrosshair(kStartMs + qint64(step + 1) * (pointCount / 21) * kStepMs);
            clock.restart();
            chart.render(&image);
            hoverFrameMs.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    const double extraMiB = double(rssPeak - rssWithBody) / 1024.0;
    const QJsonObject figures{
        {QStringLiteral("series"), seriesCount},
        {QStringLiteral("points"), pointCount},
        {QStringLiteral("answerMiB"), double(body.size()) / 1048576.0},
        {QStringLiteral("parseMs"), median(parseMs)},
        {QStringLiteral("reduceAndDecimateMs"), median(reduceMs)},
        {QStringLiteral("drawnPoints"), qint64(drawnPoints)},
        {QStringLiteral("dataFrameMs"), median(dataFrameMs)},
        {QStringLiteral("hoverFrameMs"), median(hoverFrameMs)},
        {QStringLiteral("parsedExtraMiB"), extraMiB},
        {QStringLiteral("answerRssMiB"), double(rssWithBody - rssBefore) / 1024.0}};
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("answer: %d series × %d points, %.1f MiB\n", seriesCount, pointCount,
                double(body.size()) / 1048576.0);
    std::printf("read on a worker:        %8.1f ms (median of %d)\n", median(parseMs), runs);
    std::printf("summed up and decimated: %8.1f ms → %lld points drawn\n", median(reduceMs),
                static_cast<long long>(drawnPoints));
    std::printf("frame after new data:    %8.1f ms (pan, zoom)\n", median(dataFrameMs));
    std::printf("hover frame:             %8.2f ms (crosshair over the cached plot)\n",
                median(hoverFrameMs));
    std::printf("memory of the parsed series: %.1f MiB more than the answer's bytes\n", extraMiB);
    return 0;
}
