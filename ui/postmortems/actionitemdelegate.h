#pragma once

#include <QStyledItemDelegate>

namespace opsdeck::ui {

// Editors for the action item table: a list of priorities (P1–P4), a list of statuses and a
// date editor with a calendar for the due date; text for the other columns.
class ActionItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ActionItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace opsdeck::ui
