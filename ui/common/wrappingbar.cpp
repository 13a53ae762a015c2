#include "common/wrappingbar.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

namespace opsdeck::ui {

WrappingBar::WrappingBar(QWidget *parent)
    : QWidget(parent)
    , m_groups(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_first(new QHBoxLayout)
    , m_second(new QHBoxLayout)
{
    m_groups->setContentsMargins(0, 0, 0, 0);
    m_groups->setSpacing(4);
    m_groups->addLayout(m_first);
    m_groups->addLayout(m_second);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

bool WrappingBar::isWrapped() const
{
    return m_groups->direction() == QBoxLayout::TopToBottom;
}

QSize WrappingBar::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    const QSize first = m_first->minimumSize();
    const QSize second = m_second->minimumSize();
    const int height = isWrapped() ? first.height() + m_groups->spacing() + second.height()
                                   : std::max(first.height(), second.height());
    return {std::max(first.width(), second.width()) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom()};
}

void WrappingBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place(event->size().width());
}

void WrappingBar::place(int width)
{
    // Side by side once both groups get what they would like; below that, on two lines.
    const int sideBySide =
        m_first->sizeHint().width() + m_groups->spacing() + m_second->sizeHint().width();
    const auto wanted = width >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (wanted != m_groups->direction()) {
        m_groups->setDirection(wanted);
        updateGeometry();
    }
}

} // namespace opsdeck::ui
