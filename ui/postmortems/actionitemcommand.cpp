#include "postmortems/actionitemcommand.h"

#include "postmortems/postmortemactionitemmodel.h"

namespace opsdeck::ui {

ActionItemCommand::ActionItemCommand(PostMortemActionItemModel *model,
                                     std::optional<PostMortem::ActionItem> before,
                                     std::optional<PostMortem::ActionItem> after, int row,
                                     const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_row(row)
{}

void ActionItemCommand::undo()
{
    apply(m_before, m_after);
}

void ActionItemCommand::redo()
{
    apply(m_after, m_before);
}

void ActionItemCommand::apply(const std::optional<PostMortem::ActionItem> &target,
                              const std::optional<PostMortem::ActionItem> &other)
{
    if (m_model.isNull()) {
        return;
    }
    if (target) {
        m_model->putItem(*target, m_row);
    } else if (other) {
        m_model->takeItem(other->id);
    }
}

} // namespace opsdeck::ui
