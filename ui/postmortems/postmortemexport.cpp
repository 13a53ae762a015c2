#include "postmortems/postmortemexport.h"

#include "postmortems/postmortemchartpainter.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace opsdeck::ui {
namespace {

constexpr int PdfResolution = 300;
const QSize EmbeddedChartSize(1280, 640);

// Readable on screen, plain on paper. Nothing here loads anything.
const char *const HtmlStyle = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       line-height: 1.5; color: #1b1b1b; background: #fff; max-width: 52em; margin: 2em auto;
       padding: 0 1em; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #999; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
img { max-width: 100%; height: auto; }
pre, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
pre { background: #f5f5f5; padding: .5em; overflow-x: auto; }
a { color: #1a5fb4; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; }
  h2 { page-break-after: avoid; }
  tr, img { page-break-inside: avoid; }
}
)";

QString renderedBody(const QTextDocument &document)
{
    QString html = document.toHtml();
    const qsizetype bodyTag = html.indexOf(QLatin1String("<body"));
    const qsizetype bodyStart = bodyTag < 0 ? -1 : html.indexOf(QLatin1Char('>'), bodyTag);
    const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"));
    if (bodyStart < 0 || bodyEnd < bodyStart) {
        return html;
    }
    return html.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
}

QString pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// What must never be in an export whatever the document held: active content, outside
// resources. The body comes from QTextDocument::toHtml, which escapes all text; this is the
// last check that it did.
std::optional<QString> unsafeHtml(const QString &html)
{
    static const QRegularExpression activeContent(
        QStringLiteral("<\\s*(script|iframe|object|embed|link|base|form|meta\\s+http-equiv="
                       "\"refresh)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression source(QStringLiteral("\\ssrc\\s*=\\s*\"(?!data:image/png;)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptLink(QStringLiteral("href\\s*=\\s*\"\\s*javascript:"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *pattern : {&activeContent, &source, &scriptLink}) {
        const QRegularExpressionMatch match = pattern->match(html);
        if (match.hasMatch()) {
            return match.captured(0);
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> renderHtml(const PostMortem &postMortem, QString *error)
{
    QTextDocument document;
    PostMortemRenderer::renderPostMortem(&document, postMortem, QDate::currentDate());
    QString body = renderedBody(document);
    for (const PostMortem::Chart &chart : postMortem.charts) {
        const QString source =
            QStringLiteral("src=\"%1\"")
                .arg(QString(QStringLiteral("snapshot:") + chart.id).toHtmlEscaped());
        if (body.contains(source)) {
            // The image the document shows, drawn once by the renderer.
            QImage image = document
                               .resource(QTextDocument::ImageResource,
                                         QUrl(QStringLiteral("snapshot:") + chart.id))
                               .value<QImage>();
            if (image.isNull()) {
                image = PostMortemChartPainter::image(chart, EmbeddedChartSize);
            }
            body.replace(source, QStringLiteral("src=\"%1\"").arg(pngDataUrl(image)));
        }
    }
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                       "'none'; img-src data:; style-src 'unsafe-inline'\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"Opsdeck\">\n"
                       "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n%3\n</body>\n"
                       "</html>\n")
            .arg(title.toHtmlEscaped(), QString::fromLatin1(HtmlStyle), body);
    // The document's own head carries the CSP meta; only the body is checked.
    if (const std::optional<QString> unsafe = unsafeHtml(body)) {
        if (error) {
            *error = QCoreApplication::translate(
                         "PostMortemExport", "The HTML would contain “%1”; nothing was exported.")
                         .arg(*unsafe);
        }
        return std::nullopt;
    }
    return html.toUtf8();
}

std::optional<QByteArray> renderPdf(const PostMortem &postMortem, QString *error)
{
    QTextDocument document;
    PostMortemRenderer::renderPostMortem(&document, postMortem, QDate::currentDate());
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setResolution(PdfResolution);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Opsdeck"));
        document.print(&writer);
    }
    if (!pdf.startsWith("%PDF")) {
        if (error) {
            *error =
                QCoreApplication::translate("PostMortemExport", "The PDF could not be written.");
        }
        return std::nullopt;
    }
    return pdf;
}

} // namespace

std::optional<PostMortemExport::Format> PostMortemExport::formatFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.startsWith(QLatin1Char('.'))) {
        key.remove(0, 1);
    }
    if (key == QLatin1String("md") || key == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    if (key == QLatin1String("html")) {
        return Format::Html;
    }
    if (key == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    return std::nullopt;
}

QString PostMortemExport::formatName(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString PostMortemExport::fileSuffix(Format format)
{
    return QLatin1Char('.') + formatName(format);
}

std::optional<QByteArray> PostMortemExport::render(const PostMortem &postMortem, Format format,
                                                   QString *error)
{
    switch (format) {
    case Format::Markdown:
        return PostMortemMarkdown::write(postMortem);
    case Format::Html:
        return renderHtml(postMortem, error);
    case Format::Pdf:
        return renderPdf(postMortem, error);
    }
    if (error) {
        *error = QCoreApplication::translate("PostMortemExport", "Unknown export format.");
    }
    return std::nullopt;
}

} // namespace opsdeck::ui
