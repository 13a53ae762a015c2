#include "dashboards/dashboardsdock.h"

#include "common/messagelabel.h"
#include "common/tablecolumns.h"
#include "dashboards/dashboardcatalog.h"
#include "dashboards/dashboardlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck::ui {

DashboardsDock::DashboardsDock(DashboardCatalog &catalog, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-dashboards"), parent)
    , m_catalog(catalog)
    , m_model(new DashboardListModel(catalog, this))
    , m_import(new QAction(this))
    , m_open(new QAction(this))
    , m_export(new QAction(this))
    , m_exportGrafana(new QAction(this))
    , m_exportOpsdeck(new QAction(this))
    , m_delete(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("importDashboardAction"));
    m_open->setObjectName(QStringLiteral("openDashboardAction"));
    m_export->setObjectName(QStringLiteral("exportDashboardAction"));
    m_delete->setObjectName(QStringLiteral("deleteDashboardAction"));
    connect(m_import, &QAction::triggered, this, &DashboardsDock::importRequested);
    connect(m_open, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty()) {
            Q_EMIT openRequested(currentId());
        }
    });
    // Export… offers Grafana's format first: what a team shares back.
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportGrafana);
    exportMenu->addAction(m_exportOpsdeck);
    m_export->setMenu(exportMenu);
    for (const auto &[action, format] :
         {std::pair{m_export, "grafana"}, std::pair{m_exportGrafana, "grafana"},
          std::pair{m_exportOpsdeck, "opsdeck"}}) {
        connect(action, &QAction::triggered, this, [this, format = QString::fromLatin1(format)] {
            if (!currentId().isEmpty()) {
                Q_EMIT exportRequested(currentId(), format);
            }
        });
    }
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty()) {
            Q_EMIT deleteRequested(currentId());
        }
    });
    setEmptyStateActions({m_import});

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_open, m_import, m_export, m_delete}) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setPopupMode(action->menu() != nullptr ? QToolButton::MenuButtonPopup
                                                       : QToolButton::DelayedPopup);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_open, m_export, m_delete});
    fitColumnsOnReset(m_table, DashboardListModel::Title);
    hideWhenNarrow(m_table, {DashboardListModel::Variables, DashboardListModel::Tags}, 420);
    layout->addWidget(m_table, 1);
    m_message = new MessageLabel(content);
    layout->addWidget(m_message);
    setContent(content);

    // Keyboard: Enter opens (activated), Delete asks to delete.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_table, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardsDock::updateState);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &DashboardsDock::updateState);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardsDock::updateState);
    connect(&catalog, &CatalogSignals::loaded, this, &DashboardsDock::updateState);
    connect(&catalog, &CatalogSignals::failed, this,
            [this](const QString &error) { showMessage(error, true); });
    retranslateUi();
    updateState();
}

QString DashboardsDock::currentId() const
{
    const Dashboard *dashboard = m_model->dashboardAt(m_table->currentIndex().row());
    return dashboard != nullptr ? dashboard->id : QString();
}

void DashboardsDock::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error);
}

void DashboardsDock::updateState()
{
    const bool chosen = !currentId().isEmpty();
    for (QAction *action : {m_open, m_export, m_exportGrafana, m_exportOpsdeck, m_delete}) {
        action->setEnabled(chosen);
    }
    showEmptyState(m_catalog.isLoaded() && m_model->rowCount() == 0);
}

void DashboardsDock::retranslateUi()
{
    setWindowTitle(tr("Dashboards"));
    setEmptyState(tr("No dashboards"),
                  tr("Dashboards chart PromQL queries from your Prometheus backends. Import the "
                     "ones your team has in Grafana (a dashboard's JSON export) or in Opsdeck "
                     "files."));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import a Grafana or Opsdeck dashboard file"));
    m_open->setText(tr("Open"));
    m_export->setText(tr("Export…"));
    m_exportGrafana->setText(tr("As a Grafana dashboard…"));
    m_exportOpsdeck->setText(tr("As an Opsdeck dashboard…"));
    m_delete->setText(tr("Delete"));
}

} // namespace opsdeck::ui
