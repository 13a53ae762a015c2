#include "backends/backendsdock.h"

#include "backends/backendhealthmodel.h"
#include "shell/viewregistry.h"

#include <QHeaderView>
#include <QTableView>

namespace opsdeck::ui {

BackendsDock::BackendsDock(const ViewContext &context, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-backends"), parent)
    , m_model(new BackendHealthModel(context.alarms, this))
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
    retranslateUi();
}

void BackendsDock::retranslateUi()
{
    setWindowTitle(tr("Backends"));
    setEmptyState(tr("No backends"),
                  tr("The Prometheus and Alertmanager servers Opsdeck watches, with their "
                     "health, are listed here. Start Opsdeck with --prometheus URL or "
                     "--alertmanager URL to watch one."));
    m_table->setAccessibleName(tr("Backends"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, BackendHealthModel::ColumnCount - 1);
}

} // namespace opsdeck::ui
