#pragma once

#include "shell/viewregistry.h"

#include <QObject>

class QAction;
class QWidget;

namespace opsdeck::ui {

// The Post-mortem menu's actions: new (from the open incident, another one, or blank), import a
// Markdown post-mortem, the open one's versions, the team's templates. Each opens a non-modal
// dialog; all are disabled without a workspace.
class PostMortemActions : public QObject {
    Q_OBJECT
public:
    PostMortemActions(const ViewContext &context, QWidget *window);

    QList<QAction *> actions() const;
    void retranslateUi();

    // Reads a Markdown post-mortem (on a worker) and imports it; the result opens in the editor
    // or the error names the file. For the action and for tests.
    void importFile(const QString &path);

Q_SIGNALS:
    void importFinished(const QString &path, const QString &error);

private:
    void newPostMortem();
    void askImport();
    void showVersions();
    void showTemplates();

    ViewContext m_context;
    QWidget *m_window;
    QAction *m_new = nullptr;
    QAction *m_import = nullptr;
    QAction *m_versions = nullptr;
    QAction *m_templates = nullptr;
};

} // namespace opsdeck::ui
