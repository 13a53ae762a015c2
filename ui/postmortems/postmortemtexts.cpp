#include "postmortems/postmortemtexts.h"

namespace opsdeck::ui {

QString PostMortemTexts::reviewState(PostMortem::ReviewState state)
{
    switch (state) {
    case PostMortem::ReviewState::Draft:
        return tr("Draft");
    case PostMortem::ReviewState::InReview:
        return tr("In review");
    case PostMortem::ReviewState::Published:
        break;
    }
    return tr("Published");
}

QString PostMortemTexts::actionStatus(PostMortem::ActionItem::Status status)
{
    switch (status) {
    case PostMortem::ActionItem::Status::Open:
        return tr("Open");
    case PostMortem::ActionItem::Status::InProgress:
        return tr("In progress");
    case PostMortem::ActionItem::Status::Done:
        return tr("Done");
    case PostMortem::ActionItem::Status::WontDo:
        break;
    }
    return tr("Won't do");
}

QString PostMortemTexts::priority(PostMortem::ActionItem::Priority priority)
{
    return PostMortem::priorityName(priority); // the field's own words, in every language
}

} // namespace opsdeck::ui
