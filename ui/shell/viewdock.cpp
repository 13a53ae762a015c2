#include "shell/viewdock.h"

#include "common/icons.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
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
    layout->addStretch();
    m_pages->addWidget(emptyState);
    setWidget(m_pages);
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
