#pragma once

#include "shell/perspective.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;

namespace opsdeck::ui {

class ViewDock;

// Switches the main window between perspectives. Each perspective shows the layout the user
// saved for it, or its built-in default; changes made since switching to it are kept for the
// session, so switching away and back returns the same layout.
class PerspectiveManager : public QObject {
    Q_OBJECT
public:
    // `perspectives` in switching order (Ctrl+1, Ctrl+2 …), as assemblePerspectives() made them.
    PerspectiveManager(QMainWindow *window, QHash<QString, ViewDock *> docks,
                       QList<Perspective> perspectives);

    const QList<Perspective> &perspectives() const { return m_perspectives; }
    QString currentId() const { return m_currentId; }
    const Perspective *perspective(const QString &id) const;

    // Checkable actions, one a perspective, with Ctrl+1 ... Ctrl+4.
    QList<QAction *> switchActions() const;
    QAction *saveLayoutAction() const { return m_saveAction; }
    QAction *resetLayoutAction() const { return m_resetAction; }

    void activate(const QString &id);
    void saveCurrentLayout();  // the current layout becomes what this perspective opens with
    void resetCurrentLayout(); // back to the built-in default; the saved layout is forgotten
    bool hasSavedLayout(const QString &id) const;

    // Window geometry, layout and perspective from the last run (or On-call's default).
    void restoreSession();
    void saveSession() const;

    void retranslateUi();

Q_SIGNALS:
    void currentChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyDefaultLayout(const Perspective &perspective);
    void applyDefaultSizes(const Perspective &perspective);
    void setCurrent(const QString &id);
    bool restoreLayout(const QByteArray &layout, const QString &settingsKey);

    QMainWindow *m_window;
    QHash<QString, ViewDock *> m_docks;
    QList<Perspective> m_perspectives;
    QString m_currentId;
    QHash<QString, QByteArray> m_sessionLayouts;
    QActionGroup *m_switchGroup;
    QHash<QString, QAction *> m_switchActions;
    QAction *m_saveAction;
    QAction *m_resetAction;
    // The window may reach its final size (the window manager's geometry) after the default
    // sizes were applied: while they are that fresh, a resize applies them again.
    QElapsedTimer m_sinceDefaultSizes;
};

} // namespace opsdeck::ui
