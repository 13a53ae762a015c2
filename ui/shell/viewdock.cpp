#include "shell/viewdock.h"

#include "shell/icons.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace opsdeck::ui {

ViewDock::ViewDock(const QString &viewId, const QString &iconName, QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(viewId);
    setWindowIcon(Icons::load(iconName));
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);

    auto *emptyState = new QWidget(this);
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
    setWidget(emptyState);
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
    widget()->setAccessibleName(headline);
    widget()->setAccessibleDescription(explanation);
}

} // namespace opsdeck::ui
