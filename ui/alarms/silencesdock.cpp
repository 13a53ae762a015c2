#include "alarms/silencesdock.h"

#include "alarms/alarmservice.h"
#include "alarms/silenceeditor.h"
#include "alarms/silencetablemodel.h"
#include "common/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace opsdeck::ui {
namespace {

// Hides expired silences unless asked for them.
class SilenceFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowExpired(bool show)
    {
        m_showExpired = show;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_showExpired) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return index.data(SilenceTableModel::StateRole).toInt() != int(Silence::State::Expired);
    }

private:
    bool m_showExpired = false;
};

} // namespace

SilencesDock::SilencesDock(AlarmService &alarms, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-silences"), parent)
    , m_alarms(&alarms)
    , m_model(new SilenceTableModel(&alarms, this))
    , m_proxy(new SilenceFilterModel(this))
    , m_table(new QTableView(this))
    , m_newAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_expireAction(new QAction(this))
    , m_showExpiredAction(new QAction(this))
    , m_messageBar(new QWidget(this))
    , m_messageText(new QLabel(m_messageBar))
    , m_repaintTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SilenceTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("silencesTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SilenceTableModel::TimeLeft, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The comment (why it is silent) takes what is left; the rest fit their usual text.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SilenceTableModel::Comment, QHeaderView::Stretch);
    for (const auto &[column, width] :
         {std::pair{SilenceTableModel::State, 70}, std::pair{SilenceTableModel::Matchers, 300},
          std::pair{SilenceTableModel::CreatedBy, 90}, std::pair{SilenceTableModel::TimeLeft, 80},
          std::pair{SilenceTableModel::EndsAt, 150},
          std::pair{SilenceTableModel::Alertmanager, 140},
          std::pair{SilenceTableModel::Covers, 60}}) {
        header->resizeSection(column, width);
    }

    m_newAction->setObjectName(QStringLiteral("newSilenceAction"));
    m_editAction->setObjectName(QStringLiteral("editSilenceAction"));
    m_expireAction->setObjectName(QStringLiteral("expireSilenceAction"));
    m_showExpiredAction->setObjectName(QStringLiteral("showExpiredAction"));
    m_showExpiredAction->setCheckable(true);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("silencesToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_expireAction);
    toolBar->addSeparator();
    toolBar->addAction(m_showExpiredAction);

    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::ToolTipBase);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageText->setForegroundRole(QPalette::ToolTipText);
    auto *closeMessage = new QToolButton(m_messageBar);
    closeMessage->setAutoRaise(true);
    closeMessage->setText(QStringLiteral("×"));
    closeMessage->setObjectName(QStringLiteral("closeMessageButton"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(closeMessage);
    m_messageBar->hide();
    connect(closeMessage, &QToolButton::clicked, m_messageBar, &QWidget::hide);

    // The toolbar and message bar stay above the base's pages, so "New silence…" is there
    // while the empty state shows.
    QWidget *pages = widget();
    auto *frame = new QWidget(this);
    setWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(pages, 1);
    pages->show();
    setContent(m_table);

    connect(m_newAction, &QAction::triggered, this, &SilencesDock::newSilence);
    connect(m_editAction, &QAction::triggered, this, &SilencesDock::editSilence);
    connect(m_expireAction, &QAction::triggered, this, &SilencesDock::confirmExpire);
    connect(m_showExpiredAction, &QAction::toggled, this, [this](bool show) {
        static_cast<SilenceFilterModel *>(m_proxy)->setShowExpired(show);
    });
    connect(m_table, &QTableView::doubleClicked, this, &SilencesDock::editSilence);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SilencesDock::updateActions);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateEmptyState();
            updateActions();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SilencesDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SilencesDock::selectWantedSilence);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SilencesDock::updateActions);

    // "Time left" counts down: repaint what is visible each second instead of emitting
    // dataChanged for every row (which would re-sort and flicker).
    m_repaintTimer->setInterval(1000);
    connect(m_repaintTimer, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    m_repaintTimer->start();

    updateEmptyState();
    updateActions();
    retranslateUi();
}

void SilencesDock::retranslateUi()
{
    setWindowTitle(tr("Silences"));
    setEmptyState(tr("No silences"),
                  tr("Active and pending silences from every Alertmanager are listed here. "
                     "Create one with New Silence…, or acknowledge alerts in the Alarms view."));
    m_newAction->setText(tr("&New Silence…"));
    m_newAction->setToolTip(tr("Silence alerts matching label matchers"));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Change the selected silence"));
    m_expireAction->setText(tr("E&xpire"));
    m_expireAction->setToolTip(tr("End the selected silences now"));
    m_showExpiredAction->setText(tr("Show &Expired"));
    m_showExpiredAction->setToolTip(tr("Also list silences that have ended"));
    m_table->setAccessibleName(tr("Silences"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, SilenceTableModel::ColumnCount - 1);
}

QStringList SilencesDock::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        ids.append(row.data(SilenceTableModel::IdRole).toString());
    }
    return ids;
}

