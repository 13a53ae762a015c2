#include "runbooks/runbooksdock.h"

#include "alarms/alarmservice.h"
#include "common/appsettings.h"
#include "common/tablecolumns.h"
#include "incidents/incidentsession.h"
#include "runbooks/runbookcatalog.h"
#include "runbooks/runbookchecklist.h"
#include "runbooks/runbookfilterproxy.h"
#include "runbooks/runbooklistmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

// An alert of the incident that no backend reports any more, rebuilt from its alert_fired
// event: its labels (the fingerprint's source) are all the runbook matchers need.
Alert alertFromEvent(const TimelineEvent &event)
{
    Alert alert;
    const auto fingerprint = event.payload.find("fingerprint");
    if (fingerprint != event.payload.end() && fingerprint->is_string()) {
        alert.fingerprint = QString::fromStdString(fingerprint->get<std::string>());
    }
    const auto labels = event.payload.find("labels");
    if (labels != event.payload.end() && labels->is_object()) {
        for (auto it = labels->begin(); it != labels->end(); ++it) {
            if (it.value().is_string()) {
                alert.labels.insert(QString::fromStdString(it.key()),
                                    QString::fromStdString(it.value().get<std::string>()));
            }
        }
    }
    return alert;
}

} // namespace

RunbooksDock::RunbooksDock(RunbookCatalog &catalog, IncidentSession &session,
                           IncidentService &service, AlarmService &alarms, QString userName,
                           QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-runbooks"), parent)
    , m_runbookCatalog(catalog)
    , m_session(session)
    , m_service(service)
    , m_alarms(alarms)
    , m_userName(std::move(userName))
    , m_model(new RunbookListModel(this))
    , m_proxy(new RunbookFilterProxy(m_model, this))
{
    buildUi();
    retranslateUi();
    connect(&catalog, &RunbookCatalog::loaded, this, &RunbooksDock::showLibrary);
    connect(&catalog, &RunbookCatalog::showRequested, this, &RunbooksDock::showRunbook);
    connect(&session, &IncidentSession::opened, this, &RunbooksDock::updateMatching);
    connect(&session, &IncidentSession::closed, this, &RunbooksDock::updateMatching);
    connect(&session, &IncidentSession::incidentChanged, this, &RunbooksDock::updateMatching);
    {
        // A runbook_url annotation may appear or change with a poll.
        connect(&m_alarms, &AlarmService::alertsChanged, this, [this]() {
            if (m_matching->isChecked()) {
                updateMatching();
            }
        });
    }
    showLibrary();
}

void RunbooksDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);

    auto *library = new QWidget(content);
    auto *libraryLayout = new QVBoxLayout(library);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(library);
    m_filter->setObjectName(QStringLiteral("runbookFilter"));
    m_filter->setClearButtonEnabled(true);
    m_matching = new QCheckBox(library);
    m_matching->setObjectName(QStringLiteral("matchingIncident"));
    m_folderButton = new QPushButton(library);
    m_folderButton->setObjectName(QStringLiteral("runbookFolder"));
    m_filter->setMinimumWidth(80);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_folderButton);
    libraryLayout->addLayout(bar);
    libraryLayout->addWidget(m_matching);
    m_folderLabel = new QLabel(library);
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the dock: it is cut at the dock's edge, whole in the tooltip.
    m_folderLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    libraryLayout->addWidget(m_folderLabel);

    m_table = new QTableView(library);
    m_table->setObjectName(QStringLiteral("runbookTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunbookListModel::Title, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // One line a runbook, so the list shows every runbook of a small library at 1366×768: an
    // owner too long for its column ends in "…" (whole in the tooltip) instead of wrapping.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(RunbookListModel::Title,
                                                      QHeaderView::Stretch);
    // Incident Command's runbook column is ~580 px even at 1920: the titles need it more than
    // the services and review dates (both in the runbook's header below).
    hideWhenNarrow(m_table, {RunbookListModel::Services, RunbookListModel::LastReviewed}, 720);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunbooksDock::selectionChanged);
    libraryLayout->addWidget(m_table, 1);

    m_problemsButton = new QToolButton(library);
    m_problemsButton->setObjectName(QStringLiteral("runbookProblems"));
    m_problemsButton->setCheckable(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setArrowType(Qt::RightArrow);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems = new QPlainTextEdit(library);
    m_problems->setObjectName(QStringLiteral("runbookProblemList"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(110);
    m_problems->hide();
    connect(m_problemsButton, &QToolButton::toggled, this, [this](bool expanded) {
        m_problems->setVisible(expanded);
        m_problemsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    libraryLayout->addWidget(m_problemsButton);
    libraryLayout->addWidget(m_problems);

    m_checklist = new RunbookChecklist(m_session, m_service, m_userName, content);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(library);
    splitter->addWidget(m_checklist);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    setContent(content);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this]() { m_proxy->setText(m_filter->text()); });
    connect(m_matching, &QCheckBox::toggled, this, &RunbooksDock::updateMatching);
    connect(m_folderButton, &QPushButton::clicked, this, &RunbooksDock::chooseFolder);
}

void RunbooksDock::retranslateUi()
{
    setWindowTitle(tr("Runbooks"));
    setEmptyState(tr("No runbooks"), tr("Runbooks from the team's runbook folder are listed here, "
                                        "with the alerts they apply to."));
    m_filter->setPlaceholderText(tr("Filter by title, owner, service or file"));
    m_matching->setText(tr("Matching the incident"));
    m_matching->setToolTip(tr("Only the runbooks for the alerts of the open incident"));
    m_folderButton->setText(tr("Folder…"));
    m_folderButton->setToolTip(tr("Choose the team's runbook folder (a git checkout, say)"));
    m_checklist->retranslateUi();
    showLibrary();
}

void RunbooksDock::showLibrary()
{
    const RunbookLibrary &library = m_runbookCatalog.library();
    const QString selected = m_selectedKey;
    m_model->setLibrary(library, QDate::currentDate());
    QStringList problems;
    for (const RunbookProblem &problem : library.problems()) {
        problems.append(problem.toString());
    }
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    m_problemsButton->setText(tr("%n runbook(s) could not be read", nullptr, int(problems.size())));
    m_problemsButton->setVisible(!problems.isEmpty());
    m_problems->setVisible(!problems.isEmpty() && m_problemsButton->isChecked());
    updateFolderLabel();
    // The same runbook stays selected across a reload, with its steps as the file now says.
    m_selectedKey.clear();
    selectKey(selected);
    if (m_selectedKey.isEmpty()) {
        m_checklist->setRunbook(std::nullopt, QString());
    }
    updateMatching();
}

void RunbooksDock::updateFolderLabel()
{
    const QString folder = m_runbookCatalog.folder();
    m_folderLabel->setText(
        folder.isEmpty() ? tr("No runbook folder chosen: choose the team's folder with Folder…")
                         : tr("%1 · %n runbook(s)", nullptr, m_model->rowCount())
                               .arg(QDir::toNativeSeparators(folder)));
    m_folderLabel->setToolTip(m_folderLabel->text());
}

QSet<QString> RunbooksDock::matchingKeys() const
{
    QSet<QString> keys;
    if (!m_session.incident()) {
        return keys;
    }
    const QStringList &fingerprints = m_session.incident()->alertFingerprints;
    QHash<QString, Alert> alerts;
    for (const Alert &alert : m_alarms.snapshot().alerts) {
        if (fingerprints.contains(alert.fingerprint)) {
            alerts.insert(alert.fingerprint, alert);
        }
    }
    for (const TimelineEvent &event : m_session.events()) {
        if (event.type != TimelineEvent::Type::AlertFired || !event.payload.is_object()) {
            continue;
        }
        const Alert alert = alertFromEvent(event);
        if (fingerprints.contains(alert.fingerprint) && !alerts.contains(alert.fingerprint)) {
            alerts.insert(alert.fingerprint, alert);
        }
    }
    const RunbookLibrary &library = m_runbookCatalog.library();
    for (const Alert &alert : std::as_const(alerts)) {
        for (const Runbook &runbook : library.forAlert(alert).runbooks) {
            keys.insert(library.keyOf(runbook));
        }
    }
    return keys;
}

void RunbooksDock::updateMatching()
{
    const bool open = m_session.incident().has_value();
    m_matching->setEnabled(open);
    const QSet<QString> matching = open ? matchingKeys() : QSet<QString>();
    m_proxy->setOnlyKeys(open && m_matching->isChecked() ? std::optional(matching) : std::nullopt);
    // With an incident open and nothing chosen yet, its runbook's steps are shown: the plan is
    // in view without a click. A runbook the user chose stays.
    if (m_selectedKey.isEmpty() && !matching.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString key = m_model->keyAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            if (matching.contains(key)) {
                selectKey(key);
                break;
            }
        }
    }
}

QString RunbooksDock::selectedKey() const
{
    return m_selectedKey;
}

void RunbooksDock::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    const QString key = m_model->keyAt(row);
    if (key == m_selectedKey && !key.isEmpty() && key == m_checklist->runbookKey()) {
        return;
    }
    m_selectedKey = key;
    m_checklist->setRunbook(m_model->runbookAt(row), key);
}

void RunbooksDock::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    selectionChanged();
}

void RunbooksDock::showRunbook(const QString &key)
{
    show();
    raise();
    if (m_model->rowOf(key) < 0) {
        return;
    }
    if (!m_proxy->mapFromSource(m_model->index(m_model->rowOf(key), 0)).isValid()) {
        m_matching->setChecked(false);
        m_filter->clear();
        m_proxy->setText(QString());
    }
    selectKey(key);
}

void RunbooksDock::chooseFolder()
{
    const QString current = m_runbookCatalog.folder();
    auto *dialog =
        new QFileDialog(this, tr("Runbook folder"), current.isEmpty() ? QDir::homePath() : current);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    RunbookCatalog *catalog = &m_runbookCatalog;
    connect(dialog, &QFileDialog::fileSelected, this, [catalog](const QString &folder) {
        writeSetting(settings::RunbooksFolder, folder);
        catalog->setFolder(folder);
    });
    dialog->open();
}

} // namespace opsdeck::ui
