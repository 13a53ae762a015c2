#pragma once

#include <QDockWidget>

class QLabel;

namespace opsdeck::ui {

// Base of every dockable view. The object name is the view id, so layouts saved by
// QMainWindow::saveState() find the dock again; a language change re-runs retranslateUi().
class ViewDock : public QDockWidget {
    Q_OBJECT
public:
    ViewDock(const QString &viewId, const QString &iconName, QWidget *parent);

    QString viewId() const { return objectName(); }

    // Sets every user-visible text of the view; called by the subclass constructor and on
    // every language change.
    virtual void retranslateUi() = 0;

protected:
    void changeEvent(QEvent *event) override;

    // What the view says while it has nothing to show.
    void setEmptyState(const QString &headline, const QString &explanation);

private:
    QLabel *m_emptyHeadline = nullptr;
    QLabel *m_emptyExplanation = nullptr;
};

} // namespace opsdeck::ui
