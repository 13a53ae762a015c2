#pragma once

#include "model/postmortem.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opsdeck::ui {

// A post-mortem's review: its state, a button for each step allowed from it ("Submit for
// review", "Request changes", "Publish", "Reopen") and the reviewers as a comma list.
class PostMortemReviewBar : public QWidget {
    Q_OBJECT
public:
    explicit PostMortemReviewBar(QWidget *parent = nullptr);

    void setReview(PostMortem::ReviewState state, const QStringList &reviewers);
    void setReviewersEditable(bool editable);
    PostMortem::ReviewState state() const { return m_state; }
    // The button that moves the review to `state`, if the current state allows it.
    QPushButton *button(PostMortem::ReviewState state) const;
    QLineEdit *reviewersField() const { return m_reviewers; }

    // The label of the step from `from` to `to`.
    static QString stepText(PostMortem::ReviewState from, PostMortem::ReviewState to);

    void retranslateUi();

Q_SIGNALS:
    void stateRequested(opsdeck::PostMortem::ReviewState state);
    // The reviewers field was edited and left (or Enter was pressed).
    void reviewersEdited(const QStringList &reviewers);

private:
    void rebuildButtons();

    QLabel *m_stateLabel = nullptr;
    QLabel *m_reviewersLabel = nullptr;
    QLineEdit *m_reviewers = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_stepButtons;
    PostMortem::ReviewState m_state = PostMortem::ReviewState::Draft;
    bool m_shown = false; // setReview() was called
    QStringList m_reviewerList;
};

} // namespace opsdeck::ui
