#include "shell/viewdock.h"

#include "common/icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck::ui {

ViewDock::ViewDock(const QString &viewId, const QString &iconName, QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(viewId);
    setWindowIcon(Icons::load(iconName));
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);

    m_pages = new QStackedWidget(this);
    auto *emptyState = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(emptyState);
    m_emptyHeadline = new QLabel(emptyState);
    m_emptyExplanation = new QLabel(emptyState);
    QFont headlineFont = m_emptyHeadline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    headlineFont.setBold(true);
    m_emptyHeadline->setFont(headlineFont);
    for (QLabel *label : {m_emptyHeadline, m_emptyExplanation}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setForegroundRole(label == m_emptyHeadline ? QPalette::WindowText
                                                          : QPalette::PlaceholderText);
    }
    layout->addStretch();
    layout->addWidget(m_emptyHeadline);
    layout->addWidget(m_emptyExplanation);
    m_emptyButtons = new QHBoxLayout;
    m_emptyButtons->addStretch();
    m_emptyButtons->addStretch();
    layout->addLayout(m_emptyButtons);
    layout->addStretch();
    m_pages->addWidget(emptyState);
    setWidget(m_pages);
}

void ViewDock::setEmptyStateActions(const QList<QAction *> &actions)
{
    auto *page = m_pages->widget(0);
    for (QToolButton *old : page->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        delete old;
    }
    for (QAction *action : actions) {
        // A tool button shows its action's text and follows it; styled as a push button.
        auto *button = new QToolButton(page);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        m_emptyButtons->insertWidget(m_emptyButtons->count() - 1, button);
    }
}

void ViewDock::setContent(QWidget *content)
{
    m_pages->addWidget(content);
    m_pages->setCurrentWidget(content);
}

void ViewDock::showEmptyState(bool empty)
{
    m_pages->setCurrentIndex(empty || m_pages->count() < 2 ? 0 : 1);
}

bool ViewDock::isShowingEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

void ViewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDockWidget::changeEvent(event);
}

void ViewDock::setEmptyState(const QString &headline, const QString &explanation)
{
    m_emptyHeadline->setText(headline);
    m_emptyExplanation->setText(explanation);
    m_pages->widget(0)->setAccessibleName(headline);
    m_pages->widget(0)->setAccessibleDescription(explanation);
}

} // namespace opsdeck::ui
