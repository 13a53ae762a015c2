#include "postmortems/postmortemreviewbar.h"

#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace opsdeck::ui {

PostMortemReviewBar::PostMortemReviewBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("reviewState"));
    m_buttons = new QHBoxLayout;
    m_reviewersLabel = new QLabel(this);
    m_reviewers = new QLineEdit(this);
    m_reviewers->setObjectName(QStringLiteral("reviewers"));
    m_reviewersLabel->setBuddy(m_reviewers);
    layout->addWidget(m_stateLabel);
    layout->addLayout(m_buttons);
    layout->addSpacing(12);
    layout->addWidget(m_reviewersLabel);
    layout->addWidget(m_reviewers, 1);
    connect(m_reviewers, &QLineEdit::editingFinished, this, [this]() {
        QStringList reviewers;
        for (const QString &name : m_reviewers->text().split(QLatin1Char(','))) {
            const QString trimmed = name.trimmed();
            if (!trimmed.isEmpty() && !reviewers.contains(trimmed)) {
                reviewers.append(trimmed);
            }
        }
        if (reviewers != m_reviewerList) {
            m_reviewerList = reviewers;
            Q_EMIT reviewersEdited(reviewers);
        }
    });
    retranslateUi();
}

void PostMortemReviewBar::setReview(PostMortem::ReviewState state, const QStringList &reviewers)
{
    const bool stateChanged = state != m_state || !m_shown;
    m_state = state;
    m_shown = true;
    m_reviewerList = reviewers;
    m_reviewers->setText(reviewers.join(QStringLiteral(", ")));
    m_stateLabel->setText(tr("Review: %1").arg(PostMortemTexts::reviewState(state)));
    if (stateChanged || m_stepButtons.isEmpty()) {
        rebuildButtons();
    }
}

void PostMortemReviewBar::setReviewersEditable(bool editable)
{
    m_reviewers->setReadOnly(!editable);
}

QPushButton *PostMortemReviewBar::button(PostMortem::ReviewState state) const
{
    for (QPushButton *button : m_stepButtons) {
        if (button->property("state").toInt() == int(state)) {
            return button;
        }
    }
    return nullptr;
}

QString PostMortemReviewBar::stepText(PostMortem::ReviewState from, PostMortem::ReviewState to)
{
    switch (to) {
    case PostMortem::ReviewState::InReview:
        return tr("Submit for review");
    case PostMortem::ReviewState::Published:
        return tr("Publish");
    case PostMortem::ReviewState::Draft:
        break;
    }
    return from == PostMortem::ReviewState::Published ? tr("Reopen") : tr("Request changes");
}

void PostMortemReviewBar::rebuildButtons()
{
    // Later: the button clicked may be the one that asked for this.
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_stepButtons.clear();
    for (const PostMortem::ReviewState next : PostMortemService::nextReviewStates(m_state)) {
        auto *button = new QPushButton(stepText(m_state, next), this);
        button->setObjectName(QStringLiteral("review_") + PostMortem::reviewStateName(next));
        button->setProperty("state", int(next));
        connect(button, &QPushButton::clicked, this,
                [this, next]() { Q_EMIT stateRequested(next); });
        m_buttons->addWidget(button);
        m_stepButtons.append(button);
    }
}

void PostMortemReviewBar::retranslateUi()
{
    m_reviewersLabel->setText(tr("&Reviewers:"));
    m_reviewers->setPlaceholderText(tr("Names, separated by commas"));
    m_stateLabel->setText(tr("Review: %1").arg(PostMortemTexts::reviewState(m_state)));
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        button->setText(
            stepText(m_state, PostMortem::ReviewState(button->property("state").toInt())));
    }
}

} // namespace opsdeck::ui
