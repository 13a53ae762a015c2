#include "postmortems/postmortemrenderer.h"

#include "postmortems/postmortemchartpainter.h"
#include "postmortems/postmortemtexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QUrl>

#include <optional>

namespace opsdeck::ui {
namespace {

const QString SnapshotPrefix = QStringLiteral("snapshot:");
// Charts show at this size and are drawn at twice it, so that print and high-density screens
// stay sharp.
constexpr int ChartShownWidth = 640;
constexpr int ChartShownHeight = 320;
constexpr int ShownUrlLength = 120;
// Qt's Markdown reader drops an image without alt text (`![](url)`) altogether; the renderer
// gives such images this invisible alt text, and takes it out of any other text afterwards.
constexpr QChar NoAltText(0xE000);
const QColor LinkColour(0x1a, 0x5f, 0xb4);
const QColor AlertColour(0xb0, 0x1c, 0x1c);
const QColor MutedColour(0x66, 0x66, 0x66);

// Where the Markdown is parsed: it never loads anything (not a file, not a URL); the only
// resources are the charts the renderer adds.
class ClosedDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// The chart id of a `snapshot:ID` image; nothing for any other image.
std::optional<QString> snapshotIdOf(const QString &imageName)
{
    if (!imageName.startsWith(SnapshotPrefix, Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    return imageName.mid(SnapshotPrefix.size()).trimmed();
}

// Links that may stay clickable in the preview and the exports; `javascript:`, `file:`,
// `data:` and the like become plain text.
bool isSafeLink(const QString &href)
{
    if (href.startsWith(QLatin1Char('#'))) {
        return true;
    }
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() &&
           (((scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
              scheme == QLatin1String("ftp")) &&
             !url.host().isEmpty()) ||
            scheme == QLatin1String("mailto"));
}

QTextCharFormat linkFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(LinkColour);
    format.setFontUnderline(true);
    return format;
}

// The charts' images of one render, each drawn once, added to the documents that show them.
class ChartImages {
public:
    explicit ChartImages(const QList<PostMortem::Chart> &charts)
        : m_charts(charts)
    {}

    const PostMortem::Chart *chart(const QString &id) const
    {
        for (const PostMortem::Chart &chart : m_charts) {
            if (chart.id == id) {
                return &chart;
            }
        }
        return nullptr;
    }

    void addTo(QTextDocument *document, const PostMortem::Chart &chart)
    {
        auto image = m_images.find(chart.id);
        if (image == m_images.end()) {
            image = m_images.insert(chart.id,
                                    PostMortemChartPainter::image(
                                        chart, QSize(ChartShownWidth * 2, ChartShownHeight * 2)));
        }
        document->addResource(QTextDocument::ImageResource, QUrl(SnapshotPrefix + chart.id),
                              *image);
        m_used.insert(chart.id);
    }

    bool wasUsed(const QString &id) const { return m_used.contains(id); }

private:
    QList<PostMortem::Chart> m_charts;
    QHash<QString, QImage> m_images;
    QSet<QString> m_used;
};

struct ImageSpot {
    int position = 0;
    QTextImageFormat format;
};

// Every image of the parsed Markdown resolved: snapshot images keep their place (their chart
// added to `target`), an unknown snapshot becomes a short text, any other image a link
// showing its alt text and URL, never loaded. Unsafe link targets lose their link.
void resolveImagesAndLinks(QTextDocument &parsed, QTextDocument *target, ChartImages &charts)
{
    QList<ImageSpot> images;
    QList<QPair<int, int>> unsafeLinks;
    for (QTextBlock block = parsed.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid()) {
                continue;
            }
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                for (int i = 0; i < fragment.length(); ++i) {
                    images.append({fragment.position() + i, format.toImageFormat()});
                }
            } else if (format.isAnchor() && !format.anchorHref().isEmpty() &&
                       !isSafeLink(format.anchorHref())) {
                unsafeLinks.append({fragment.position(), fragment.length()});
            }
        }
    }

