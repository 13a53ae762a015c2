#include "postmortems/postmortemmarkdown.h"

#include "common/markdown.h"
#include "postmortems/postmortemtemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck {
namespace {

const QString ActionItemsMarker = QStringLiteral("<!-- opsdeck:action-items -->");

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
    QString text = QStringLiteral("# %1\n").arg(postMortem.title);
    for (const PostMortem::Section &section : postMortem.sections) {
        text += QStringLiteral("\n## %1\n\n%2").arg(section.title, canonical(section.markdown));
    }
    if (!postMortem.actionItems.isEmpty()) {
        text +=
            QStringLiteral("\n%1\n\n| %2 | %3 | %4 | %5 | %6 | %7 |\n|---|---|---|---|---|---|\n")
                .arg(ActionItemsMarker,
                     QCoreApplication::translate("PostMortemMarkdown", "Description"),
                     QCoreApplication::translate("PostMortemMarkdown", "Owner"),
                     QCoreApplication::translate("PostMortemMarkdown", "Priority"),
                     QCoreApplication::translate("PostMortemMarkdown", "Due"),
                     QCoreApplication::translate("PostMortemMarkdown", "Ticket"),
                     QCoreApplication::translate("PostMortemMarkdown", "Status"));
        for (const PostMortem::ActionItem &item : postMortem.actionItems) {
            text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                        .arg(markdownTableCell(item.description), markdownTableCell(item.owner),
                             markdownTableCell(item.priority), item.due.toString(Qt::ISODate),
                             markdownTableCell(item.ticketUrl), markdownTableCell(item.status));
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
    bool inActionItems = false;
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
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
        }
        if (!inFence && line.trimmed() == ActionItemsMarker) {
            closeSection();
            inActionItems = true;
            continue;
        }
        if (inActionItems) {
            // The table's first two rows are its header (in whatever language it was written)
            // and the separator.
            if (!line.trimmed().startsWith(QLatin1Char('|')) || ++tableRows <= 2) {
                continue;
            }
            const QStringList cells = cellsOf(line);
            if (cells.size() == 6) {
                postMortem.actionItems.append({newId(), cells.at(0), cells.at(1), cells.at(2),
                                               QDate::fromString(cells.at(3), Qt::ISODate),
                                               cells.at(4), cells.at(5)});
            }
            continue;
        }
        if (!inFence && line.startsWith(QLatin1String("## "))) {
            closeSection();
            const QString title = line.mid(3).trimmed();
            QString key = PostMortemTemplate::keyOfTitle(templateSections, title);
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
