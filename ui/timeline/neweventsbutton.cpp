#include "timeline/neweventsbutton.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QScrollBar>

namespace opsdeck::ui {

NewEventsButton::NewEventsButton(QAbstractItemView *list, QWidget *parent)
    : QPushButton(parent)
    , m_list(list)
{
    setObjectName(QStringLiteral("newEventsButton"));
    hide();
    connect(this, &QPushButton::clicked, this, &NewEventsButton::showNewest);
    connect(list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum()) {
            clear();
        }
    });
}

bool NewEventsButton::listAtNewest() const
{
    const QScrollBar *scroll = m_list->verticalScrollBar();
    return scroll->value() >= scroll->maximum();
}

void NewEventsButton::eventsArrived(int count, bool wasAtNewest)
{
    if (wasAtNewest) {
        m_list->scrollToBottom();
        return;
    }
    m_unseen += count;
    // The timeline dock's words (its translation context).
    setText(QCoreApplication::translate("opsdeck::ui::TimelineDock", "↓ %n new event(s)", nullptr,
                                        m_unseen));
    show();
}

void NewEventsButton::showNewest()
{
    m_list->scrollToBottom();
    clear();
}

void NewEventsButton::clear()
{
    m_unseen = 0;
    hide();
}

} // namespace opsdeck::ui
