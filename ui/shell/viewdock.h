#pragma once

#include <QDockWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

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

    bool isShowingEmptyState() const;

    // The perspective now shown; views that keep per-perspective state (saved filters) switch
    // to it. Called on start and on every switch.
    virtual void setPerspective(const QString &perspectiveId) { Q_UNUSED(perspectiveId) }

protected:
    void changeEvent(QEvent *event) override;

    // What the view says while it has nothing to show.
    void setEmptyState(const QString &headline, const QString &explanation);

    // Buttons under the explanation for what can be done now (the action the text names);
    // each follows its action's text, enabled state and visibility.
    void setEmptyStateActions(const QList<QAction *> &actions);

    // The view's own widget, shown instead of the empty state until showEmptyState(true).
    void setContent(QWidget *content);
    void showEmptyState(bool empty);

private:
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyHeadline = nullptr;
    QLabel *m_emptyExplanation = nullptr;
    QHBoxLayout *m_emptyButtons = nullptr;
};

} // namespace opsdeck::ui
