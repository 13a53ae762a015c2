#pragma once

#include <QPushButton>

class QAbstractItemView;

namespace opsdeck::ui {

// "↓ 3 new events": keeps a list at its newest end while the reader is there, and counts what
// arrived below while the reader scrolled away. Hidden while there is nothing unseen; a click
// (or scrolling to the end) shows the newest again.
class NewEventsButton : public QPushButton {
    Q_OBJECT
public:
    NewEventsButton(QAbstractItemView *list, QWidget *parent = nullptr);

    // Before rows are added: whether the list shows its newest end.
    bool listAtNewest() const;
    // After `count` rows were added: follows them when the list was at its newest end,
    // otherwise counts them.
    void eventsArrived(int count, bool wasAtNewest);
    // Scrolls the list to its newest end and forgets what was unseen.
    void showNewest();

private:
    void clear();

    QAbstractItemView *m_list;
    int m_unseen = 0;
};

} // namespace opsdeck::ui
