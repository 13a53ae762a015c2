#pragma once

#include <QDialog>

class QTreeWidget;

namespace opsdeck::ui {

// Lists every action of a window that has a keyboard shortcut (Help ▸ Keyboard Shortcuts).
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    // "Action name<TAB>shortcut" for every listed action, in list order.
    QStringList entries() const;

private:
    QTreeWidget *m_list;
};

} // namespace opsdeck::ui
