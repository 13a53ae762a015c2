#pragma once

#include "model/postmortem.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoStack;

namespace opsdeck::ui {

// A post-mortem's timeline table: Time (UTC) | Who | What | Note, kept sorted by time. Edits go
// through the undo stack (when one is set) as TimelineEntryCommands; a time that does not parse
// is refused with editRefused(). A row whose time changes moves to its place (beginMoveRows), so
// selections and persistent indexes follow it.
class PostMortemTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Who, What, Note, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    // How times are shown and typed, always UTC.
    static QString timeFormat() { return QStringLiteral("yyyy-MM-dd HH:mm:ss"); }

    explicit PostMortemTimelineModel(QObject *parent = nullptr);

    void setEntries(const QList<PostMortem::TimelineEntry> &entries);
    const QList<PostMortem::TimelineEntry> &entries() const { return m_entries; }
    void setUndoStack(QUndoStack *stack);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // A new event at `time` (now when invalid), through the undo stack; its row.
    int addEntry(const QDateTime &time = {});
    void removeEntry(int row);
    int rowOf(const QString &id) const;

    // What TimelineEntryCommand does: puts an entry in its sorted place (replacing the one with
    // its id) or takes the one with this id out.
    void putEntry(const PostMortem::TimelineEntry &entry);
    void takeEntry(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Sent by the dock on a language change.
    void retranslate();

Q_SIGNALS:
    // An edit was not taken; `message` says why, for the view's message line.
    void editRefused(const QString &message);
    // The entries changed (an edit, an undo or a redo).
    void edited();

private:
    void change(const std::optional<PostMortem::TimelineEntry> &before,
                const std::optional<PostMortem::TimelineEntry> &after, const QString &text);
    int sortedRow(const QDateTime &time, int skipRow) const;

    QList<PostMortem::TimelineEntry> m_entries;
    QPointer<QUndoStack> m_stack;
    bool m_readOnly = false;
};

} // namespace opsdeck::ui
