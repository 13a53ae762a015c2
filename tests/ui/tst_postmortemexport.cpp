#include "metrics/metricsnapshot.h"
#include "postmortems/postmortemchartpainter.h"
#include "postmortems/postmortemexport.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemrenderer.h"
#include "testhome.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <limits>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

constexpr qint64 kStartMs = 1767261600000; // 2026-01-01 10:00:00 UTC
const QString kChartId = QStringLiteral("0190c3a2-0000-7000-8000-00000000c0de");
const QColor kFirstSeries(0x4e, 0x79, 0xa7);
const QColor kSecondSeries(0xf2, 0x8e, 0x2b);

Json twoSeriesPayload()
{
    MetricSnapshot snapshot;
    snapshot.query = QStringLiteral("sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))");
    snapshot.backendName = QStringLiteral("Main Prometheus");
    snapshot.start = QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC);
    snapshot.end = snapshot.start.addSecs(3600);
    snapshot.stepSeconds = 30;
    for (const QString &job : {QStringLiteral("api"), QStringLiteral("checkout")}) {
        MetricSnapshot::Series series;
        series.labels = {{QStringLiteral("job"), job}};
        const double base = job == QLatin1String("api") ? 10.0 : 40.0;
        for (qint64 i = 0; i <= 120; ++i) {
            series.points.emplace_back(kStartMs + i * 30000,
                                       base + 8.0 * std::sin(static_cast<double>(i) / 10.0));
        }
        snapshot.series.append(series);
    }
    return snapshot.toPayload();
}

PostMortem::Chart errorRateChart()
{
    return {kChartId, QStringLiteral("5xx rate by job"), twoSeriesPayload()};
}

PostMortem samplePostMortem()
{
    PostMortem postMortem;
    postMortem.id = QStringLiteral("0190c3a2-0000-7000-8000-000000000042");
    postMortem.incidentKey = QStringLiteral("INC-2026-0042");
    postMortem.title = QStringLiteral("Checkout <i>outage</i> & recovery");
    postMortem.severity = Incident::Severity::Sev2;
    postMortem.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
    postMortem.author = QStringLiteral("Dana");
    postMortem.reviewers = {QStringLiteral("Lee"), QStringLiteral("Kim")};
    postMortem.reviewState = PostMortem::ReviewState::InReview;
    postMortem.sections = {
        {QStringLiteral("summary"), QStringLiteral("Summary"),
         QStringLiteral("Checkout failed for **40 minutes**.\n\n"
                        "<script>alert(1)</script>\n\n"
                        "Typed <b>bold</b> and [a script link](javascript:alert(2)).\n\n"
                        "Also typed: <img src=\"https://example.com/t.png\"> "
                        "<link rel=\"stylesheet\" href=\"https://example.com/s.css\">\n")},
        {QStringLiteral("impact"), QStringLiteral("Impact"),
         QStringLiteral("![Error rate](snapshot:%1)\n\n![x](https://example.com/a.png)\n")
             .arg(kChartId)},
        {QLatin1String(PostMortem::TimelineSectionKey), QStringLiteral("Timeline"),
         QStringLiteral("Key events:\n")},
        {QLatin1String(PostMortem::ActionItemsSectionKey), QStringLiteral("Action items"), {}},
    };
    postMortem.timeline = {
        {QStringLiteral("t1"),
         QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC),
         QStringLiteral("alertmanager"),
         QStringLiteral("CheckoutErrors <firing>"),
         QStringLiteral("first signal"),
         {}},
        {QStringLiteral("t2"),
         QDateTime::fromMSecsSinceEpoch(kStartMs + 2400000, Qt::UTC),
         QStringLiteral("Dana"),
         QStringLiteral("Rolled back 2.14"),
         {},
         {}},
    };
    postMortem.charts = {errorRateChart()};
    postMortem.actionItems = {
        {QStringLiteral("a1"), QStringLiteral("Alert on checkout latency"), QStringLiteral("Lee"),
         PostMortem::ActionItem::Priority::P2, QDate(2026, 1, 10),
         QStringLiteral("https://tracker.example/OPS-1"), PostMortem::ActionItem::Status::Open},
        {QStringLiteral("a2"),
         QStringLiteral("Canary the payment client"),
         QStringLiteral("Kim"),
         PostMortem::ActionItem::Priority::P3,
         QDate(2026, 1, 5),
         {},
         PostMortem::ActionItem::Status::Done},
        {QStringLiteral("a3"),
         QStringLiteral("Runbook for rollbacks"),
         QStringLiteral("Dana"),
         PostMortem::ActionItem::Priority::P3,
         QDate(2026, 3, 1),
         {},
         PostMortem::ActionItem::Status::InProgress},
    };
    return postMortem;
}

