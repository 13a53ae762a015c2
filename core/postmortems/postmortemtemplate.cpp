#include "postmortems/postmortemtemplate.h"

#include <QCoreApplication>

namespace opsdeck {

QList<PostMortem::Section> PostMortemTemplate::blameless()
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
                           "Listed with owner, priority and due date below the document.")},
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

QString PostMortemTemplate::keyOfTitle(const QList<PostMortem::Section> &sections,
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
