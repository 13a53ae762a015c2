#include "incidents/incidentsdock.h"

#include "common/statustexts.h"
#include "common/tablecolumns.h"
#include "common/wrappingbar.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentfilterproxy.h"
#include "incidents/incidentsession.h"
#include "incidents/incidenttablemodel.h"
#include "model/alert.h"
#include "shell/incidentdeclarer.h"
#include "store/workspacetask.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {

IncidentsDock::IncidentsDock(IncidentCatalog &catalog, IncidentSession &session,
                             IncidentDeclarer &declarer, QString workspacePath, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-incidents"), parent)
    , m_catalog(catalog)
    , m_session(session)
    , m_declarer(declarer)
    , m_workspacePath(std::move(workspacePath))
    , m_model(new IncidentTableModel(catalog, this))
    , m_proxy(new IncidentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] { updateEmptyState(); });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateEmptyState(); });
    buildUi();
    retranslateUi();
    // The model follows the catalogue itself; the dock refreshes what depends on the rows.
    const auto refresh = [this]() {
        refreshServices();
        updateEmptyState();
    };
    connect(&m_catalog, &CatalogSignals::loaded, this, refresh);
    connect(&m_catalog, &CatalogSignals::documentChanged, this, refresh);
    connect(&m_catalog, &CatalogSignals::documentRemoved, this, refresh);
    refresh();
}

IncidentsDock::~IncidentsDock() = default;

void IncidentsDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new WrappingBar(content);
    m_declareAction = new QAction(this);
    m_declareAction->setObjectName(QStringLiteral("declareAction"));
    connect(m_declareAction, &QAction::triggered, this,
            [this]() { m_declarer.declareIncident({}); });
    setEmptyStateActions({m_declareAction});
    auto *declare = new QPushButton(content);
    declare->setObjectName(QStringLiteral("declareButton"));
    connect(declare, &QPushButton::clicked, m_declareAction, &QAction::trigger);
    m_status = new QComboBox(content);
    m_severity = new QComboBox(content);
    m_service = new QComboBox(content);
    m_gameDays = new QComboBox(content);
    m_search = new QLineEdit(content);
    m_search->setClearButtonEnabled(true);
    m_searchState = new QLabel(content);
    // Each filter is as wide as its longest choice while there is room and shrinks only when
    // the dock is narrower than that (Incident Command's list column); the whole choice is in
    // its list and tooltip.
    for (QComboBox *box : {m_status, m_severity, m_service, m_gameDays}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 6 + 28);
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
    }
    // In a narrow column the filters go under the search field.
    filters->first()->addWidget(declare);
    filters->first()->addWidget(m_status);
    filters->first()->addWidget(m_search, 1);
    for (QComboBox *box : {m_severity, m_service, m_gameDays}) {
        filters->second()->addWidget(box);
    }
    layout->addWidget(filters);
    layout->addWidget(m_searchState);
    m_searchState->hide();
    m_hiddenByFilters = new QLabel(content);
    m_hiddenByFilters->setObjectName(QStringLiteral("hiddenByFilters"));
    m_hiddenByFilters->setWordWrap(true);
    m_hiddenByFilters->hide();
    connect(m_hiddenByFilters, &QLabel::linkActivated, this, &IncidentsDock::showAll);
    layout->addWidget(m_hiddenByFilters);

    m_table = new QTableView(content);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::Key, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The title takes what the key, severity and status (whole) leave.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(IncidentTableModel::Title, QHeaderView::Stretch);
    for (const int column :
         {IncidentTableModel::Key, IncidentTableModel::Severity, IncidentTableModel::Status}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->setObjectName(QStringLiteral("incidentTable"));
    // Incident Command gives the list a narrow column: key, title, severity and status there.
    hideWhenNarrow(m_table,
                   {IncidentTableModel::Commander, IncidentTableModel::Elapsed,
                    IncidentTableModel::TimeToDetect, IncidentTableModel::TimeToAcknowledge,
                    IncidentTableModel::TimeToMitigate, IncidentTableModel::TimeToResolve,
                    IncidentTableModel::Services},
                   640);
    // One line an incident where the list is wide: a long title ends in "…" (whole in the
    // tooltip and the incident). In Incident Command's list column (at most 440 px) the title
    // needs the room: the severity is the dot beside the key (its name in the tooltip), and
    // titles take two lines.
    const int oneLine = m_table->verticalHeader()->defaultSectionSize();
    followNarrow(m_table, 480, [this, oneLine](bool narrow) {
        m_table->setColumnHidden(IncidentTableModel::Severity, narrow);
        m_model->setSeverityBesideKey(narrow);
        m_table->setWordWrap(narrow);
        m_table->verticalHeader()->setDefaultSectionSize(
            narrow ? m_table->fontMetrics().lineSpacing() * 2 + 8 : oneLine);
    });
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    setContent(content);

    connect(m_table, &QTableView::activated, this, &IncidentsDock::openCurrent);
    for (QComboBox *box : {m_status, m_severity, m_service, m_gameDays}) {
        connect(box, &QComboBox::currentIndexChanged, this, &IncidentsDock::applyFilters);
    }
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &IncidentsDock::startSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Elapsed times move while incidents are open (as in the incident's banner).
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this]() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_model->setNow(now);
        // Incidents resolved a day ago leave the recent list within a minute (not every second:
        // that would filter every row again each time).
        if (!m_recentCheckedAt.isValid() || m_recentCheckedAt.secsTo(now) >= 60) {
            m_recentCheckedAt = now;
            m_proxy->setNow(now);
        }
    });
    m_clock->start();
}

