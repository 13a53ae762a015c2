#include "shell/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opsdeck::ui {

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);

    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, name);
        item->setIcon(0, action->icon());
        item->setText(1, action->shortcut().toString(QKeySequence::NativeText));
    }
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 420);
}

QStringList ShortcutsDialog::entries() const
{
    QStringList result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        result.append(item->text(0) + QLatin1Char('\t') + item->text(1));
    }
    return result;
}

} // namespace opsdeck::ui
