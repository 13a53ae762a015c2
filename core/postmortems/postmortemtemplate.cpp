#include "postmortems/postmortemtemplate.h"

#include "postmortems/postmortemmarkdown.h"

#include <QCoreApplication>

namespace opsdeck {

QList<PostMortem::Section> PostMortemTemplates::blameless()
{
    struct Entry {
        const char *key;
        const char *title;
        const char *prompt;
    };
    static const Entry entries[] = {
        {"summary", QT_TRANSLATE_NOOP("PostMortemTemplate", "Summary"),
         QT_TRANSLATE_NOOP("PostMortemTemplate",
                           "What happened, in three sentences a newcomer understands.")},
        {"impact", QT_TRANSLATE_NOOP("PostMortemTemplate", "Impact"),
         QT_TRANSLATE_NOOP("PostMortemTemplate",
                           "Who was affected, how, for how long; numbers where you have them.")},
        {"detection", QT_TRANSLATE_NOOP("PostMortemTemplate", "Detection"),
         QT_TRANSLATE_NOOP("PostMortemTemplate",
                           "How we found out: which alert or report, and how quickly.")},
        {"response", QT_TRANSLATE_NOOP("PostMortemTemplate", "Response"),
         QT_TRANSLATE_NOOP("PostMortemTemplate", "Who responded, and what they did first.")},
        {"recovery", QT_TRANSLATE_NOOP("PostMortemTemplate", "Recovery"),
         QT_TRANSLATE_NOOP("PostMortemTemplate",
                           "What mitigated the impact, and what resolved it.")},
        {"timeline", QT_TRANSLATE_NOOP("PostMortemTemplate", "Timeline"),
         QT_TRANSLATE_NOOP("PostMortemTemplate", "The key moments, in order.")},
        {"root_causes",
         QT_TRANSLATE_NOOP("PostMortemTemplate", "Root causes and contributing factors"),
         QT_TRANSLATE_NOOP(
             "PostMortemTemplate",
             "Conditions and decisions that made this possible; systems, not people.")},
        {"went_well", QT_TRANSLATE_NOOP("PostMortemTemplate", "What went well"),
         QT_TRANSLATE_NOOP("PostMortemTemplate", "What helped, and should be kept.")},
        {"went_poorly", QT_TRANSLATE_NOOP("PostMortemTemplate", "What went poorly"),
         QT_TRANSLATE_NOOP("PostMortemTemplate", "What slowed us down or made it worse.")},
        {"lucky", QT_TRANSLATE_NOOP("PostMortemTemplate", "Where we got lucky"),
         QT_TRANSLATE_NOOP("PostMortemTemplate",
                           "What could have gone worse, and why it did not.")},
        {"action_items", QT_TRANSLATE_NOOP("PostMortemTemplate", "Action items"),
         QT_TRANSLATE_NOOP("PostMortemTemplate",
                           "Each with an owner, a priority and a due date, in the table below.")},
        {"lessons", QT_TRANSLATE_NOOP("PostMortemTemplate", "Lessons learned"),
         QT_TRANSLATE_NOOP("PostMortemTemplate", "What the whole team should take away.")},
    };
    QList<PostMortem::Section> sections;
    for (const Entry &entry : entries) {
        sections.append(
            {QString::fromLatin1(entry.key),
             QCoreApplication::translate("PostMortemTemplate", entry.title),
             QStringLiteral("<!-- %1 -->\n")
                 .arg(QCoreApplication::translate("PostMortemTemplate", entry.prompt))});
    }
    return sections;
}

PostMortemTemplate PostMortemTemplates::builtIn()
{
    PostMortemTemplate blamelessTemplate;
    blamelessTemplate.name = QCoreApplication::translate("PostMortemTemplate", "Blameless");
    blamelessTemplate.isDefault = true;
    blamelessTemplate.sections = blameless();
    return blamelessTemplate;
}

QByteArray PostMortemTemplates::toMarkdown(const PostMortemTemplate &postMortemTemplate)
{
    PostMortem asDocument;
    asDocument.title = postMortemTemplate.name;
    asDocument.sections = postMortemTemplate.sections;
    // For people editing it: headings only (sections keep their keys by title when read back).
    QByteArray markdown;
    for (const QByteArray &line : PostMortemMarkdown::write(asDocument).split('\n')) {
        if (!line.startsWith("<!-- opsdeck:section ")) {
            markdown += line + '\n';
        }
    }
    markdown.chop(1);
    return markdown;
}

std::optional<PostMortemTemplate>
PostMortemTemplates::fromMarkdown(const QByteArray &markdown, const PostMortemTemplate &previous,
                                  QString *error)
{
    QList<PostMortem::Section> known = previous.sections;
    known += blameless();
    const std::optional<PostMortem> read = PostMortemMarkdown::read(markdown, known, error);
    if (!read) {
        return std::nullopt;
    }
    PostMortemTemplate edited = previous;
    edited.name = read->title;
    edited.sections = read->sections;
    return edited;
}

QString PostMortemTemplates::keyOfTitle(const QList<PostMortem::Section> &sections,
                                        const QString &title)
{
    const QString wanted = title.simplified().toCaseFolded();
    for (const PostMortem::Section &section : sections) {
        if (section.title.simplified().toCaseFolded() == wanted) {
            return section.key;
        }
    }
    return {};
}

} // namespace opsdeck
