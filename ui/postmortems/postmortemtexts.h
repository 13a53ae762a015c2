#pragma once

#include "model/postmortem.h"

#include <QCoreApplication>
#include <QString>

namespace opsdeck::ui {

// How every view, export and menu names a post-mortem's review states, action item statuses
// and priorities, in one place.
class PostMortemTexts {
    Q_DECLARE_TR_FUNCTIONS(PostMortemTexts)
public:
    static QString reviewState(PostMortem::ReviewState state);
    static QString actionStatus(PostMortem::ActionItem::Status status);
    static QString priority(PostMortem::ActionItem::Priority priority); // "P1" ... "P4"
};

} // namespace opsdeck::ui
