#include "postmortems/findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace opsdeck::ui {

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setClearButtonEnabled(true);
    m_previous = new QToolButton(this);
    m_next = new QToolButton(this);
    m_case = new QCheckBox(this);
    m_count = new QLabel(this);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(m_previous, 0, 1);
    layout->addWidget(m_next, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_count, 0, 4);
    layout->addWidget(m_close, 0, 5);

    m_replaceRow = new QWidget(this);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replaceOne = new QToolButton(m_replaceRow);
    m_replaceAll = new QToolButton(m_replaceRow);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(m_replaceOne);
    replaceLayout->addWidget(m_replaceAll);
    layout->addWidget(m_replaceRow, 1, 0, 1, 6);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::updateCount);
    connect(m_case, &QCheckBox::toggled, this, &FindReplaceBar::updateCount);
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceOne, &QToolButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QToolButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_close, &QToolButton::clicked, this, &FindReplaceBar::close);
    m_find->installEventFilter(this);
    retranslateUi();
    hide();
}

void FindReplaceBar::setEditor(QPlainTextEdit *editor)
{
    m_editor = editor;
}

void FindReplaceBar::showFind()
{
    if (m_editor) {
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
            m_find->setText(selected);
        }
    }
    m_replaceRow->setVisible(false);
    show();
    m_find->setFocus();
    m_find->selectAll();
    updateCount();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->setVisible(m_replaceEnabled);
}

void FindReplaceBar::setReplaceEnabled(bool enabled)
{
    m_replaceEnabled = enabled;
    m_replaceOne->setEnabled(enabled);
    m_replaceAll->setEnabled(enabled);
    m_replace->setEnabled(enabled);
    if (!enabled) {
        m_replaceRow->hide();
    }
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backward)
{
    if (m_editor.isNull() || m_find->text().isEmpty()) {
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_case->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    QTextDocument *doc = m_editor->document();
    QTextCursor found = doc->find(m_find->text(), m_editor->textCursor(), flags);
    if (found.isNull()) { // wraps around
        QTextCursor start(doc);
        start.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = doc->find(m_find->text(), start, flags);
    }
    if (found.isNull()) {
        m_count->setText(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindReplaceBar::selectionIsMatch() const
{
    const QString selected = m_editor->textCursor().selectedText();
    return !selected.isEmpty() &&
           selected.compare(m_find->text(),
                            m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor.isNull() || m_editor->isReadOnly() || !m_replaceEnabled ||
        m_find->text().isEmpty()) {
        return false;
    }
    if (!selectionIsMatch()) {
        findNext();
        return false;
    }
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_replace->text());
    m_editor->setTextCursor(cursor);
    updateCount();
    findNext();
    return true;
}

int FindReplaceBar::replaceAll()
{
    if (m_editor.isNull() || m_editor->isReadOnly() || !m_replaceEnabled ||
        m_find->text().isEmpty()) {
        return 0;
    }
    QTextDocument *doc = m_editor->document();
    QTextDocument::FindFlags flags;
    if (m_case->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    const QString needle = m_find->text();
    const QString replacement = m_replace->text();
    int replaced = 0;
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step for all of them
    QTextCursor found = doc->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(replacement);
        ++replaced;
        found = doc->find(needle, found, flags); // after the replacement
    }
    edit.endEditBlock();
    m_count->setText(tr("Replaced %n match(es)", nullptr, replaced));
    return replaced;
}

int FindReplaceBar::matchCount() const
{
    if (m_editor.isNull() || m_find->text().isEmpty()) {
        return 0;
    }
    const QString text = m_editor->document()->toPlainText();
    const QString needle = m_find->text();
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    int count = 0;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0;
         at = text.indexOf(needle, at + needle.size(), cs)) {
        ++count;
    }
    return count;
}

void FindReplaceBar::updateCount()
{
    if (m_find->text().isEmpty()) {
        m_count->clear();
        return;
    }
    const int count = matchCount();
    m_count->setText(count == 0 ? tr("Not found") : tr("%n match(es)", nullptr, count));
}

void FindReplaceBar::close()
{
    hide();
    if (m_editor) {
        m_editor->setFocus();
    }
    Q_EMIT closed();
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter in the find field finds backwards.
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::retranslateUi()
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find the next match (Enter)"));
    m_case->setText(tr("Match case"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceAll->setText(tr("Replace all"));
    m_replaceAll->setToolTip(tr("Replace every match in this section (one undo step)"));
    m_close->setToolTip(tr("Close (Escape)"));
    m_close->setAccessibleName(tr("Close find and replace"));
}

} // namespace opsdeck::ui
