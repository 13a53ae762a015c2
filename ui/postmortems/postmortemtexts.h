#pragma once

#include <QCoreApplication>
#include <QString>

namespace opsdeck::ui {

// How every view, export and menu names a post-mortem's review states and action item
// statuses, in one place; an unknown name is shown as it is.
class PostMortemTexts {
    Q_DECLARE_TR_FUNCTIONS(PostMortemTexts)
public:
    static QString reviewState(const QString &state);
    static QString actionStatus(const QString &status);
};

} // namespace opsdeck::ui
