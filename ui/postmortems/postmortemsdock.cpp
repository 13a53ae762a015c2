#include "postmortems/postmortemsdock.h"

#include "common/messagelabel.h"
#include "common/tablecolumns.h"
#include "common/wrappingbar.h"
#include "postmortems/createpostmortemdialog.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemfilterproxy.h"
#include "postmortems/postmortemsearch.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtablemodel.h"
#include "postmortems/postmortemtexts.h"
#include "postmortems/templatesdialog.h"
#include "postmortems/versionsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {

PostMortemsDock::PostMortemsDock(PostMortemServices services, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-postmortems"), parent)
    , m_services(std::move(services))
    , m_jobs(this)
    , m_model(new PostMortemTableModel(m_services.catalog, this))
    , m_proxy(new PostMortemFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    retranslateUi();
    // The model follows the catalogue itself; the dock refreshes what depends on the rows.
    const auto refresh = [this]() {
        refreshServices();
        updateEmptyState();
        if (!m_search->text().trimmed().isEmpty()) {
            m_searchDelay->start(); // the changed text may match now, or no longer
        }
    };
    connect(&m_services.catalog, &CatalogSignals::loaded, this, refresh);
    connect(&m_services.catalog, &CatalogSignals::documentChanged, this, refresh);
    connect(&m_services.catalog, &CatalogSignals::documentRemoved, this, refresh);
    connect(&m_services.catalog, &CatalogSignals::failed, this,
            [this](const QString &error) { m_message->showMessage(error, true); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PostMortemsDock::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PostMortemsDock::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PostMortemsDock::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PostMortemsDock::updateEmptyState);
    refreshServices();
    updateEmptyState();
}

PostMortemsDock::~PostMortemsDock() = default;

void PostMortemsDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new WrappingBar(content); // the filters under the search when narrow
    // New… is also offered by the empty state, which names it.
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    connect(m_newAction, &QAction::triggered, this, &PostMortemsDock::createPostMortem);
    setEmptyStateActions({m_newAction});
    auto *create = new QPushButton(content);
    create->setObjectName(QStringLiteral("newButton"));
    connect(create, &QPushButton::clicked, m_newAction, &QAction::trigger);
    auto *templates = new QPushButton(content);
    templates->setObjectName(QStringLiteral("templatesButton"));
    connect(templates, &QPushButton::clicked, this, &PostMortemsDock::showTemplates);
    m_state = new QComboBox(content);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_service = new QComboBox(content);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    filters->first()->addWidget(create);
    filters->first()->addWidget(templates);
    filters->first()->addWidget(m_search, 1);
    filters->second()->addWidget(m_state);
    filters->second()->addWidget(m_service);
    layout->addWidget(filters);
    m_searchState = new QLabel(content);
    m_searchState->hide();
    layout->addWidget(m_searchState);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("postMortemTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PostMortemTableModel::Updated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    fitColumnsOnReset(m_table, PostMortemTableModel::Title);
    hideWhenNarrow(m_table,
                   {PostMortemTableModel::Severity, PostMortemTableModel::Services,
                    PostMortemTableModel::ActionItems, PostMortemTableModel::Updated},
                   560);
    layout->addWidget(m_table, 1);
    m_nothingMatches = new QLabel(content);
    m_nothingMatches->setObjectName(QStringLiteral("nothingMatches"));
    m_nothingMatches->setAlignment(Qt::AlignCenter);
    m_nothingMatches->setWordWrap(true);
    m_nothingMatches->hide();
    layout->addWidget(m_nothingMatches, 1);
    m_message = new MessageLabel(content);
    layout->addWidget(m_message);
    setContent(content);

    // Keyboard: Enter opens (activated), Delete asks to delete.
    auto *deleteAction = new QAction(m_table);
    deleteAction->setObjectName(QStringLiteral("deleteAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &PostMortemsDock::deleteCurrent);
    m_table->addAction(deleteAction);
    connect(m_table, &QTableView::activated, this, &PostMortemsDock::openCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PostMortemsDock::showContextMenu);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PostMortemsDock::applyFilters);
    connect(m_service, &QComboBox::currentIndexChanged, this, &PostMortemsDock::applyFilters);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &PostMortemsDock::startSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
}

void PostMortemsDock::retranslateUi()
{
    setWindowTitle(tr("Post-mortems"));
    setEmptyState(tr("No post-mortems yet"),
                  tr("Write a blameless post-mortem from a resolved incident with New…: it starts "
                     "from the incident's timeline and metrics."));
    m_newAction->setText(tr("New…"));
    m_newAction->setToolTip(tr("Write a new post-mortem, from an incident or blank"));
    if (auto *create = findChild<QPushButton *>(QStringLiteral("newButton"))) {
        create->setText(m_newAction->text());
        create->setToolTip(m_newAction->toolTip());
    }
    if (auto *templates = findChild<QPushButton *>(QStringLiteral("templatesButton"))) {
        templates->setText(tr("Templates…"));
        templates->setToolTip(tr("Edit the sections new post-mortems start with"));
    }
    if (auto *deleteAction = m_table->findChild<QAction *>(QStringLiteral("deleteAction"))) {
        deleteAction->setText(tr("Delete…"));
    }
    m_search->setPlaceholderText(tr("Search titles, sections, timelines and action items"));
    m_table->setAccessibleName(tr("Post-mortems"));
    m_state->setToolTip(tr("Review state"));
    m_service->setToolTip(tr("Affected service"));
    m_nothingMatches->setText(tr("Nothing matches. Clear the search or choose other filters."));
    fillStateFilter();
    refreshServices();
}

void PostMortemsDock::fillStateFilter()
{
    const QSignalBlocker block(m_state);
    const QVariant current = m_state->currentData();
    m_state->clear();
    m_state->addItem(tr("Any state"), QString());
    for (const QString &name : PostMortem::reviewStateNames()) {
        m_state->addItem(PostMortemTexts::reviewState(*PostMortem::reviewStateFromName(name)),
                         name);
    }
    m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
    applyFilters();
}

void PostMortemsDock::refreshServices()
{
    const QStringList services = m_model->services();
    const QSignalBlocker block(m_service);
    const QString current = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("Any service"), QString());
    for (const QString &service : services) {
        m_service->addItem(service, service);
    }
    // A service that no post-mortem names any more stays chosen (and matches nothing) rather
    // than silently widening the list.
    if (!current.isEmpty() && m_service->findData(current) < 0) {
        m_service->addItem(current, current);
    }
    m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
}

void PostMortemsDock::applyFilters()
{
    m_proxy->setReviewState(m_state->currentData().toString());
    m_proxy->setService(m_service->currentData().toString());
    updateEmptyState();
}

void PostMortemsDock::startSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_jobs.cancel();
        m_proxy->setSearchResult(std::nullopt);
        m_searchState->hide();
        updateEmptyState();
        return;
    }
    // A snapshot of the list (implicitly shared values) is searched on a worker; a newer
    // search or a newer change makes this result stale, and it is dropped.
    const QList<PostMortem> snapshot = m_services.catalog.postMortems();
    m_jobs.start([snapshot,
                  text](const CancelToken &) { return PostMortemSearch::matching(snapshot, text); },
                 [this, text](const QSet<QString> &ids) {
                     m_proxy->setSearchResult(ids);
                     m_searchState->setText(
                         tr("%n post-mortem(s) match “%1”", nullptr, int(ids.size())).arg(text));
                     m_searchState->show();
                     updateEmptyState();
                     Q_EMIT searchFinished(int(ids.size()));
                 });
}

