#include "postmortems/postmortemmarkdown.h"

#include "common/markdown.h"
#include "postmortems/postmortemtemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace opsdeck {
namespace {

const QString ActionItemsMarker = QStringLiteral("<!-- opsdeck:action-items -->");
const QString TimelineMarker = QStringLiteral("<!-- opsdeck:timeline -->");
const QString ChartPrefix = QStringLiteral("<!-- opsdeck:chart ");
// Above each section's heading: its key, and that the heading is a section's (a "## " line in
// a section's own text, or after a code block left open, is text).
const QString SectionPrefix = QStringLiteral("<!-- opsdeck:section ");
const QString MetaPrefix = QStringLiteral("<!-- opsdeck:meta ");
const QString CommentEnd = QStringLiteral(" -->");

// Table times: UTC to the second, with milliseconds only when there are some.
QString tableTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

// Read as UTC directly: a local reading could fall into a daylight-saving gap.
QDateTime parseTableTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QDate date = QDate::fromString(trimmed.left(space), Qt::ISODate);
    const QString clock = space < 0 ? QString() : trimmed.mid(space + 1);
    for (const QString &format :
         {QStringLiteral("HH:mm:ss.zzz"), QStringLiteral("HH:mm:ss"), QStringLiteral("HH:mm")}) {
        const QTime time = QTime::fromString(clock, format);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, QTimeZone::utc());
        }
    }
    return {};
}

QString timelineTable(const QList<PostMortem::TimelineEntry> &timeline)
{
    QString text =
        QStringLiteral("\n%1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
            .arg(TimelineMarker, QCoreApplication::translate("PostMortemMarkdown", "Time (UTC)"),
                 QCoreApplication::translate("PostMortemMarkdown", "Who"),
                 QCoreApplication::translate("PostMortemMarkdown", "What"),
                 QCoreApplication::translate("PostMortemMarkdown", "Note"));
    for (const PostMortem::TimelineEntry &entry : timeline) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(tableTime(entry.time), markdownTableCell(entry.author),
                         markdownTableCell(entry.text), markdownTableCell(entry.annotation));
    }
    return text;
}

QString actionItemsTable(const QList<PostMortem::ActionItem> &items)
{
    QString text =
        QStringLiteral("\n%1\n\n| %2 | %3 | %4 | %5 | %6 | %7 |\n|---|---|---|---|---|---|\n")
            .arg(ActionItemsMarker,
                 QCoreApplication::translate("PostMortemMarkdown", "Description"),
                 QCoreApplication::translate("PostMortemMarkdown", "Owner"),
                 QCoreApplication::translate("PostMortemMarkdown", "Priority"),
                 QCoreApplication::translate("PostMortemMarkdown", "Due"),
                 QCoreApplication::translate("PostMortemMarkdown", "Ticket"),
                 QCoreApplication::translate("PostMortemMarkdown", "Status"));
    for (const PostMortem::ActionItem &item : items) {
        text +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                .arg(markdownTableCell(item.description), markdownTableCell(item.owner),
                     PostMortem::priorityName(item.priority), item.due.toString(Qt::ISODate),
                     markdownTableCell(item.ticketUrl), PostMortem::actionStatusName(item.status));
    }
    return text;
}

// A chart's data as one hidden line, so that an import gets the chart back. JSON never holds
// a raw '>' here, so the comment cannot end early.
QString chartComment(const PostMortem::Chart &chart)
{
    const Json data = {{"id", chart.id}, {"title", chart.title}, {"snapshot", chart.snapshot}};
    return ChartPrefix +
           QString::fromStdString(data.dump())
               .replace(QLatin1Char('>'), QStringLiteral("\\u003e")) +
           CommentEnd;
}

// The cells of a table row `| a | b \| c |`, unescaped.
QStringList cellsOf(const QString &row)
{
    QStringList cells;
    QString current;
    const QString inner = row.trimmed().mid(1); // after the leading pipe
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
            current += inner.at(++i);
        } else if (c == QLatin1Char('|')) {
            cells.append(current.trimmed().replace(QStringLiteral("<br>"), QStringLiteral("\n")));
            current.clear();
        } else {
            current += c;
        }
    }
    return cells;
}

// An action item row, its priority and status as the model names them ("p2" is P2, "In
// progress" is in_progress); nothing when a cell is not one of those.
std::optional<PostMortem::ActionItem> actionItemOf(const QStringList &cells)
{
    PostMortem::ActionItem item;
    item.id = newId();
    item.description = cells.at(0);
    item.owner = cells.at(1);
    item.ticketUrl = cells.at(4);
    const std::optional<PostMortem::ActionItem::Priority> priority =
        PostMortem::priorityFromName(cells.at(2).toUpper());
    const QString status = cells.at(5).toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    const std::optional<PostMortem::ActionItem::Status> known =
        status.isEmpty() ? PostMortem::ActionItem::Status::Open
                         : PostMortem::actionStatusFromName(status);
    if (!priority || !known) {
        return std::nullopt;
    }
    item.priority = *priority;
    item.status = *known;
    if (!cells.at(3).isEmpty()) {
        item.due = QDate::fromString(cells.at(3), Qt::ISODate);
        if (!item.due.isValid()) {
            return std::nullopt;
        }
    }
    return item;
}

