#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

namespace opsdeck::ui {

// A bar of two groups of controls (say, a search field and its filters): side by side when the
// bar is wide enough for both, the second group on a line of its own when it is not. A narrow
// dock then needs only the wider group's minimum width, not the sum of both.
class WrappingBar : public QWidget {
    Q_OBJECT
public:
    explicit WrappingBar(QWidget *parent = nullptr);

    // The groups' layouts, filled by the owner like any QHBoxLayout.
    QHBoxLayout *first() const { return m_first; }
    QHBoxLayout *second() const { return m_second; }
    bool isWrapped() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void place(int width);

    QBoxLayout *m_groups = nullptr;
    QHBoxLayout *m_first = nullptr;
    QHBoxLayout *m_second = nullptr;
};

} // namespace opsdeck::ui
