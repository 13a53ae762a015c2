#pragma once

#include "model/postmortem.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace opsdeck::ui {

class PostMortemTimelineModel;

// One edit of a post-mortem's timeline table: an entry added (no `before`), removed (no
// `after`) or changed. Entries are found by id, since rows move as times change.
class TimelineEntryCommand : public QUndoCommand {
public:
    TimelineEntryCommand(PostMortemTimelineModel *model,
                         std::optional<PostMortem::TimelineEntry> before,
                         std::optional<PostMortem::TimelineEntry> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<PostMortem::TimelineEntry> &target,
               const std::optional<PostMortem::TimelineEntry> &other);

    QPointer<PostMortemTimelineModel> m_model;
    std::optional<PostMortem::TimelineEntry> m_before;
    std::optional<PostMortem::TimelineEntry> m_after;
};

} // namespace opsdeck::ui
