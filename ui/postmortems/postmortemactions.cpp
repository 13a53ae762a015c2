#include "postmortems/postmortemactions.h"

#include "common/icons.h"
#include "incidents/incidentsession.h"
#include "postmortems/createpostmortemdialog.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/templatesdialog.h"
#include "postmortems/versionsdialog.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace opsdeck::ui {

PostMortemActions::PostMortemActions(PostMortemServices services, IncidentSession &incident,
                                     QWidget *window)
    : QObject(window)
    , m_services(std::move(services))
    , m_incident(incident)
    , m_window(window)
    , m_jobs(this)
{
    m_new = new QAction(Icons::load(QStringLiteral("view-postmortems")), QString(), this);
    m_new->setObjectName(QStringLiteral("newPostMortem"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_new, &QAction::triggered, this, &PostMortemActions::newPostMortem);

    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importPostMortem"));
    connect(m_import, &QAction::triggered, this, &PostMortemActions::askImport);

    m_versions = new QAction(this);
    m_versions->setObjectName(QStringLiteral("postMortemVersions"));
    m_versions->setEnabled(false);
    connect(m_versions, &QAction::triggered, this, &PostMortemActions::showVersions);
    const auto follow = [this]() {
        m_versions->setEnabled(!m_services.catalog.openId().isEmpty());
    };
    connect(&m_services.catalog, &PostMortemCatalog::openRequested, this, follow);
    follow();

    m_templates = new QAction(this);
    m_templates->setObjectName(QStringLiteral("postMortemTemplates"));
    connect(m_templates, &QAction::triggered, this, &PostMortemActions::showTemplates);
    retranslateUi();
}

QList<QAction *> PostMortemActions::actions() const
{
    return {m_new, m_import, m_versions, m_templates};
}

void PostMortemActions::retranslateUi()
{
    m_new->setText(tr("&New Post-mortem…"));
    m_new->setStatusTip(tr("Write a post-mortem from an incident, or a blank one"));
    m_import->setText(tr("&Import Markdown…"));
    m_import->setStatusTip(tr("Open a Markdown post-mortem written from the template"));
    m_versions->setText(tr("&Versions…"));
    m_versions->setStatusTip(tr("Read, compare and restore the open post-mortem's versions"));
    m_templates->setText(tr("&Templates…"));
    m_templates->setStatusTip(tr("Edit the team's post-mortem templates"));
}

void PostMortemActions::newPostMortem()
{
    auto *dialog = new CreatePostMortemDialog(m_services, m_incident.incidentId(), m_window);
    dialog->open();
}

void PostMortemActions::askImport()
{
    auto *dialog =
        new QFileDialog(m_window, tr("Import a Markdown post-mortem"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Markdown (*.md *.markdown);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &PostMortemActions::importFile);
    dialog->open();
}

void PostMortemActions::importFile(const QString &path)
{
    struct Read {
        QByteArray bytes;
        QString error;
    };
    m_jobs.startAlongside(
        [path](const CancelToken &) {
            Read read;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                read.error = file.errorString();
            } else {
                read.bytes = file.readAll();
            }
            return read;
        },
        [this, path](const Read &read) {
            QString error = read.error;
            if (error.isEmpty()) {
                const std::optional<PostMortem> imported =
                    m_services.service.importMarkdown(read.bytes, m_services.userName, &error);
                if (imported) {
                    m_services.catalog.open(imported->id);
                }
            }
            if (!error.isEmpty()) {
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Import a Markdown post-mortem"),
                    tr("%1 was not imported.").arg(path), QMessageBox::Close, m_window);
                box->setInformativeText(error);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT importFinished(path, error);
        });
}

void PostMortemActions::showVersions()
{
    QString error;
    const std::optional<PostMortem> postMortem =
        m_services.service.find(m_services.catalog.openId(), &error);
    if (!postMortem) {
        return;
    }
    auto *dialog = new VersionsDialog(m_services.service, &m_services.catalog, *postMortem,
                                      m_services.userName, m_window);
    dialog->open();
}

void PostMortemActions::showTemplates()
{
    auto *dialog = new TemplatesDialog(m_services.templates, m_window);
    dialog->open();
}

} // namespace opsdeck::ui
