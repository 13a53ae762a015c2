#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace opsdeck::ui {

// Lists every action of a window that has a keyboard shortcut and where it applies (Help ▸
// Keyboard Shortcuts). The same keys may mean different things in different views (Ctrl+F is
// the alarm filter in Alarms and Find in the post-mortem editor), never twice in one place.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    // "Action name<TAB>shortcut<TAB>where" for every listed action, in list order.
    QStringList entries() const;

    // Where an action's shortcut applies: its view (the dock it is in, or the widget it is on),
    // or nullptr for the whole window.
    static const QWidget *scopeOf(const QAction *action);
    // "Ctrl+K: Acknowledge (Alarms) and Insert link (Post-mortem)" for each pair of actions of
    // `window` whose keys overlap where both apply; empty when none do.
    static QStringList clashes(const QWidget *window);

private:
    static QString whereText(const QWidget *scope);
    static QString actionName(const QAction *action);

    QTreeWidget *m_list;
};

} // namespace opsdeck::ui
