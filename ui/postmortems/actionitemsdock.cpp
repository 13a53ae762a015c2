#include "postmortems/actionitemsdock.h"

#include "common/tablecolumns.h"
#include "postmortems/actionitemoverviewmodel.h"
#include "postmortems/actionitemoverviewproxy.h"
#include "postmortems/postmortemcatalog.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {

ActionItemsDock::ActionItemsDock(PostMortemCatalog &catalog, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-actionitems"), parent)
    , m_catalog(catalog)
    , m_model(new ActionItemOverviewModel(catalog, this))
    , m_proxy(new ActionItemOverviewProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    retranslateUi();
    connect(&catalog, &PostMortemCatalog::loaded, this, &ActionItemsDock::updateEmptyState);
    for (const auto *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ActionItemsDock::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ActionItemsDock::updateEmptyState);
        connect(model, &QAbstractItemModel::modelReset, this, &ActionItemsDock::updateEmptyState);
        connect(model, &QAbstractItemModel::dataChanged, this, &ActionItemsDock::updateEmptyState);
    }
    updateEmptyState();
}

ActionItemsDock::~ActionItemsDock() = default;

void ActionItemsDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_showDone = new QCheckBox(content);
    m_showDone->setObjectName(QStringLiteral("showDone"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_showDone);
    layout->addLayout(bar);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("actionItemTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    fitColumnsOnReset(m_table, ActionItemOverviewModel::Description);
    hideWhenNarrow(m_table,
                   {ActionItemOverviewModel::Owner, ActionItemOverviewModel::Priority,
                    ActionItemOverviewModel::PostMortemTitle},
                   560);
    // In a narrow column a description wraps onto as many lines as it needs, instead of
    // ending in "…" after four words (the lists are short: rows are measured on each layout).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    followNarrow(m_table, 560, [this](bool narrow) { m_table->setWordWrap(narrow); });
    layout->addWidget(m_table, 1);
    m_allDone = new QLabel(content);
    m_allDone->setObjectName(QStringLiteral("allDone"));
    m_allDone->setAlignment(Qt::AlignCenter);
    m_allDone->setWordWrap(true);
    m_allDone->hide();
    layout->addWidget(m_allDone, 1);
    setContent(content);

    connect(m_table, &QTableView::activated, this, &ActionItemsDock::openCurrent);
    connect(m_showDone, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowDone(show);
        updateEmptyState();
    });
    // Items become overdue at midnight, also while the console stays open.
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this,
            [this]() { m_model->setToday(QDate::currentDate()); });
    m_dayTimer->start();
}

void ActionItemsDock::retranslateUi()
{
    setWindowTitle(tr("Action items"));
    setEmptyState(tr("No action items"),
                  tr("Action items written in post-mortems are listed here, overdue ones first."));
    m_showDone->setText(tr("Show done"));
    m_table->setAccessibleName(tr("Action items"));
    m_showDone->setToolTip(tr("Also list the action items that are done or will not be done"));
    m_allDone->setText(tr("Every action item is done. Show done to see them."));
    updateEmptyState();
}

void ActionItemsDock::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_catalog.open(current.data(ActionItemOverviewModel::PostMortemIdRole).toString());
}

void ActionItemsDock::updateEmptyState()
{
    const bool loaded = m_catalog.isLoaded();
    showEmptyState(loaded && m_model->rowCount() == 0);
    const bool allDone = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_allDone->setVisible(allDone);
    m_table->setVisible(!allDone);
    int open = 0;
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!index.data(ActionItemOverviewModel::DoneRole).toBool()) {
            ++open;
            overdue += index.data(ActionItemOverviewModel::OverdueRole).toBool() ? 1 : 0;
        }
    }
    m_summary->setText(overdue > 0 ? tr("%n to do, %1 overdue", nullptr, open).arg(overdue)
                                   : tr("%n to do", nullptr, open));
}

} // namespace opsdeck::ui
