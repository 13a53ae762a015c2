#pragma once

#include "shell/feature.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>
#include <QWidget>

// A window for features under test: dialogs open on it; perspective switches are recorded.
class TestWindowHost : public opsdeck::ui::WindowHost {
public:
    explicit TestWindowHost(QWidget *window)
        : m_window(window)
    {}
    QWidget *windowWidget() override { return m_window; }
    void showPerspective(const QString &perspectiveId) override
    {
        shownPerspectives.append(perspectiveId);
    }
    bool isViewShown(const QString &viewId) const override
    {
        Q_UNUSED(viewId)
        return m_window->isVisible();
    }

    void addDocumentDock(QDockWidget *dock, const QString &besideViewId) override
    {
        Q_UNUSED(besideViewId)
        dock->setParent(m_window);
        dock->setAttribute(Qt::WA_DeleteOnClose);
        documentDocks.append(dock);
        dock->show();
    }

    QStringList shownPerspectives;
    QList<QPointer<QDockWidget>> documentDocks;

private:
    QWidget *m_window;
};
