// Post-mortem benchmark, with the real editor dock on the platform Qt is given (offscreen in
// docs/performance.md): a 10 MB paste into a section (the GUI thread's time for the paste, the
// longest the event loop then stalls while the preview and autosave react, keystrokes typed
// into the 10 MB section), the autosave of that working copy, and saving and exporting a
// typical post-mortem (12 sections, 40 timeline rows, 10 action items, one chart).
//
//   bench_postmortem [--json] [--megabytes N]
#include "metrics/metricsnapshot.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemexport.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/sectioneditor.h"
#include "store/workspacestore.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace opsdeck;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The longest gap between ticks of a 5 ms timer over `milliseconds`: how long the GUI thread
// was unable to react.
double longestStall(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    ticker.start();
    while (clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return double(longest) / 1e6;
}

PostMortem typical(PostMortemService &service, QString *error)
{
    std::optional<PostMortem> made = service.createBlank(
        QStringLiteral("Checkout errors above 5 %"), QStringLiteral("sam"), error);
    if (!made) {
        return {};
    }
    QString paragraph;
    for (int i = 0; i < 12; ++i) {
        paragraph += QStringLiteral("The **connection pool** ran dry after the deploy; see "
                                    "[the dashboard](https://grafana.example.com/d/42). ");
    }
    for (PostMortem::Section &section : made->sections) {
        section.markdown += paragraph + QStringLiteral("\n\n- one\n- two\n");
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < 40; ++i) {
        made->timeline.append({newId(),
                               start.addSecs(qint64(i) * 60),
                               QStringLiteral("alex"),
                               QStringLiteral("Step %1 of the response").arg(i),
                               QString(),
                               {}});
    }
    for (int i = 0; i < 10; ++i) {
        made->actionItems.append({newId(), QStringLiteral("Action %1").arg(i),
                                  QStringLiteral("kim"), PostMortem::ActionItem::Priority::P2,
                                  QDate::currentDate().addDays(i - 3),
                                  QStringLiteral("https://tickets.example.com/OPS-%1").arg(i),
                                  PostMortem::ActionItem::Status::Open});
    }
    MetricSnapshot snapshot;
    snapshot.query = QStringLiteral("sum by (code) (rate(http_requests_total[5m]))");
    snapshot.start = start;
    snapshot.end = start.addSecs(3600);
    snapshot.stepSeconds = 15;
    for (int series = 0; series < 3; ++series) {
        MetricSnapshot::Series one;
        one.labels = {{QStringLiteral("code"), QString::number(200 + series * 150)}};
        for (int point = 0; point < 240; ++point) {
            one.points.emplace_back(start.addSecs(qint64(point) * 15).toMSecsSinceEpoch(),
                                    10.0 + series * 5 + std::sin(point / 10.0) * 3);
        }
        snapshot.series.append(one);
    }
    const QString chartId = newId();
    made->charts.append({chartId, QStringLiteral("Requests by code"), snapshot.toPayload()});
    made->sections[1].markdown +=
        QStringLiteral("\n![Requests by code](snapshot:%1)\n").arg(chartId);
    std::optional<PostMortem> saved = service.save(*made, QStringLiteral("sam"), error);
    return saved ? *saved : PostMortem{};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption megabytesOption(QStringLiteral("megabytes"),
                                             QStringLiteral("Size of the paste (default 10)."),
                                             QStringLiteral("N"), QStringLiteral("10"));
    parser.addHelpOption();
    parser.addOptions({jsonOption, megabytesOption});
    parser.process(application);
    const int megabytes = std::max(1, parser.value(megabytesOption).toInt());

    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<WorkspaceStore> store =
        WorkspaceStore::open(dir.filePath(QStringLiteral("bench.opsdeck")), &error);
    if (!store) {
        std::fprintf(stderr, "bench_postmortem: %s\n", qPrintable(error));
        return 1;
    }
    PostMortemService service(*store);
    PostMortemCatalog catalog(*store);
    catalog.load();
    QElapsedTimer timer;
    timer.start();
    const PostMortem document = typical(service, &error);
    if (document.id.isEmpty()) {
        std::fprintf(stderr, "bench_postmortem: %s\n", qPrintable(error));
        return 1;
    }
    const double createAndSaveMs = msSince(timer);

    QJsonObject result;
    for (const auto format :
         {ui::PostMortemExport::Format::Markdown, ui::PostMortemExport::Format::Html,
          ui::PostMortemExport::Format::Pdf}) {
        timer.restart();
        const std::optional<QByteArray> bytes =
            ui::PostMortemExport::render(document, format, &error);
        const double ms = msSince(timer);
        if (!bytes) {
            std::fprintf(stderr, "bench_postmortem: export: %s\n", qPrintable(error));
            return 1;
        }
        QJsonObject figure{{QStringLiteral("ms"), ms},
                           {QStringLiteral("bytes"), double(bytes->size())}};
        result.insert(QStringLiteral("export_") + ui::PostMortemExport::formatName(format), figure);
    }

    QMainWindow window;
    auto *dock = new ui::PostMortemEditorDock(service, catalog, QStringLiteral("sam"), &window);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.resize(1200, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    dock->showPostMortem(document.id);
    QPlainTextEdit *editor = dock->sectionEditor()->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    QString line(99, QLatin1Char('x'));
    line += QLatin1Char('\n');
    QString big;
    big.reserve(qsizetype(megabytes) * 1024 * 1024 + line.size());
    while (big.size() < qsizetype(megabytes) * 1024 * 1024) {
        big += line;
    }
    QGuiApplication::clipboard()->setText(big);
    timer.restart();
    editor->paste();
    const double pasteMs = msSince(timer);
    const double stallAfterPasteMs = longestStall(6000); // preview and autosave react
    std::vector<double> keystrokes;
    for (int i = 0; i < 60; ++i) {
        timer.restart();
        QTest::keyClick(editor, Qt::Key_A);
        QCoreApplication::processEvents();
        keystrokes.push_back(msSince(timer));
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double keyMedian = keystrokes.at(keystrokes.size() / 2);
    const double keyMax = keystrokes.back();

    const PostMortem working = dock->workingCopy();
    timer.restart();
    const bool autosaved = service.autosave(working, QStringLiteral("sam"), &error);
    const double autosaveMs = msSince(timer);
    if (!autosaved) {
        std::fprintf(stderr, "bench_postmortem: autosave: %s\n", qPrintable(error));
        return 1;
    }

    result.insert(QStringLiteral("create_and_save_ms"), createAndSaveMs);
    result.insert(QStringLiteral("paste_megabytes"), megabytes);
    result.insert(QStringLiteral("paste_ms"), pasteMs);
    result.insert(QStringLiteral("stall_after_paste_ms"), stallAfterPasteMs);
    result.insert(QStringLiteral("keystroke_median_ms"), keyMedian);
    result.insert(QStringLiteral("keystroke_max_ms"), keyMax);
    result.insert(QStringLiteral("autosave_big_ms"), autosaveMs);
    if (parser.isSet(jsonOption)) {
        std::printf("%s", QJsonDocument(result).toJson().constData());
        return 0;
    }
    std::printf("typical post-mortem (12 sections, 40 timeline rows, 10 action items, 1 chart)\n");
    std::printf("  create + save (a version)    %8.1f ms\n", createAndSaveMs);
    for (const QString &name :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")}) {
        const QJsonObject figure = result.value(QStringLiteral("export_") + name).toObject();
        std::printf("  export %-4s                  %8.1f ms  %8.0f bytes\n", qPrintable(name),
                    figure.value(QStringLiteral("ms")).toDouble(),
                    figure.value(QStringLiteral("bytes")).toDouble());
    }
    std::printf("%d MB pasted into a section of the editor dock\n", megabytes);
    std::printf("  paste (GUI thread)           %8.1f ms\n", pasteMs);
    std::printf("  longest stall in next 6 s    %8.1f ms  (preview, autosave)\n",
                stallAfterPasteMs);
    std::printf("  keystroke, median / max      %8.2f / %.2f ms\n", keyMedian, keyMax);
    std::printf("  autosave of that copy        %8.1f ms  (the editor does it on a worker)\n",
                autosaveMs);
    return 0;
}
