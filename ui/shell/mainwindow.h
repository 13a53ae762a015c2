#pragma once

#include "shell/viewregistry.h"

#include <QHash>
#include <QMainWindow>

class QMenu;
class QToolBar;

namespace opsdeck::ui {

class BackendHealthIndicator;
class PerspectiveManager;
class PostMortemActions;
class ViewDock;

// What the window shows about where it runs (About dialog, title).
struct MainWindowContext {
    QString workspacePath;
    QString logFilePath;
    ViewContext views; // the core services the views show
};

// Assembles the registered views as docks, the menus, the perspectives toolbar and the status
// bar. It knows no view by name and holds no feature logic.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const ViewRegistry &views, MainWindowContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    PerspectiveManager *perspectives() const { return m_perspectives; }
    ViewDock *dock(const QString &viewId) const { return m_docks.value(viewId); }
    QList<ViewDock *> docks() const;
    const MainWindowContext &context() const { return m_context; }

    void showAbout();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActionsAndMenus(const QList<ViewDock *> &orderedDocks);
    void retranslateUi();
    void updateTitle();

    MainWindowContext m_context;
    QHash<QString, ViewDock *> m_docks;
    PerspectiveManager *m_perspectives = nullptr;
    BackendHealthIndicator *m_healthIndicator = nullptr;
    QToolBar *m_perspectiveBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QMenu *m_postMortemMenu = nullptr;
    PostMortemActions *m_postMortemActions = nullptr;
    QMenu *m_perspectiveMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_declareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace opsdeck::ui
