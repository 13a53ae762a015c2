#include "postmortems/postmortemtexts.h"

namespace opsdeck::ui {

QString PostMortemTexts::reviewState(const QString &state)
{
    if (state == QLatin1String("draft")) {
        return tr("Draft");
    }
    if (state == QLatin1String("in_review")) {
        return tr("In review");
    }
    if (state == QLatin1String("published")) {
        return tr("Published");
    }
    return state;
}

QString PostMortemTexts::actionStatus(const QString &status)
{
    if (status == QLatin1String("open")) {
        return tr("Open");
    }
    if (status == QLatin1String("in_progress")) {
        return tr("In progress");
    }
    if (status == QLatin1String("done")) {
        return tr("Done");
    }
    if (status == QLatin1String("wont_do")) {
        return tr("Won't do");
    }
    return status;
}

} // namespace opsdeck::ui