    QTextCursor cursor(&parsed);
    for (const auto &[position, length] : std::as_const(unsafeLinks)) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat format = cursor.charFormat();
        format.setAnchor(false);
        format.clearProperty(QTextFormat::AnchorHref);
        format.clearForeground();
        format.setFontUnderline(false);
        cursor.setCharFormat(format);
    }

    // Back to front, so that replacing one image keeps the positions of those before it.
    for (qsizetype index = images.size() - 1; index >= 0; --index) {
        const ImageSpot &image = images.at(index);
        const QString name = image.format.name();
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + 1, QTextCursor::KeepAnchor);
        if (const std::optional<QString> id = snapshotIdOf(name)) {
            if (const PostMortem::Chart *chart = charts.chart(*id)) {
                charts.addTo(target, *chart);
                QTextImageFormat format = image.format;
                format.setName(SnapshotPrefix + chart->id);
                format.setWidth(ChartShownWidth);
                format.setHeight(ChartShownHeight);
                if (format.stringProperty(QTextFormat::ImageAltText)
                        .remove(NoAltText)
                        .trimmed()
                        .isEmpty()) {
                    format.setProperty(QTextFormat::ImageAltText, chart->title);
                }
                cursor.setCharFormat(format);
                continue;
            }
            QTextCharFormat missing;
            missing.setFontItalic(true);
            missing.setForeground(MutedColour);
            cursor.insertText(
                QCoreApplication::translate("PostMortemRenderer", "[missing chart %1]").arg(*id),
                missing);
            continue;
        }
        const QString alt =
            image.format.stringProperty(QTextFormat::ImageAltText).remove(NoAltText).trimmed();
        QString shownUrl = name;
        if (shownUrl.size() > ShownUrlLength) {
            shownUrl = shownUrl.left(ShownUrlLength - 1) + QChar(0x2026);
        }
        const QString text =
            alt.isEmpty()
                ? shownUrl
                : QCoreApplication::translate("PostMortemRenderer", "%1 (%2)").arg(alt, shownUrl);
        QTextCharFormat format;
        if (isSafeLink(name)) {
            format = linkFormat(name);
        }
        cursor.insertText(text, format);
    }
}

// A new plain paragraph after the current block.
// The Markdown without its HTML comments (the template's prompts to the author, Opsdeck's own
// markers): hidden as a browser would hide them. Code blocks keep theirs as text.
QString withoutComments(const QString &markdown)
{
    if (!markdown.contains(QLatin1String("<!--"))) {
        return markdown;
    }
    QString result;
    result.reserve(markdown.size());
    bool inFence = false;
    bool inComment = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const QString trimmed = line.trimmed();
        if (!inComment && (trimmed.startsWith(QLatin1String("```")) ||
                           trimmed.startsWith(QLatin1String("~~~")))) {
            inFence = !inFence;
        }
        QString kept;
        if (inFence) {
            kept = line;
        } else {
            qsizetype at = 0;
            while (at < line.size()) {
                if (inComment) {
                    const qsizetype end = line.indexOf(QLatin1String("-->"), at);
                    if (end < 0) {
                        break;
                    }
                    inComment = false;
                    at = end + 3;
                    continue;
                }
                const qsizetype start = line.indexOf(QLatin1String("<!--"), at);
                if (start < 0) {
                    kept += line.mid(at);
                    break;
                }
                kept += line.mid(at, start - at);
                inComment = true;
                at = start + 4;
            }
        }
        result += kept;
        if (index + 1 < lines.size()) {
            result += QLatin1Char('\n');
        }
    }
    return result;
}

void newParagraph(QTextCursor &cursor)
{
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

// `markdown` rendered in a new block after `cursor` (which stays after it), or as the whole
// of an empty document.
void insertMarkdown(QTextCursor &cursor, const QString &markdown, ChartImages &charts)
{
    // Pasting a fragment into a document that has text keeps the fragment's first block's text
    // but not its format (a heading, a code block): a throwaway first paragraph takes that.
    const bool intoEmptyDocument = cursor.document()->isEmpty();
    QString text = withoutComments(markdown);
    text.replace(QStringLiteral("![]("), QStringLiteral("![%1](").arg(NoAltText));
    if (!intoEmptyDocument) {
        text.prepend(QStringLiteral("x\n\n"));
    }
    ClosedDocument parsed;
    parsed.setMarkdown(text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                             QTextDocument::MarkdownNoHTML));
    resolveImagesAndLinks(parsed, cursor.document(), charts);
    // Code and text that held `![](` get it back as written.
    for (QTextCursor found = parsed.find(QString(NoAltText)); !found.isNull();
         found = parsed.find(QString(NoAltText), found)) {
        found.removeSelectedText();
    }
    if (intoEmptyDocument) {
        cursor.insertFragment(QTextDocumentFragment(&parsed));
        return;
    }
    newParagraph(cursor);
    const int throwaway = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&parsed));
    QTextCursor remove(cursor.document());
    remove.setPosition(throwaway);
    const QTextBlock next = remove.block().next();
    if (next.isValid() && remove.currentFrame() == QTextCursor(next).currentFrame()) {
        remove.setPosition(next.position(), QTextCursor::KeepAnchor);
    } else { // a table comes first: an empty paragraph stays before it
        remove.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    remove.removeSelectedText();
}

