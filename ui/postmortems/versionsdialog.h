#pragma once

#include "model/postmortem.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace opsdeck {
class PostMortemCatalog;
class PostMortemService;
} // namespace opsdeck

namespace opsdeck::ui {

class MessageLabel;

// The saved versions of one post-mortem (number, when, who, why): select one to read its text
// as Markdown, two to see what changed between them (removed lines red with "- ", added ones
// green with "+ "), and restore the selected one as the current text (kept as a new version).
// Follows the catalogue, so a save elsewhere shows up. Open it with open(); it deletes itself
// when closed.
class VersionsDialog : public QDialog {
    Q_OBJECT
public:
    // `catalog` may be null (the list then changes only by this dialog's restores).
    VersionsDialog(PostMortemService &service, PostMortemCatalog *catalog,
                   const PostMortem &postMortem, const QString &userName,
                   QWidget *parent = nullptr);

    QTreeWidget *versionList() const { return m_list; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *restoreButton() const { return m_restore; }

    // Selects these versions (one: its text; two: their difference, older to newer).
    void selectVersions(const QList<int> &numbers);
    // Restores the one selected version; false (and the error shown) when refused.
    bool restoreSelected();

    // A version's whole text as Markdown, or nullopt and `error` when its content is damaged.
    static std::optional<QString> versionText(const PostMortem &postMortem, int number,
                                              QString *error);

Q_SIGNALS:
    // The selected version became the current text.
    void restored(const opsdeck::PostMortem &postMortem);

private:
    void retranslateUi();
    void fillList();
    void showSelection();
    void showText(int number);
    void showDiff(int older, int newer);
    QList<int> selectedNumbers() const;

    PostMortemService &m_service;
    QPointer<PostMortemCatalog> m_catalog;
    PostMortem m_postMortem;
    QString m_userName;

    QLabel *m_hint;
    QTreeWidget *m_list;
    QLabel *m_showing;
    QPlainTextEdit *m_text;
    MessageLabel *m_message;
    QPushButton *m_restore;
    QPushButton *m_close;
};

} // namespace opsdeck::ui