bool PostMortemsDock::isShowingNothingMatches() const
{
    return !m_nothingMatches->isHidden();
}

QString PostMortemsDock::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PostMortemTableModel::PostMortemIdRole).toString()
                             : QString();
}

void PostMortemsDock::openCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty()) {
        m_services.catalog.open(id);
    }
}

void PostMortemsDock::showVersionsOfCurrent()
{
    const QString id = currentId();
    const PostMortem *postMortem = m_services.catalog.find(id);
    if (postMortem == nullptr) {
        return;
    }
    auto *dialog = new VersionsDialog(m_services.service, &m_services.catalog, *postMortem,
                                      m_services.userName, this);
    dialog->open();
}

void PostMortemsDock::deleteCurrent()
{
    const QString id = currentId();
    const PostMortem *postMortem = m_services.catalog.find(id);
    if (postMortem == nullptr) {
        return;
    }
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Delete post-mortem"),
        tr("Delete “%1” with all its versions? This cannot be undone.").arg(postMortem->title),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("deleteConfirmation"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("Delete"));
    connect(confirm, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes) {
            remove(id);
        }
    });
    confirm->open();
}

void PostMortemsDock::remove(const QString &id)
{
    QString error;
    if (!m_services.service.remove(id, &error)) {
        m_message->showMessage(tr("Could not delete the post-mortem: %1").arg(error), true);
        return;
    }
    m_message->showMessage({}, false);
    m_model->remove(id); // the catalogue confirms it shortly
}

void PostMortemsDock::createPostMortem()
{
    auto *dialog = new CreatePostMortemDialog(m_services, {}, this);
    dialog->open();
}

void PostMortemsDock::showTemplates()
{
    auto *dialog = new TemplatesDialog(m_services.templates, this);
    dialog->open();
}

void PostMortemsDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    m_table->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("Open"), this, &PostMortemsDock::openCurrent);
    menu->setDefaultAction(open);
    menu->addAction(tr("Versions…"), this, &PostMortemsDock::showVersionsOfCurrent);
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Delete…"), this, &PostMortemsDock::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void PostMortemsDock::updateEmptyState()
{
    const bool loaded = m_services.catalog.isLoaded();
    showEmptyState(loaded && m_model->rowCount() == 0);
    const bool nothingMatches = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_nothingMatches->setVisible(nothingMatches);
    m_table->setVisible(!nothingMatches);
}

} // namespace opsdeck::ui
