#include "postmortems/actionitemdelegate.h"

#include "model/postmortem.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemtexts.h"

#include <QComboBox>
#include <QDateEdit>

namespace opsdeck::ui {

ActionItemDelegate::ActionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ActionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case PostMortemActionItemModel::Priority: {
        auto *box = new QComboBox(parent);
        for (const QString &name : PostMortem::priorityNames()) {
            box->addItem(name, name);
        }
        return box;
    }
    case PostMortemActionItemModel::Status: {
        auto *box = new QComboBox(parent);
        for (const QString &name : PostMortem::actionStatusNames()) {
            box->addItem(PostMortemTexts::actionStatus(*PostMortem::actionStatusFromName(name)),
                         name);
        }
        return box;
    }
    case PostMortemActionItemModel::Due: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate due = index.data(Qt::EditRole).toDate();
        edit->setDate(due.isValid() ? due : QDate::currentDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData().toString());
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace opsdeck::ui
