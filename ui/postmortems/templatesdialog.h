#pragma once

#include "postmortems/postmortemtemplate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace opsdeck {
class PostMortemTemplateLibrary;
} // namespace opsdeck

namespace opsdeck::ui {

class MessageLabel;

// The team's post-mortem templates: the sections a new post-mortem starts with. Edit one as
// Markdown ('## Section' headings, each with its prompt), add one, mark one as the default,
// delete one (never the built-in one). Saving text that is not a template says which line is
// wrong and keeps what was typed. Open it with open(); it deletes itself when closed.
class TemplatesDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplatesDialog(PostMortemTemplateLibrary &library, QWidget *parent = nullptr);

    QListWidget *templateList() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *markdownEdit() const { return m_text; }
    MessageLabel *messageLabel() const { return m_message; }

    // The buttons' actions. save() and the others return whether they succeeded.
    void newTemplate();
    bool save();
    bool setAsDefault();
    bool removeSelected();

    // The template's sections as the editor shows them (the Markdown after its title line), and
    // back; `error` names the line of the editor's text.
    static QString sectionsMarkdown(const PostMortemTemplate &postMortemTemplate);
    static std::optional<PostMortemTemplate> fromEditor(const QString &name,
                                                        const QString &markdown,
                                                        const PostMortemTemplate &previous,
                                                        QString *error);

Q_SIGNALS:
    // A template was stored (saved or marked default).
    void templateSaved(const opsdeck::PostMortemTemplate &postMortemTemplate);

private:
    void retranslateUi();
    void reload(const QString &selectId);
    void showCurrent();
    void updateButtons();
    std::optional<PostMortemTemplate> edited(QString *error) const;
    QString itemText(const PostMortemTemplate &postMortemTemplate) const;

    PostMortemTemplateLibrary &m_library;
    QList<PostMortemTemplate> m_templates;
    // The template being edited: one of m_templates, or a new one not yet stored.
    PostMortemTemplate m_current;
    bool m_currentIsNew = false;

    QListWidget *m_list;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QPlainTextEdit *m_text;
    QLabel *m_builtInNote;
    MessageLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_default;
    QPushButton *m_delete;
    QPushButton *m_save;
};

} // namespace opsdeck::ui