// Facts that have no section (incident, severity, services), as a hidden line under the title.
QString metaComment(const PostMortem &postMortem)
{
    if (postMortem.incidentId.isEmpty() && !postMortem.severity && postMortem.services.isEmpty()) {
        return {};
    }
    Json services = Json::array();
    for (const QString &service : postMortem.services) {
        services.push_back(service.toStdString());
    }
    const Json data = {{"incidentId", postMortem.incidentId},
                       {"incidentKey", postMortem.incidentKey},
                       {"severity", postMortem.severityName()},
                       {"services", services}};
    return MetaPrefix +
           QString::fromStdString(data.dump())
               .replace(QLatin1Char('>'), QStringLiteral("\\u003e")) +
           CommentEnd + QLatin1Char('\n');
}

// Section text as stored: no trailing blank lines, one final line break.
QString canonical(const QString &markdown)
{
    QString text = markdown;
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
    }
    return text.isEmpty() ? text : text + QLatin1Char('\n');
}

QString expected()
{
    return QCoreApplication::translate(
        "PostMortemMarkdown",
        "expected a post-mortem: a '# Title' line first, then '## Section' headings such as "
        "'## Summary'");
}

} // namespace

QByteArray PostMortemMarkdown::write(const PostMortem &postMortem)
{
    QString text = QStringLiteral("# %1\n").arg(postMortem.title) + metaComment(postMortem);
    // The tables follow their sections even when empty, so whoever edits the file can add rows.
    bool timelineWritten = false;
    bool actionItemsWritten = false;
    for (const PostMortem::Section &section : postMortem.sections) {
        text += QStringLiteral("\n%1%2%3\n## %4\n\n%5")
                    .arg(SectionPrefix, section.key, CommentEnd, section.title,
                         canonical(section.markdown));
        if (!timelineWritten && section.key == QLatin1String(PostMortem::TimelineSectionKey)) {
            text += timelineTable(postMortem.timeline);
            timelineWritten = true;
        }
        if (!actionItemsWritten &&
            section.key == QLatin1String(PostMortem::ActionItemsSectionKey)) {
            text += actionItemsTable(postMortem.actionItems);
            actionItemsWritten = true;
        }
    }
    // A template without those sections still keeps the tables.
    if (!timelineWritten && !postMortem.timeline.isEmpty()) {
        text += timelineTable(postMortem.timeline);
    }
    if (!actionItemsWritten && !postMortem.actionItems.isEmpty()) {
        text += actionItemsTable(postMortem.actionItems);
    }
    if (!postMortem.charts.isEmpty()) {
        text += QLatin1Char('\n');
        for (const PostMortem::Chart &chart : postMortem.charts) {
            text += chartComment(chart) + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}

std::optional<PostMortem>
PostMortemMarkdown::read(const QByteArray &markdown,
                         const QList<PostMortem::Section> &templateSections, QString *error)
{
    const QStringList lines = QString::fromUtf8(markdown).split(QLatin1Char('\n'));
    static const QRegularExpression fence(QStringLiteral("^\\s*(```|~~~)"));
    static const QRegularExpression sectionMarker(
        QStringLiteral("^<!-- opsdeck:section ([A-Za-z0-9_-]+) -->$"));
    // A file Opsdeck wrote marks its sections; one written by hand has only headings.
    const bool marked = markdown.contains(SectionPrefix.toUtf8());
    QString markedKey;
    PostMortem postMortem;
    qsizetype index = 0;
    while (index < lines.size() && lines.at(index).trimmed().isEmpty()) {
        ++index;
    }
    if (index >= lines.size() || !lines.at(index).startsWith(QLatin1String("# "))) {
        *error = QCoreApplication::translate("PostMortemMarkdown", "line %1: %2")
                     .arg(index + 1)
                     .arg(expected());
        return std::nullopt;
    }
    postMortem.title = lines.at(index).mid(2).trimmed();
    bool inFence = false;
    enum class Table { None, Timeline, ActionItems } table = Table::None;
    int tableRows = 0;
    int customSections = 0;
    QStringList body;
    bool sectionOpen = false;
    const auto closeSection = [&]() {
        if (!sectionOpen) {
            return;
        }
        sectionOpen = false;
        if (!body.isEmpty() && body.constFirst().isEmpty()) {
            body.removeFirst(); // the blank line after the heading
        }
        postMortem.sections.last().markdown = canonical(body.join(QLatin1Char('\n')));
        body.clear();
    };
    for (++index; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        if (table != Table::None) {
            // The table's first two rows are its header (in whatever language it was written)
            // and the separator; it ends at the first line that is not a row.
            if (line.trimmed().isEmpty() && tableRows == 0) {
                continue;
            }
            if (line.trimmed().startsWith(QLatin1Char('|'))) {
                if (++tableRows > 2) {
                    const QStringList cells = cellsOf(line);
                    if (table == Table::ActionItems && cells.size() >= 6) {
                        std::optional<PostMortem::ActionItem> item = actionItemOf(cells);
                        if (!item) {
                            *error =
                                QCoreApplication::translate(
                                    "PostMortemMarkdown",
                                    "line %1: expected an action item: a priority of %2, a "
                                    "due date like 2026-12-31 or none, a status of %3")
                                    .arg(index + 1)
                                    .arg(
                                        PostMortem::priorityNames().join(QStringLiteral(", ")),
                                        PostMortem::actionStatusNames().join(QStringLiteral(", ")));
                            return std::nullopt;
                        }
                        postMortem.actionItems.append(*item);
                    } else if (table == Table::Timeline && cells.size() >= 4) {
                        const QDateTime time = parseTableTime(cells.at(0));
                        if (!time.isValid()) {
                            *error = QCoreApplication::translate(
                                         "PostMortemMarkdown",
                                         "line %1: expected a UTC time like 2026-11-21 14:05:00, "
                                         "found '%2'")
                                         .arg(index + 1)
                                         .arg(cells.at(0));
                            return std::nullopt;
                        }
                        postMortem.timeline.append(
                            {newId(), time, cells.at(1), cells.at(2), cells.at(3), {}});
                    } else {
                        *error = QCoreApplication::translate(
                                     "PostMortemMarkdown",
                                     "line %1: expected a table row of %2 cells, found %3")
                                     .arg(index + 1)
                                     .arg(table == Table::Timeline ? 4 : 6)
                                     .arg(cells.size());
                        return std::nullopt;
                    }
                }
                continue;
            }
            table = Table::None;
        }
        if (const QRegularExpressionMatch match = sectionMarker.match(line.trimmed());
            match.hasMatch()) {
            markedKey = match.captured(1);
            inFence = false; // a code block left open ends with its section
            continue;
        }
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
        }
        if (!inFence && (line.trimmed() == ActionItemsMarker || line.trimmed() == TimelineMarker)) {
            table = line.trimmed() == TimelineMarker ? Table::Timeline : Table::ActionItems;
            tableRows = 0;
            // The section's own text ends before its table.
            while (!body.isEmpty() && body.constLast().trimmed().isEmpty()) {
                body.removeLast();
            }
            continue;
        }
        if (!inFence && postMortem.sections.isEmpty() && line.startsWith(MetaPrefix) &&
            line.trimmed().endsWith(CommentEnd)) {
            try {
                const Json json = Json::parse(
                    line.trimmed().mid(MetaPrefix.size()).chopped(CommentEnd.size()).toStdString());
                const JsonReader reader(json, QStringLiteral("meta"));
                postMortem.incidentId = reader.optionalString("incidentId");
                postMortem.incidentKey = reader.optionalString("incidentKey");
                postMortem.severity = PostMortem::readSeverity(reader, "severity");
                postMortem.services = reader.strings("services");
            } catch (const std::exception &) {
                *error = QCoreApplication::translate(
                             "PostMortemMarkdown",
                             "line %1: the post-mortem's facts are damaged (expected JSON after "
                             "'opsdeck:meta')")
                             .arg(index + 1);
                return std::nullopt;
            }
            continue;
        }
        if (!inFence && line.startsWith(ChartPrefix) && line.trimmed().endsWith(CommentEnd)) {
            const QString data = line.trimmed().mid(ChartPrefix.size()).chopped(CommentEnd.size());
            try {
                const Json json = Json::parse(data.toStdString());
                const JsonReader reader(json, QStringLiteral("chart"));
                postMortem.charts.append({reader.string("id"), reader.optionalString("title"),
                                          reader.object("snapshot")});
            } catch (const std::exception &) {
                *error = QCoreApplication::translate(
                             "PostMortemMarkdown",
                             "line %1: a chart's data is damaged (expected JSON after "
                             "'opsdeck:chart')")
                             .arg(index + 1);
                return std::nullopt;
            }
            continue;
        }
        if (!inFence && line.startsWith(QLatin1String("## ")) &&
            (!marked || !markedKey.isEmpty())) {
            closeSection();
            const QString title = line.mid(3).trimmed();
            QString key = std::exchange(markedKey, QString());
            if (key.isEmpty()) {
                key = PostMortemTemplates::keyOfTitle(templateSections, title);
            }
            if (key.isEmpty()) {
                key = QStringLiteral("custom_%1").arg(++customSections);
            }
            postMortem.sections.append({key, title, QString()});
            sectionOpen = true;
            continue;
        }
        if (postMortem.sections.isEmpty()) {
            if (!line.trimmed().isEmpty()) {
                *error = QCoreApplication::translate("PostMortemMarkdown", "line %1: %2")
                             .arg(index + 1)
                             .arg(expected());
                return std::nullopt;
            }
            continue;
        }
        body.append(line);
    }
    closeSection();
    if (postMortem.sections.isEmpty()) {
        *error = QCoreApplication::translate("PostMortemMarkdown", "line %1: %2")
                     .arg(lines.size())
                     .arg(expected());
        return std::nullopt;
    }
    postMortem.updatedAt = QDateTime::currentDateTimeUtc();
    return postMortem;
}

} // namespace opsdeck
