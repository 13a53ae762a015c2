#include "shell/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opsdeck::ui {

namespace {

// One scope holds the other (the window holds everything).
bool overlap(const QWidget *a, const QWidget *b)
{
    return a == nullptr || b == nullptr || a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);

    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty()) {
            continue;
        }
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, actionName(action));
        item->setIcon(0, action->icon());
        item->setText(1, action->shortcut().toString(QKeySequence::NativeText));
        item->setText(2, whereText(scopeOf(action)));
    }
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 480);
}

QStringList ShortcutsDialog::entries() const
{
    QStringList result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        result.append(item->text(0) + QLatin1Char('\t') + item->text(1) + QLatin1Char('\t') +
                      item->text(2));
    }
    return result;
}

const QWidget *ShortcutsDialog::scopeOf(const QAction *action)
{
    if (action->shortcutContext() == Qt::WindowShortcut ||
        action->shortcutContext() == Qt::ApplicationShortcut) {
        return nullptr;
    }
    const QWidget *widget = nullptr;
    for (const QObject *object : action->associatedObjects()) {
        if ((widget = qobject_cast<const QWidget *>(object)) != nullptr) {
            break;
        }
    }
    if (widget == nullptr) {
        widget = qobject_cast<const QWidget *>(action->parent());
    }
    for (const QWidget *up = widget; up != nullptr; up = up->parentWidget()) {
        if (qobject_cast<const QDockWidget *>(up) != nullptr) {
            return up;
        }
    }
    return widget;
}

QStringList ShortcutsDialog::clashes(const QWidget *window)
{
    QStringList found;
    QList<const QAction *> actions;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty()) {
            actions.append(action);
        }
    }
    for (qsizetype i = 0; i < actions.size(); ++i) {
        for (qsizetype j = i + 1; j < actions.size(); ++j) {
            const QAction *a = actions.at(i);
            const QAction *b = actions.at(j);
            if (!overlap(scopeOf(a), scopeOf(b))) {
                continue;
            }
            for (const QKeySequence &keys : a->shortcuts()) {
                if (b->shortcuts().contains(keys)) {
                    found.append(QStringLiteral("%1: %2 (%3) and %4 (%5)")
                                     .arg(keys.toString(QKeySequence::NativeText), actionName(a),
                                          whereText(scopeOf(a)), actionName(b),
                                          whereText(scopeOf(b))));
                }
            }
        }
    }
    return found;
}

QString ShortcutsDialog::whereText(const QWidget *scope)
{
    if (scope == nullptr) {
        return tr("Everywhere");
    }
    QString title = scope->windowTitle();
    title.remove(QLatin1Char('&'));
    return title.isEmpty() ? scope->objectName() : title;
}

QString ShortcutsDialog::actionName(const QAction *action)
{
    QString name = action->text();
    name.remove(QLatin1Char('&'));
    return name.isEmpty() ? action->objectName() : name;
}

} // namespace opsdeck::ui