void insertHeading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 18);
    block.setBottomMargin(8);
    QTextCharFormat characters;
    characters.setFontWeight(QFont::Bold);
    characters.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 3 : 2);
    if (cursor.atStart() && cursor.block().length() <= 1) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(characters);
    } else {
        cursor.insertBlock(block, characters);
    }
    cursor.insertText(text, characters);
}

void insertNote(QTextCursor &cursor, const QString &text)
{
    newParagraph(cursor);
    QTextCharFormat format;
    format.setFontItalic(true);
    format.setForeground(MutedColour);
    cursor.insertText(text, format);
}

// "Label: value" pieces on one line, separated by middle dots; empty values left out.
void insertFacts(QTextCursor &cursor, const QList<QPair<QString, QString>> &facts)
{
    bool first = true;
    for (const auto &[label, value] : facts) {
        if (value.isEmpty()) {
            continue;
        }
        if (first) {
            newParagraph(cursor);
        } else {
            cursor.insertText(QStringLiteral(" · "), QTextCharFormat());
        }
        first = false;
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(label + QLatin1Char(' '), bold);
        cursor.insertText(value, QTextCharFormat());
    }
}

struct Cell {
    Cell(QString cellText, QString link = {},
         bool flagged = false) // implicit: a {text} cell reads well
        : text(std::move(cellText))
        , href(std::move(link))
        , alert(flagged)
    {}
    QString text;
    QString href; // a link when set
    bool alert = false;
};

