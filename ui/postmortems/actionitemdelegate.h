#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace opsdeck::ui {

// Editors for the action item table: a list of priorities (P1–P4), a list of statuses, and text
// for the other columns; the due date is typed (2026-12-31), empty until one is set. A value
// the model refuses (a ticket link that is no URL, a date that is none) reopens the editor
// with what was typed and shows why beside the cell, so nothing typed is lost.
class ActionItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ActionItemDelegate(QAbstractItemView *view);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    void reopen(const QString &reason) const;

    QAbstractItemView *m_view;
    // The text of the last refused edit and its cell, put back into the reopened editor.
    mutable QPersistentModelIndex m_refusedIndex;
    mutable QString m_refusedText;
};

} // namespace opsdeck::ui
