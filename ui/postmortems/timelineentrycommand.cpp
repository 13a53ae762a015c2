#include "postmortems/timelineentrycommand.h"

#include "postmortems/postmortemtimelinemodel.h"

namespace opsdeck::ui {

TimelineEntryCommand::TimelineEntryCommand(PostMortemTimelineModel *model,
                                           std::optional<PostMortem::TimelineEntry> before,
                                           std::optional<PostMortem::TimelineEntry> after,
                                           const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void TimelineEntryCommand::undo()
{
    apply(m_before, m_after);
}

void TimelineEntryCommand::redo()
{
    apply(m_after, m_before);
}

void TimelineEntryCommand::apply(const std::optional<PostMortem::TimelineEntry> &target,
                                 const std::optional<PostMortem::TimelineEntry> &other)
{
    if (m_model.isNull()) {
        return;
    }
    if (target) {
        m_model->putEntry(*target);
    } else if (other) {
        m_model->takeEntry(other->id);
    }
}

} // namespace opsdeck::ui
