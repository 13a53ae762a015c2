#pragma once

#include "common/backgroundjob.h"
#include "postmortems/postmortemservices.h"

#include <QObject>

class QAction;
class QWidget;

namespace opsdeck {
class IncidentSession;
} // namespace opsdeck

namespace opsdeck::ui {

// The Post-mortem menu's actions: new (from the open incident, another one, or blank), import a
// Markdown post-mortem, the open one's versions, the team's templates. Each opens a non-modal
// dialog.
class PostMortemActions : public QObject {
    Q_OBJECT
public:
    // `incident` is the incident the console has open: a new post-mortem starts from it.
    PostMortemActions(PostMortemServices services, IncidentSession &incident, QWidget *window);

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

    PostMortemServices m_services;
    IncidentSession &m_incident;
    QWidget *m_window;
    JobTracker m_jobs; // reads the files to import
    QAction *m_new = nullptr;
    QAction *m_import = nullptr;
    QAction *m_versions = nullptr;
    QAction *m_templates = nullptr;
};

} // namespace opsdeck::ui