QString SilencesDock::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QStringList ids = selectedIds();
    if (current.isValid() && ids.contains(current.data(SilenceTableModel::IdRole).toString())) {
        return current.data(SilenceTableModel::IdRole).toString();
    }
    return ids.value(0);
}

QString SilencesDock::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_messageText->text();
}

void SilencesDock::selectSilence(const QString &id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row < 0 ? 0 : row, 0));
    if (row < 0 || !index.isValid()) {
        m_wantedId = id; // arrives with a later poll (or once expired ones are shown)
        return;
    }
    m_wantedId.clear();
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SilencesDock::selectWantedSilence()
{
    if (!m_wantedId.isEmpty() && m_model->rowOf(m_wantedId) >= 0) {
        selectSilence(m_wantedId);
    }
}

void SilencesDock::showMessage(const QString &text)
{
    m_messageText->setText(text);
    m_messageBar->setVisible(!text.isEmpty());
}

void SilencesDock::updateEmptyState()
{
    showEmptyState(m_proxy->rowCount() == 0);
}

void SilencesDock::updateActions()
{
    const bool haveAlertmanager = m_alarms != nullptr && !m_alarms->alertmanagerIds().isEmpty();
    const QStringList ids = selectedIds();
    bool anyLive = false;
    for (const QString &id : ids) {
        const Silence *silence = m_alarms ? m_alarms->silence(id) : nullptr;
        anyLive = anyLive || (silence != nullptr && silence->state != Silence::State::Expired);
    }
    m_newAction->setEnabled(haveAlertmanager);
    m_editAction->setEnabled(haveAlertmanager && ids.size() == 1);
    m_expireAction->setEnabled(anyLive);
}

void SilencesDock::newSilence()
{
    openEditor(Silence());
}

void SilencesDock::editSilence()
{
    const Silence *silence = m_alarms ? m_alarms->silence(selectedId()) : nullptr;
    if (!silence) {
        return;
    }
    Silence edited = *silence;
    if (edited.state == Silence::State::Expired) {
        // Alertmanager cannot revive an expired silence: editing one makes a new one.
        edited.id.clear();
    }
    openEditor(edited);
}

void SilencesDock::openEditor(const Silence &silence)
{
    if (!m_alarms) {
        return;
    }
    auto *editor = new SilenceEditor(m_alarms, silence, this);
    connect(editor, &SilenceEditor::saved, this, [this](const QString &newId) {
        showMessage({});
        if (!newId.isEmpty()) {
            selectSilence(newId);
        }
    });
    editor->open();
}

void SilencesDock::confirmExpire()
{
    QStringList ids;
    for (const QString &id : selectedIds()) {
        const Silence *silence = m_alarms ? m_alarms->silence(id) : nullptr;
        if (silence && silence->state != Silence::State::Expired) {
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Expire Silences"),
                                tr("Expire %n silence(s) now? The alerts they cover will notify "
                                   "again.",
                                   nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("expireConfirmation"));
    QPushButton *expireButton = box->addButton(tr("Expire"), QMessageBox::DestructiveRole);
    expireButton->setObjectName(QStringLiteral("expireButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, expireButton, ids](QAbstractButton *button) {
                if (button == expireButton) {
                    expire(ids);
                }
            });
    box->open();
}

void SilencesDock::expire(const QStringList &ids)
{
    if (!m_alarms) {
        return;
    }
    showMessage({});
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<SilencesDock> self(this);
    for (const QString &id : ids) {
        m_alarms->expireSilence(id, [self, remaining, errors](const QString &error) {
            if (!error.isEmpty()) {
                errors->append(error);
            }
            if (--*remaining == 0 && self && !errors->isEmpty()) {
                self->showMessage(
                    tr("Could not expire: %1").arg(errors->join(QStringLiteral("; "))));
            }
        });
    }
}

} // namespace opsdeck::ui
