#pragma once

#include "shell/perspective.h"

#include <QList>
#include <QString>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace opsdeck {
class SecretStore;
class WorkspaceStore;
} // namespace opsdeck

namespace opsdeck::ui {

class ViewDock;

// What every feature of a console may use: the workspace, the keychain and who is at the
// keyboard (the author of what this console records).
struct FeatureEnvironment {
    WorkspaceStore &store;
    SecretStore &secrets;
    QString userName;
};

// The main window as the features see it: where dialogs open, and the perspectives.
class WindowHost {
public:
    virtual ~WindowHost() = default;
    virtual QWidget *windowWidget() = 0;
    virtual void showPerspective(const QString &perspectiveId) = 0;
    virtual bool isViewShown(const QString &viewId) const = 0;
    // Shows a dock for one document (an open dashboard) where there is the most room: tabbed
    // with the widest view in sight (else with `besideViewId`). The window owns it until it
    // is closed, which deletes it. It is not part of the perspectives: several of one kind
    // may be open.
    virtual void addDocumentDock(QDockWidget *dock, const QString &besideViewId) = 0;

protected:
    WindowHost() = default;
    WindowHost(const WindowHost &) = default;
    WindowHost &operator=(const WindowHost &) = default;
};

// One feature of the console: its core services, its docks, its actions and menus, and where
// its docks go in the perspectives. The application is a list of features; the main window
// assembles what they create and knows none of them by name. See docs/architecture.md,
// "Adding a feature".
class Feature {
public:
    virtual ~Feature() = default;
    Feature(const Feature &) = delete;
    Feature &operator=(const Feature &) = delete;

    // The feature's docks, in View-menu order, each with exactly the services it uses. Called
    // once; the window owns the docks.
    virtual QList<ViewDock *> createViews(WindowHost &host) = 0;
    // Actions for the File menu (the window adds Quit after them).
    virtual QList<QAction *> fileActions(WindowHost &host)
    {
        Q_UNUSED(host)
        return {};
    }
    // Menus of their own, put in the menu bar after View in feature order.
    virtual QList<QMenu *> createMenus(WindowHost &host)
    {
        Q_UNUSED(host)
        return {};
    }
    // Widgets for the status bar's permanent area.
    virtual QList<QWidget *> createStatusWidgets(WindowHost &host)
    {
        Q_UNUSED(host)
        return {};
    }
    // The perspectives this feature leads (Ctrl+1 … in feature order) with its own docks.
    virtual QList<Perspective> perspectives() const { return {}; }
    // Its docks in perspectives other features lead.
    virtual QList<PerspectivePlacement> placements() const { return {}; }
    // Called once the window is shown: read the workspace on workers, start polling, reopen
    // what was open. The first paint never waits for it.
    virtual void start(WindowHost &host) { Q_UNUSED(host) }
    // The texts of the feature's menus and actions, on every language change.
    virtual void retranslateUi() {}

protected:
    Feature() = default;
};

} // namespace opsdeck::ui
