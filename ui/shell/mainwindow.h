#pragma once

#include "shell/feature.h"

#include <QHash>
#include <QMainWindow>

class QMenu;
class QToolBar;

namespace opsdeck::ui {

class PerspectiveManager;
class ViewDock;

// What the window shows about where it runs (About dialog, title).
struct MainWindowContext {
    QString workspacePath;
    QString logFilePath;
};

// Assembles what the features create: their docks, their menus and File actions, their
// status-bar widgets and their perspectives (with the perspectives toolbar). It knows no
// feature or view by name and holds no feature logic.
class MainWindow : public QMainWindow, public WindowHost {
    Q_OBJECT
public:
    // The features outlive the window; their order is the order of views, menus and
    // perspectives.
    MainWindow(const QList<Feature *> &features, MainWindowContext context,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PerspectiveManager *perspectives() const { return m_perspectives; }
    ViewDock *dock(const QString &viewId) const { return m_docks.value(viewId); }
    QList<ViewDock *> docks() const;
    const MainWindowContext &context() const { return m_context; }

    // WindowHost
    QWidget *windowWidget() override { return this; }
    void showPerspective(const QString &perspectiveId) override;
    bool isViewShown(const QString &viewId) const override;
    void addDocumentDock(QDockWidget *dock, const QString &besideViewId) override;

    void showAbout();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActionsAndMenus(const QList<ViewDock *> &orderedDocks);
    void retranslateUi();
    void updateTitle();

    QList<Feature *> m_features;
    MainWindowContext m_context;
    QHash<QString, ViewDock *> m_docks;
    PerspectiveManager *m_perspectives = nullptr;
    QToolBar *m_perspectiveBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_perspectiveMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace opsdeck::ui
