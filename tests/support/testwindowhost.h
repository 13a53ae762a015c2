#pragma once

#include "shell/feature.h"

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

    QStringList shownPerspectives;

private:
    QWidget *m_window;
};