void IncidentsDock::retranslateUi()
{
    setWindowTitle(tr("Incidents"));
    setEmptyState(tr("No incidents"),
                  tr("Declare one from selected alerts in the Alarms view, with Incident ▸ Declare "
                     "Incident… (Ctrl+Shift+D), or with `opsdeck incident declare`."));
    m_declareAction->setText(tr("Declare…"));
    m_declareAction->setToolTip(tr("Declare a new incident or game day"));
    if (auto *declare = findChild<QPushButton *>(QStringLiteral("declareButton"))) {
        declare->setText(m_declareAction->text());
        declare->setToolTip(m_declareAction->toolTip());
    }
    m_search->setPlaceholderText(tr("Search titles and timelines"));
    fillFilters();
}

void IncidentsDock::fillFilters()
{
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockSeverity(m_severity);
    const QSignalBlocker blockGameDays(m_gameDays);
    const QVariant status = m_status->currentData();
    m_status->clear();
    m_status->addItem(tr("Open + past 24 h"), QStringLiteral("recent"));
    m_status->setItemData(0, tr("Open incidents, and those resolved or closed in the last day"),
                          Qt::ToolTipRole);
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Any status"), QString());
    for (int i = 0; i < Incident::statusNames().size(); ++i) {
        m_status->addItem(StatusTexts::incidentStatus(Incident::Status(i)),
                          Incident::statusNames().at(i));
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    const QVariant severity = m_severity->currentData();
    m_severity->clear();
    m_severity->addItem(tr("Any severity"), QString());
    for (const QString &name : Incident::severityNames()) {
        m_severity->addItem(name, name);
    }
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity)));
    const int gameDays = std::max(0, m_gameDays->currentIndex());
    m_gameDays->clear();
    m_gameDays->addItems({tr("With game days"), tr("Game days only"), tr("Without game days")});
    m_gameDays->setCurrentIndex(gameDays);
    refreshServices();
    applyFilters();
}

void IncidentsDock::refreshServices()
{
    QStringList services;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const QString &service : m_model->incidentAt(row)->services) {
            if (!services.contains(service)) {
                services.append(service);
            }
        }
    }
    services.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_service);
    const QString current = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("Any service"), QString());
    for (const QString &service : std::as_const(services)) {
        m_service->addItem(service, service);
    }
    m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
}

void IncidentsDock::applyFilters()
{
    m_proxy->setStatus(m_status->currentData().toString());
    m_proxy->setSeverity(m_severity->currentData().toString());
    m_proxy->setService(m_service->currentData().toString());
    m_proxy->setGameDays(IncidentFilterProxy::GameDays(std::max(0, m_gameDays->currentIndex())));
    updateEmptyState();
}

void IncidentsDock::showAll()
{
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockSeverity(m_severity);
    const QSignalBlocker blockService(m_service);
    const QSignalBlocker blockGameDays(m_gameDays);
    m_status->setCurrentIndex(std::max(0, m_status->findData(QString())));
    m_severity->setCurrentIndex(0);
    m_service->setCurrentIndex(0);
    m_gameDays->setCurrentIndex(0);
    m_search->clear();
    applyFilters();
}

void IncidentsDock::startSearch()
{
    delete m_searchTask; // cancels a search still running
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || m_workspacePath.isEmpty()) {
        m_proxy->setSearchResult(std::nullopt);
        m_searchState->hide();
        return;
    }
    m_searchTask = WorkspaceTask::search(m_workspacePath, text, 500, this);
    connect(
        m_searchTask, &WorkspaceTask::searchFinished, this, [this](const QList<SearchHit> &hits) {
            QSet<QString> ids;
            for (const SearchHit &hit : hits) {
                ids.insert(hit.kind == QLatin1String("incident") ? hit.id : hit.incidentId);
            }
            m_proxy->setSearchResult(ids);
            m_searchState->setText(
                tr("%n incident(s) match “%1”", nullptr, int(ids.size())).arg(m_search->text()));
            m_searchState->show();
        });
    connect(m_searchTask, &WorkspaceTask::finished, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_searchState->setText(tr("Search failed: %1").arg(error));
            m_searchState->show();
        }
        m_searchTask->deleteLater();
    });
    m_searchTask->start();
}

void IncidentsDock::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_session.open(current.data(IncidentTableModel::IncidentIdRole).toString());
}

void IncidentsDock::updateEmptyState()
{
    if (m_hiddenByFilters == nullptr) {
        return; // still building
    }
    const bool loaded = m_catalog.isLoaded();
    showEmptyState(loaded && m_model->rowCount() == 0);
    // Filters that hide everything say so, rather than looking like an empty workspace.
    const int hidden = m_model->rowCount() - m_proxy->rowCount();
    m_hiddenByFilters->setVisible(loaded && m_proxy->rowCount() == 0 && hidden > 0);
    m_hiddenByFilters->setText(tr("No incident matches these filters; %n incident(s) are hidden. "
                                  "<a href=\"all\">Show all</a>",
                                  nullptr, hidden));
}

} // namespace opsdeck::ui
