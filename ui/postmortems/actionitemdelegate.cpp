#include "postmortems/actionitemdelegate.h"

#include "common/timedisplay.h"
#include "model/postmortem.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemtexts.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QTimer>
#include <QToolTip>

namespace opsdeck::ui {

ActionItemDelegate::ActionItemDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
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
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("e.g. %1").arg(TimeDisplay::date(QDate(2026, 12, 31))));
        edit->setClearButtonEnabled(true);
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
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (line != nullptr && index == m_refusedIndex) {
        line->setText(m_refusedText);
        m_refusedIndex = QPersistentModelIndex();
        m_refusedText.clear();
        return;
    }
    if (line != nullptr && index.column() == PostMortemActionItemModel::Due) {
        const QDate due = index.data(Qt::EditRole).toDate();
        line->setText(due.isValid() ? TimeDisplay::date(due) : QString());
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
    auto *line = qobject_cast<QLineEdit *>(editor);
    auto *items = qobject_cast<PostMortemActionItemModel *>(model);
    if (line == nullptr || items == nullptr) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QString reason;
    const QMetaObject::Connection refusal =
        connect(items, &PostMortemActionItemModel::editRefused,
                [&reason](const QString &message) { reason = message; });
    const bool accepted = items->setData(index, line->text());
    disconnect(refusal);
    if (!accepted) {
        m_refusedIndex = index;
        m_refusedText = line->text();
        reopen(reason);
    }
}

// After the view has closed the editor that was refused.
void ActionItemDelegate::reopen(const QString &reason) const
{
    QTimer::singleShot(0, m_view, [view = m_view, index = m_refusedIndex, reason]() {
        if (!index.isValid()) {
            return;
        }
        view->setCurrentIndex(index);
        view->edit(index);
        const QRect cell = view->visualRect(index);
        QToolTip::showText(view->viewport()->mapToGlobal(cell.bottomLeft()), reason,
                           view->viewport(), cell);
    });
}

} // namespace opsdeck::ui
