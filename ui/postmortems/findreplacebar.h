#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace opsdeck::ui {

// Find and replace in one text editor, as a bar under it: next and previous (Enter and
// Shift+Enter), case sensitivity, replace the current match, replace all (one undo step), the
// number of matches. Escape closes it and gives the focus back to the editor.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    void setEditor(QPlainTextEdit *editor);
    // Shows the bar with the find field focused (prefilled with a one-line selection); the
    // replace row only with showReplace().
    void showFind();
    void showReplace();
    // Replacing is off while the text is read-only.
    void setReplaceEnabled(bool enabled);

    bool findNext();
    bool findPrevious();
    // Replaces the selected match and finds the next one; false when none was selected.
    bool replaceCurrent();
    // Every match in the editor's text, one undo step; how many.
    int replaceAll();
    int matchCount() const;

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitive() const { return m_case; }
    QLabel *countLabel() const { return m_count; }

    void retranslateUi();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    bool selectionIsMatch() const;
    void updateCount();
    void close();

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_replaceRow = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_replaceOne = nullptr;
    QToolButton *m_replaceAll = nullptr;
    QToolButton *m_close = nullptr;
    bool m_replaceEnabled = true;
};

} // namespace opsdeck::ui