void insertTable(QTextCursor &cursor, const QStringList &headers, const QList<QList<Cell>> &rows)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x99, 0x99, 0x99));
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = cursor.insertTable(static_cast<int>(rows.size()) + 1,
                                           static_cast<int>(headers.size()), format);
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(QColor(0xee, 0xee, 0xee));
        cell.setFormat(cellFormat);
        cell.firstCursorPosition().insertText(headers.at(column), header);
    }
    for (int row = 0; row < rows.size(); ++row) {
        const QList<Cell> &cells = rows.at(row);
        for (int column = 0; column < cells.size() && column < headers.size(); ++column) {
            const Cell &cell = cells.at(column);
            QTextCharFormat text = cell.href.isEmpty() ? QTextCharFormat() : linkFormat(cell.href);
            if (cell.alert) {
                text.setForeground(AlertColour);
                text.setFontWeight(QFont::Bold);
            }
            table->cellAt(row + 1, column).firstCursorPosition().insertText(cell.text, text);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

bool isOverdue(const PostMortem::ActionItem &item, const QDate &today)
{
    return item.due.isValid() && today.isValid() && item.due < today && !item.isFinished();
}

void insertTimeline(QTextCursor &cursor, const QList<PostMortem::TimelineEntry> &timeline)
{
    if (timeline.isEmpty()) {
        insertNote(cursor,
                   QCoreApplication::translate("PostMortemRenderer", "No timeline entries."));
        return;
    }
    QList<QList<Cell>> rows;
    for (const PostMortem::TimelineEntry &entry : timeline) {
        const QDateTime utc = entry.time.toUTC();
        rows.append(QList<Cell>{{utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
                                {entry.author},
                                {entry.text},
                                {entry.annotation}});
    }
    insertTable(cursor,
                {QCoreApplication::translate("PostMortemRenderer", "Time (UTC)"),
                 QCoreApplication::translate("PostMortemRenderer", "Who"),
                 QCoreApplication::translate("PostMortemRenderer", "What"),
                 QCoreApplication::translate("PostMortemRenderer", "Note")},
                rows);
}

void insertActionItems(QTextCursor &cursor, const QList<PostMortem::ActionItem> &items,
                       const QDate &today)
{
    if (items.isEmpty()) {
        insertNote(cursor, QCoreApplication::translate("PostMortemRenderer", "No action items."));
        return;
    }
    QList<QList<Cell>> rows;
    for (const PostMortem::ActionItem &item : items) {
        const bool overdue = isOverdue(item, today);
        const QString due = item.due.toString(Qt::ISODate);
        rows.append(QList<Cell>{
            {item.description},
            {item.owner},
            {PostMortem::priorityName(item.priority)},
            {overdue ? QCoreApplication::translate("PostMortemRenderer", "%1 (overdue)").arg(due)
                     : due,
             {},
             overdue},
            {item.ticketUrl, PostMortem::isTicketUrl(item.ticketUrl) ? item.ticketUrl : QString()},
            {PostMortemTexts::actionStatus(item.status)}});
    }
    insertTable(cursor,
                {QCoreApplication::translate("PostMortemRenderer", "Description"),
                 QCoreApplication::translate("PostMortemRenderer", "Owner"),
                 QCoreApplication::translate("PostMortemRenderer", "Priority"),
                 QCoreApplication::translate("PostMortemRenderer", "Due"),
                 QCoreApplication::translate("PostMortemRenderer", "Ticket"),
                 QCoreApplication::translate("PostMortemRenderer", "Status")},
                rows);
}

} // namespace

void PostMortemRenderer::renderMarkdown(QTextDocument *document, const QString &markdown,
                                        const QList<PostMortem::Chart> &charts)
{
    document->clear();
    ChartImages images(charts);
    QTextCursor cursor(document);
    insertMarkdown(cursor, markdown, images);
}

void PostMortemRenderer::renderPostMortem(QTextDocument *document, const PostMortem &postMortem,
                                          const QDate &today)
{
    document->clear();
    const QString title =
        postMortem.title.trimmed().isEmpty()
            ? QCoreApplication::translate("PostMortemRenderer", "Untitled post-mortem")
            : postMortem.title;
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    ChartImages charts(postMortem.charts);
    QTextCursor cursor(document);
    insertHeading(cursor, title, 1);
    insertFacts(cursor, {{QCoreApplication::translate("PostMortemRenderer", "Incident:"),
                          postMortem.incidentKey},
                         {QCoreApplication::translate("PostMortemRenderer", "Severity:"),
                          postMortem.severityName()},
                         {QCoreApplication::translate("PostMortemRenderer", "Services:"),
                          postMortem.services.join(QStringLiteral(", "))}});
    insertFacts(cursor, {{QCoreApplication::translate("PostMortemRenderer", "Review state:"),
                          PostMortemTexts::reviewState(postMortem.reviewState)},
                         {QCoreApplication::translate("PostMortemRenderer", "Reviewers:"),
                          postMortem.reviewers.join(QStringLiteral(", "))},
                         {QCoreApplication::translate("PostMortemRenderer", "Author:"),
                          postMortem.author}});

    bool timelineShown = false;
    bool actionItemsShown = false;
    for (const PostMortem::Section &section : postMortem.sections) {
        insertHeading(cursor, section.title, 2);
        if (!section.markdown.trimmed().isEmpty()) {
            insertMarkdown(cursor, section.markdown, charts);
        }
        if (!timelineShown && section.key == QLatin1String(PostMortem::TimelineSectionKey)) {
            insertTimeline(cursor, postMortem.timeline);
            timelineShown = true;
        }
        if (!actionItemsShown && section.key == QLatin1String(PostMortem::ActionItemsSectionKey)) {
            insertActionItems(cursor, postMortem.actionItems, today);
            actionItemsShown = true;
        }
    }
    // A template without those sections still shows what the document holds.
    if (!timelineShown && !postMortem.timeline.isEmpty()) {
        insertHeading(cursor, QCoreApplication::translate("PostMortemRenderer", "Timeline"), 2);
        insertTimeline(cursor, postMortem.timeline);
    }
    if (!actionItemsShown && !postMortem.actionItems.isEmpty()) {
        insertHeading(cursor, QCoreApplication::translate("PostMortemRenderer", "Action items"), 2);
        insertActionItems(cursor, postMortem.actionItems, today);
    }
    // Frozen charts no section shows are still part of the record.
    bool chartsHeading = false;
    for (const PostMortem::Chart &chart : postMortem.charts) {
        if (charts.wasUsed(chart.id)) {
            continue;
        }
        if (!chartsHeading) {
            insertHeading(cursor, QCoreApplication::translate("PostMortemRenderer", "Charts"), 2);
            chartsHeading = true;
        }
        charts.addTo(document, chart);
        newParagraph(cursor);
        QTextImageFormat image;
        image.setName(SnapshotPrefix + chart.id);
        image.setWidth(ChartShownWidth);
        image.setHeight(ChartShownHeight);
        image.setProperty(QTextFormat::ImageAltText, chart.title);
        cursor.insertImage(image);
    }
}

} // namespace opsdeck::ui