// Records every resource a layout asks for, so that a test can tell nothing was fetched.
class RecordingDocument : public QTextDocument {
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

QList<QTextImageFormat> imagesOf(const QTextDocument &document)
{
    QList<QTextImageFormat> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                images.append(it.fragment().charFormat().toImageFormat());
            }
        }
    }
    return images;
}

QStringList anchorsOf(const QTextDocument &document)
{
    QStringList anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor()) {
                anchors.append(it.fragment().charFormat().anchorHref());
            }
        }
    }
    return anchors;
}

// Lays the document out and paints it, as a preview would.
void paint(QTextDocument &document)
{
    document.setTextWidth(600);
    QImage image(600, static_cast<int>(document.size().height()) + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
}

int countNear(const QImage &image, const QRect &area, const QColor &colour)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                    std::abs(pixel.blue() - colour.blue()) <
                40) {
                ++count;
            }
        }
    }
    return count;
}

qsizetype pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return QString::fromLatin1(pdf).count(page);
}

} // namespace

class PostMortemExportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        QCOMPARE(PostMortemExport::formatFromName(QStringLiteral("md")),
                 PostMortemExport::Format::Markdown);
        QCOMPARE(PostMortemExport::formatFromName(QStringLiteral("Markdown")),
                 PostMortemExport::Format::Markdown);
        QCOMPARE(PostMortemExport::formatFromName(QStringLiteral("HTML")),
                 PostMortemExport::Format::Html);
        QCOMPARE(PostMortemExport::formatFromName(QStringLiteral("pdf")),
                 PostMortemExport::Format::Pdf);
        QVERIFY(!PostMortemExport::formatFromName(QStringLiteral("docx")));
        QVERIFY(!PostMortemExport::formatFromName(QString()));
        QCOMPARE(PostMortemExport::formatName(PostMortemExport::Format::Html),
                 QStringLiteral("html"));
        QCOMPARE(PostMortemExport::fileSuffix(PostMortemExport::Format::Pdf),
                 QStringLiteral(".pdf"));
        QCOMPARE(PostMortemExport::fileSuffix(PostMortemExport::Format::Markdown),
                 QStringLiteral(".md"));
    }

    void markdownRoundTrips()
    {
        const PostMortem postMortem = samplePostMortem();
        QString error;
        const std::optional<QByteArray> markdown =
            PostMortemExport::render(postMortem, PostMortemExport::Format::Markdown, &error);
        QVERIFY2(markdown, qPrintable(error));
        QCOMPARE(*markdown, PostMortemMarkdown::write(postMortem));
        QList<PostMortem::Section> templateSections = postMortem.sections;
        for (PostMortem::Section &section : templateSections) {
            section.markdown.clear();
        }
        const std::optional<PostMortem> read =
            PostMortemMarkdown::read(*markdown, templateSections, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->title, postMortem.title);
        QCOMPARE(read->sections.size(), postMortem.sections.size());
        for (qsizetype i = 0; i < postMortem.sections.size(); ++i) {
            QCOMPARE(read->sections.at(i).title, postMortem.sections.at(i).title);
            QCOMPARE(read->sections.at(i).markdown.trimmed(),
                     postMortem.sections.at(i).markdown.trimmed());
        }
        QCOMPARE(read->actionItems.size(), postMortem.actionItems.size());
        QCOMPARE(read->actionItems.at(0).description, postMortem.actionItems.at(0).description);
        QCOMPARE(read->actionItems.at(0).due, postMortem.actionItems.at(0).due);
    }

    void remoteImagesBecomeLinksAndAreNeverLoaded()
    {
        RecordingDocument document;
        PostMortemRenderer::renderMarkdown(
            &document,
            QStringLiteral("Before ![diagram](https://example.com/a.png) and "
                           "![](//cdn.example.net/b.gif) and ![ftp](ftp://files.example/c.png) "
                           "and ![local](file:///etc/hostname) and ![rel](img/d.png)\n"),
            {});
        paint(document);
        QVERIFY2(
            document.requested.isEmpty(),
            qPrintable(QStringLiteral("loaded: %1").arg(document.requested.value(0).toString())));
        QVERIFY(imagesOf(document).isEmpty());
        const QString text = document.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("diagram (https://example.com/a.png)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("//cdn.example.net/b.gif")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ftp (ftp://files.example/c.png)")));
        QVERIFY(text.contains(QStringLiteral("local (file:///etc/hostname)")));
        QVERIFY(text.contains(QStringLiteral("rel (img/d.png)")));
        const QStringList anchors = anchorsOf(document);
        QVERIFY(anchors.contains(QStringLiteral("https://example.com/a.png")));
        QVERIFY(anchors.contains(QStringLiteral("ftp://files.example/c.png")));
        QVERIFY(!anchors.contains(QStringLiteral("file:///etc/hostname")));
    }

    void snapshotImagesShowTheFrozenChart()
    {
        RecordingDocument document;
        PostMortemRenderer::renderMarkdown(
            &document,
            QStringLiteral("Errors:\n\n![Error rate](snapshot:%1)\n\n![Gone](snapshot:nope)\n\n"
                           "Untitled: ![](snapshot:%1)\n\n```\nkeep ![](as written)\n```\n")
                .arg(kChartId),
            {errorRateChart()});
        QVERIFY2(document.toPlainText().contains(QStringLiteral("keep ![](as written)")),
                 qPrintable(document.toPlainText()));
        const QList<QTextImageFormat> images = imagesOf(document);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(1).name(), images.at(0).name());
        QCOMPARE(images.at(0).name(), QStringLiteral("snapshot:%1").arg(kChartId));
        const QImage resource =
            document.resource(QTextDocument::ImageResource, QUrl(images.at(0).name()))
                .value<QImage>();
        QVERIFY(!resource.isNull());
        QVERIFY(document.toPlainText().contains(QStringLiteral("[missing chart nope]")));
        paint(document);
        QVERIFY(document.requested.isEmpty());
    }

    void typedHtmlStaysText()
    {
        QTextDocument document;
        PostMortemRenderer::renderMarkdown(
            &document, QStringLiteral("<b>bold</b> <img src=\"https://example.com/x.png\">\n"), {});
        QVERIFY(document.toPlainText().contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(imagesOf(document).isEmpty());
    }

    void promptCommentsAreHiddenButCodeKeepsThem()
    {
        QTextDocument document;
        PostMortemRenderer::renderMarkdown(
            &document,
            QStringLiteral("<!-- What happened, in three sentences. -->\nThe queue stalled.\n"
                           "<!-- a prompt\nover two lines -->\n```\n<!-- kept -->\n```\n"),
            {});
        const QString text = document.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The queue stalled.")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("three sentences")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("two lines")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<!-- kept -->")), qPrintable(text));
    }

    void wholeDocumentHasFactsSectionsAndTables()
    {
        QTextDocument document;
        const PostMortem postMortem = samplePostMortem();
        PostMortemRenderer::renderPostMortem(&document, postMortem, QDate(2026, 2, 1));
        const QString text = document.toPlainText();
        QVERIFY(text.startsWith(postMortem.title));
        for (const QString &fact :
             {QStringLiteral("INC-2026-0042"), QStringLiteral("SEV2"),
              QStringLiteral("checkout, payments"), QStringLiteral("In review"),
              QStringLiteral("Lee, Kim"), QStringLiteral("Dana")}) {
            QVERIFY2(text.contains(fact), qPrintable(fact));
        }
        qsizetype previous = -1;
        for (const PostMortem::Section &section : postMortem.sections) {
            const qsizetype at = text.indexOf(section.title, previous + 1);
            QVERIFY2(at > previous, qPrintable(section.title));
            previous = at;
        }
        QList<QTextTable *> tables;
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                tables.append(table);
            }
        }
        QCOMPARE(tables.size(), 2);
        const QTextTable *timeline = tables.at(0);
        QCOMPARE(timeline->rows(), 3);
        QCOMPARE(timeline->columns(), 4);
        QCOMPARE(timeline->cellAt(1, 0).firstCursorPosition().block().text(),
                 QStringLiteral("2026-01-01 10:00:00"));
        QCOMPARE(timeline->cellAt(1, 2).firstCursorPosition().block().text(),
                 QStringLiteral("CheckoutErrors <firing>"));
        const QTextTable *actions = tables.at(1);
        QCOMPARE(actions->rows(), 4);
        QCOMPARE(actions->columns(), 6);
        // Open and past due: flagged. Done: not, whatever the date. Due later: not.
        QCOMPARE(actions->cellAt(1, 3).firstCursorPosition().block().text(),
                 QStringLiteral("2026-01-10 (overdue)"));
        QCOMPARE(actions->cellAt(2, 3).firstCursorPosition().block().text(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(actions->cellAt(3, 3).firstCursorPosition().block().text(),
                 QStringLiteral("2026-03-01"));
        QCOMPARE(text.count(QStringLiteral("overdue")), 1);
        QVERIFY(anchorsOf(document).contains(QStringLiteral("https://tracker.example/OPS-1")));
        QVERIFY(!anchorsOf(document).contains(QStringLiteral("javascript:alert(2)")));
        QCOMPARE(imagesOf(document).size(), 1);
    }

    void sectionsKeepTheirFirstBlock()
    {
        PostMortem postMortem = samplePostMortem();
        postMortem.sections = {
            {QStringLiteral("a"), QStringLiteral("Heading first"),
             QStringLiteral("### Sub\ntext\n")},
            {QStringLiteral("b"), QStringLiteral("Code first"),
             QStringLiteral("```\nkubectl get pods\n```\n")},
            {QStringLiteral("c"), QStringLiteral("List first"), QStringLiteral("- one\n- two\n")},
            {QStringLiteral("d"), QStringLiteral("Table first"),
             QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n")},
        };
        QTextDocument document;
        PostMortemRenderer::renderPostMortem(&document, postMortem, QDate(2026, 2, 1));
        const auto blockOf = [&document](const QString &text) {
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                if (block.text() == text) {
                    return block;
                }
            }
            return QTextBlock();
        };
        QCOMPARE(blockOf(QStringLiteral("Heading first")).blockFormat().headingLevel(), 2);
        QCOMPARE(blockOf(QStringLiteral("Sub")).blockFormat().headingLevel(), 3);
        QVERIFY(blockOf(QStringLiteral("Sub")).previous().text() ==
                QStringLiteral("Heading first"));
        QVERIFY(blockOf(QStringLiteral("kubectl get pods"))
                    .blockFormat()
                    .hasProperty(QTextFormat::BlockCodeFence));
        QVERIFY(blockOf(QStringLiteral("one")).textList());
        QCOMPARE(blockOf(QStringLiteral("one")).previous().text(), QStringLiteral("List first"));
        QVERIFY(!document.toPlainText().contains(QStringLiteral("\nx\n")));
        QVERIFY(QTextCursor(blockOf(QStringLiteral("1"))).currentTable());
        // No section shows the chart: it still is in the document, after the sections.
        QCOMPARE(blockOf(QStringLiteral("Charts")).blockFormat().headingLevel(), 2);
        QCOMPARE(imagesOf(document).size(), 1);
    }

    void htmlIsSelfContainedAndEscaped()
    {
        QString error;
        const std::optional<QByteArray> bytes =
            PostMortemExport::render(samplePostMortem(), PostMortemExport::Format::Html, &error);
        QVERIFY2(bytes, qPrintable(error));
        const QString html = QString::fromUtf8(*bytes);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(
            QStringLiteral("<title>Checkout &lt;i&gt;outage&lt;/i&gt; &amp; recovery</title>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("&lt;link rel=")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=")));
        QVERIFY(!html.contains(QStringLiteral("@import")));
        // The chart is embedded; the remote image is a link, never an <img>.
        static const QRegularExpression embedded(
            QStringLiteral("<img[^>]*src=\"data:image/png;base64,[A-Za-z0-9+/=]{100,}\""));
        QVERIFY(embedded.match(html).hasMatch());
        QVERIFY(!html.contains(QStringLiteral("snapshot:")));
        static const QRegularExpression otherImage(
            QStringLiteral("<img[^>]*src=\"(?!data:image/png;base64,)"));
        QVERIFY2(!otherImage.match(html).hasMatch(), qPrintable(otherImage.match(html).captured()));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.com/a.png\"")));
        QVERIFY(html.contains(QStringLiteral("x (https://example.com/a.png)")));
        QVERIFY(html.contains(QStringLiteral("2026-01-10 (overdue)")));
    }

    void pdfHasPagesAndCharts()
    {
        QString error;
        const std::optional<QByteArray> shortPdf =
            PostMortemExport::render(samplePostMortem(), PostMortemExport::Format::Pdf, &error);
        QVERIFY2(shortPdf, qPrintable(error));
        QVERIFY(shortPdf->startsWith("%PDF"));
        QVERIFY(shortPdf->contains("/Subtype /Image"));

        PostMortem longOne = samplePostMortem();
        for (int i = 0; i < 40; ++i) {
            longOne.sections.append(
                {QStringLiteral("extra%1").arg(i), QStringLiteral("Finding %1").arg(i),
                 QStringLiteral(
                     "A paragraph that says what was learnt, long enough to fill a "
                     "line or two of an A4 page when it is printed.\n\n- one\n- two\n")});
        }
        const std::optional<QByteArray> longPdf =
            PostMortemExport::render(longOne, PostMortemExport::Format::Pdf, &error);
        QVERIFY2(longPdf, qPrintable(error));
        QVERIFY(longPdf->startsWith("%PDF"));
        QVERIFY2(pageCount(*longPdf) > pageCount(*shortPdf),
                 qPrintable(QStringLiteral("%1 pages, short one %2")
                                .arg(pageCount(*longPdf))
                                .arg(pageCount(*shortPdf))));
        QVERIFY(pageCount(*longPdf) > 1);
    }

    void chartImageDrawsBothSeries()
    {
        const QImage image = PostMortemChartPainter::image(errorRateChart(), QSize(800, 400));
        QCOMPARE(image.size(), QSize(800, 400));
        // The plot's middle: away from the title, the labels and the legend.
        const QRect plot(200, 100, 500, 200);
        QVERIFY(countNear(image, plot, kFirstSeries) > 30);
        QVERIFY(countNear(image, plot, kSecondSeries) > 30);
        int background = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            for (int x = plot.left(); x <= plot.right(); ++x) {
                background += image.pixel(x, y) == qRgb(255, 255, 255) ? 1 : 0;
            }
        }
        QVERIFY(background < plot.width() * plot.height());
    }

    void chartImageOfBadDataSaysSo()
    {
        PostMortem::Chart broken{QStringLiteral("b"), QStringLiteral("Broken"),
                                 Json{{"series", "not a list"}}};
        const QImage image = PostMortemChartPainter::image(broken, QSize(400, 200));
        QCOMPARE(image.size(), QSize(400, 200));
        PostMortem::Chart empty{QStringLiteral("e"), QStringLiteral("Empty"),
                                MetricSnapshot().toPayload()};
        QVERIFY(!PostMortemChartPainter::image(empty, QSize(400, 200)).isNull());
    }

    void chartImageOfManyAndOddSeries()
    {
        MetricSnapshot snapshot = MetricSnapshot::fromPayload(twoSeriesPayload());
        for (int i = 0; i < 40; ++i) {
            MetricSnapshot::Series series;
            series.labels = {{QStringLiteral("instance"), QStringLiteral("host-%1:9100").arg(i)}};
            series.points = {{kStartMs + qint64(i) * 60000, static_cast<double>(i)}};
            snapshot.series.append(series);
        }
        MetricSnapshot::Series odd;
        odd.labels = {{QStringLiteral("job"), QStringLiteral("odd")}};
        odd.points = {{kStartMs, std::nan("")},
                      {kStartMs + 1000, std::numeric_limits<double>::infinity()},
                      {kStartMs + 2000, 5.0},
                      {kStartMs + 3000, 5.0}};
        snapshot.series.append(odd);
        const PostMortem::Chart chart{QStringLiteral("many"), QStringLiteral("Many"),
                                      snapshot.toPayload()};
        const QImage image = PostMortemChartPainter::image(chart, QSize(800, 400));
        QVERIFY(countNear(image, QRect(200, 100, 500, 150), kFirstSeries) > 30);

        MetricSnapshot flat;
        flat.start = QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC);
        flat.end = flat.start;
        flat.series = {odd};
        const QImage flatImage = PostMortemChartPainter::image(
            {QStringLiteral("flat"), QStringLiteral("Flat"), flat.toPayload()}, QSize(400, 200));
        QCOMPARE(flatImage.size(), QSize(400, 200));
    }

    void rendersOnAWorkerThread()
    {
        const PostMortem postMortem = samplePostMortem();
        QFuture<QList<QByteArray>> future = QtConcurrent::run([postMortem] {
            QList<QByteArray> files;
            for (const auto format :
                 {PostMortemExport::Format::Html, PostMortemExport::Format::Pdf}) {
                QString error;
                files.append(
                    PostMortemExport::render(postMortem, format, &error).value_or(QByteArray()));
            }
            const QImage chart = PostMortemChartPainter::image(errorRateChart(), QSize(400, 200));
            files.append(chart.isNull() ? QByteArray() : QByteArray("chart"));
            return files;
        });
        const QList<QByteArray> files = future.result();
        QCOMPARE(files.size(), 3);
        QVERIFY(files.at(0).startsWith("<!DOCTYPE html>"));
        QVERIFY(files.at(0).contains("data:image/png;base64,"));
        QVERIFY(files.at(1).startsWith("%PDF"));
        QCOMPARE(files.at(2), QByteArray("chart"));
    }
};

OPSDECK_TEST_MAIN(PostMortemExportTest)

#include "tst_postmortemexport.moc"
