#include "backends/backendsdock.h"

#include "backends/backendhealthmodel.h"
#include "backends/backendsettingsdialog.h"
#include "common/icons.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace opsdeck::ui {

BackendsDock::BackendsDock(AlarmService &alarms, BackendConfiguration *configuration,
                           QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-backends"), parent)
    , m_model(new BackendHealthModel(&alarms, this))
    , m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BackendHealthModel::Error,
                                                      QHeaderView::Stretch);
    setContent(m_table);
    showEmptyState(m_model->rowCount() == 0);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { showEmptyState(m_model->rowCount() == 0); });

    // The toolbar sits above the empty state too: that is where a first backend is added.
    auto *frame = new QWidget(this);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->setSpacing(0);
    auto *toolBar = new QToolBar(frame);
    toolBar->setObjectName(QStringLiteral("backendsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_configureAction = toolBar->addAction(Icons::load(QStringLiteral("view-backends")), QString());
    m_configureAction->setEnabled(configuration != nullptr);
    connect(m_configureAction, &QAction::triggered, this,
            [this, configuration] { BackendSettingsDialog::openFor(configuration, window()); });
    toolBar->widgetForAction(m_configureAction)
        ->setObjectName(QStringLiteral("configureBackendsButton"));
    frameLayout->addWidget(toolBar);
    frameLayout->addWidget(widget(), 1); // ViewDock's pages: the table or the empty state
    setWidget(frame);
    retranslateUi();
}

void BackendsDock::retranslateUi()
{
    setWindowTitle(tr("Backends"));
    setEmptyState(tr("No backends"),
                  tr("The Prometheus and Alertmanager servers Opsdeck watches, with their "
                     "health, are listed here. Add one with Configure…, with "
                     "\"opsdeck backends add\", or start Opsdeck with --prometheus URL or "
                     "--alertmanager URL."));
    m_table->setAccessibleName(tr("Backends"));
    m_configureAction->setText(tr("Configure…"));
    m_configureAction->setToolTip(m_configureAction->isEnabled()
                                      ? tr("Add, change, test and remove backends")
                                      : BackendSettingsDialog::unavailableReason());
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, BackendHealthModel::ColumnCount - 1);
}

} // namespace opsdeck::ui
