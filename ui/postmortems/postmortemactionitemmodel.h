#pragma once

#include "model/postmortem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

class QUndoStack;

namespace opsdeck::ui {

// The action items of the post-mortem being edited: Description | Owner | Priority | Due |
// Ticket URL | Status. Edits go through the undo stack (when one is set) as
// ActionItemCommands. A ticket link that is not an http(s) URL is refused with editRefused()
// naming the row; an unfinished item past its due date is flagged (red, "Overdue").
class PostMortemActionItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Owner, Priority, Due, Ticket, Status, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, OverdueRole };

    explicit PostMortemActionItemModel(QObject *parent = nullptr);

    void setItems(const QList<PostMortem::ActionItem> &items);
    const QList<PostMortem::ActionItem> &items() const { return m_items; }
    void setUndoStack(QUndoStack *stack);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The day overdue items are measured against (today by default).
    void setToday(const QDate &today);

    // A new open item (P3, no owner yet) at the end, through the undo stack; its row.
    int addItem();
    void removeItem(int row);
    int rowOf(const QString &id) const;
    bool isOverdue(const PostMortem::ActionItem &item) const;

    // What ActionItemCommand does: puts an item at `row` (replacing the one with its id) or
    // takes the one with this id out.
    void putItem(const PostMortem::ActionItem &item, int row);
    void takeItem(const QString &id);

    // The status as people read it ("In progress" for in_progress).

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void retranslate();

Q_SIGNALS:
    void editRefused(const QString &message);
    void edited();

private:
    void change(const std::optional<PostMortem::ActionItem> &before,
                const std::optional<PostMortem::ActionItem> &after, int row, const QString &text);

    QList<PostMortem::ActionItem> m_items;
    QPointer<QUndoStack> m_stack;
    QDate m_today;
    bool m_readOnly = false;
};

} // namespace opsdeck::ui
