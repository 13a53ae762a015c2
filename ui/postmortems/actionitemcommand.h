#pragma once

#include "model/postmortem.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace opsdeck::ui {

class PostMortemActionItemModel;

// One edit of a post-mortem's action items: an item added (no `before`), removed (no `after`)
// or changed, at `row` (where an undone removal puts it back).
class ActionItemCommand : public QUndoCommand {
public:
    ActionItemCommand(PostMortemActionItemModel *model,
                      std::optional<PostMortem::ActionItem> before,
                      std::optional<PostMortem::ActionItem> after, int row, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<PostMortem::ActionItem> &target,
               const std::optional<PostMortem::ActionItem> &other);

    QPointer<PostMortemActionItemModel> m_model;
    std::optional<PostMortem::ActionItem> m_before;
    std::optional<PostMortem::ActionItem> m_after;
    int m_row = 0;
};

} // namespace opsdeck::ui
