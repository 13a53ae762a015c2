#include "alarms/alarmsdock.h"

#include "alarms/acknowledgedialog.h"
#include "alarms/alarmfilterbar.h"
#include "alarms/alarmfilterproxy.h"
#include "alarms/alarmservice.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/alarmtreeview.h"
#include "alarms/alertdetailssplitter.h"
#include "alarms/alertdetailview.h"
#include "alarms/alertwindow.h"
#include "alarms/severitymappingdialog.h"
#include "common/appsettings.h"
#include "common/icons.h"
#include "common/severitystyle.h"
#include "common/timedisplay.h"
#include "model/json.h"
#include "shell/incidentdeclarer.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {

AlarmsDock::AlarmsDock(AlarmService &alarms, RunbookCatalog &runbooks, IncidentDeclarer &declarer,
                       QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-alarms"), parent)
    , m_alarms(alarms)
    , m_declarer(declarer)
    , m_model(new AlarmTableModel(this))
    , m_proxy(new AlarmFilterProxy(m_model, this))
    , m_list(new AlarmListView(this))
    , m_runbooks(runbooks)
    , m_details(new AlertDetailView(this))
    , m_filterBar(new AlarmFilterBar(this))
    , m_ageTicker(new QTimer(this))
{
    m_details->setRunbookCatalog(&runbooks);
    m_list->setModel(m_proxy);
    // The incident each alert belongs to, in its column and the detail pane (a link to it).
    const auto incidentText = [this](const QString &fingerprint) {
        const std::optional<IncidentLink> link = m_declarer.incidentOf(fingerprint);
        return link ? QStringLiteral("%1 · %2").arg(link->key, link->status) : QString();
    };
    m_model->setIncidentText(incidentText);
    m_details->setIncidentLookup(
        [this](const QString &fingerprint) { return m_declarer.incidentOf(fingerprint); });
    connect(m_details, &AlertDetailView::incidentRequested, this,
            [this](const QString &id) { m_declarer.showIncident(id); });
    m_declarer.followIncidents(this, [this] {
        m_model->refreshIncidents();
        updateIncidentColumn();
        refreshDetails();
        updateActions();
    });

    for (const auto rowsChanged :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, rowsChanged, this, &AlarmsDock::updateIncidentColumn);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlarmsDock::updateIncidentColumn);

    m_splitter = new AlertDetailsSplitter(m_list, m_details, this);
    connect(m_list, &AlarmListView::activated, this, &AlarmsDock::openCurrentAlert);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setContent(content);
    createActions();
    // The actions are in the table's context menu too; the most used are one click away here.
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("alarmsToolBar"));
    tools->setIconSize(QSize(16, 16));
    tools->addAction(m_acknowledgeAction);
    tools->addAction(m_copyTextAction);
    tools->addAction(m_markSeenAction);
    if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(m_acknowledgeAction))) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_filterBar->setLeadingToolBar(tools);
    connect(m_filterBar, &AlarmFilterBar::filterApplied, this, &AlarmsDock::filterTable);
    connect(m_filterBar, &AlarmFilterBar::groupLabelChosen, this, &AlarmsDock::setGroupLabel);
    // Ages are computed when painted: repainting the visible rows once a second keeps them live
    // without touching the model (and without re-sorting 10,000 rows).
    m_ageTicker->setInterval(1000);
    connect(m_ageTicker, &QTimer::timeout, m_list, &AlarmListView::repaintRows);
    m_ageTicker->start();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString fingerprint =
                    current.data(AlarmTableModel::FingerprintRole).toString();
                if (!fingerprint.isEmpty()) {
                    m_model->markSeen(fingerprint);
                }
                refreshDetails();
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlarmsDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &insertedUnder, int first, int last) {
                // A group that appears opens; groups the user closed stay closed.
                if (!insertedUnder.isValid() && !m_model->groupLabel().isEmpty()) {
                    for (int row = first; row <= last; ++row) {
                        m_list->tree()->expand(m_proxy->index(row, 0));
                    }
                }
                updateCounts();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlarmsDock::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlarmsDock::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlarmsDock::updateCounts);

    m_model->setBackendNames(m_alarms.backendNames());
    m_model->apply(m_alarms.snapshot(), AlertDiff::between({}, m_alarms.snapshot()));
    connect(&m_alarms, &AlarmService::alertsChanged, this,
            [this](const AlertSnapshot &next, const AlertDiff &diff) {
                m_model->setMarkNewAlerts(m_alarms.isSettled());
                m_model->apply(next, diff);
                selectFirstAlertOnce();
                refreshDetails();
                updateCounts();
            });
    // A large first snapshot goes in over several turns of the event loop: say how far.
    connect(m_model, &AlarmTableModel::filling, this, [this](int done, int total) {
        if (done < total) {
            m_filterBar->showCounts(tr("Loading alerts: %L1 of %L2…").arg(done).arg(total));
        } else {
            updateCounts();
        }
    });
    connect(&m_alarms, &AlarmService::backendsChanged, this,
            [this] { m_model->setBackendNames(m_alarms.backendNames()); });
    connect(&m_alarms, &AlarmService::healthChanged, this, &AlarmsDock::refreshStale);
    connect(&m_alarms, &AlarmService::silencesChanged, this, &AlarmsDock::refreshDetails);
    loadSeverityMapping();
    retranslateUi();
    updateCounts();
    updateActions();
}

AlarmsDock::~AlarmsDock()
{
    // The filter bar outlives this part of the dock; its editors losing focus on the way out
    // must not call back into it.
    m_filterBar->disconnect(this);
}

void AlarmsDock::createActions()
{
    const auto add = [this](const char *icon, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(Icons::load(QLatin1String(icon)), QString(), this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addListAction(action);
        return action;
    };
    m_acknowledgeAction = add("action-acknowledge", QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        auto *dialog = AcknowledgeDialog::openFor(&m_alarms, selectedAlerts(), this);
        connect(dialog, &AcknowledgeDialog::acknowledged, this,
                [this](const QStringList &names, const QDateTime &endsAt) {
                    confirm(tr("Acknowledged %1 until %2")
                                .arg(names.size() == 1
                                         ? names.first()
                                         : tr("%n alert(s)", nullptr, int(names.size())),
                                     TimeDisplay::dateTime(endsAt)));
                });
    });
    m_copyTextAction = add("action-copy", QKeySequence::Copy, [this] {
        QGuiApplication::clipboard()->setText(alertsAsText(selectedAlerts()));
    });
    m_copyJsonAction = add("action-copy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        QGuiApplication::clipboard()->setText(alertsAsJson(selectedAlerts()));
    });
    m_declareIncidentAction = add("view-incidents", QKeySequence(),
                                  [this] { m_declarer.declareIncident(selectedAlerts()); });
    m_addToIncidentAction = add("view-incidents", QKeySequence(),
                                [this] { m_declarer.addToOpenIncident(selectedAlerts()); });
    m_markSeenAction = add("action-seen", QKeySequence(), [this] {
        m_model->markAllSeen();
        updateCounts();
    });
    m_severityMappingAction = add("action-settings", QKeySequence(), [this] {
        SeverityMappingDialog::openFor(this, readSetting(settings::SeverityMapping),
                                       [this] { loadSeverityMapping(); });
    });
    // Ctrl+F anywhere in the dock goes to the filter bar.
    m_focusFilterAction = new QAction(this);
    m_focusFilterAction->setObjectName(QStringLiteral("focusAlarmFilter"));
    m_focusFilterAction->setShortcut(QKeySequence::Find);
    m_focusFilterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_focusFilterAction, &QAction::triggered, m_filterBar, &AlarmFilterBar::focusFilter);
    addAction(m_focusFilterAction);
    m_acknowledgeAction->setObjectName(QStringLiteral("acknowledgeAlerts"));
    m_copyTextAction->setObjectName(QStringLiteral("copyAlertsText"));
    m_copyJsonAction->setObjectName(QStringLiteral("copyAlertsJson"));
    m_declareIncidentAction->setObjectName(QStringLiteral("declareIncident"));
    m_addToIncidentAction->setObjectName(QStringLiteral("addToOpenIncident"));
    m_markSeenAction->setObjectName(QStringLiteral("markAllSeen"));
    m_severityMappingAction->setObjectName(QStringLiteral("severityMapping"));
}

void AlarmsDock::retranslateUi()
{
    setWindowTitle(tr("Alarms"));
    setEmptyState(tr("No alerts"), tr("Firing and pending alerts from every Prometheus and "
                                      "Alertmanager backend are listed here."));
    m_filterBar->retranslateUi();
    m_list->table()->setAccessibleName(tr("Alerts"));
    m_list->tree()->setAccessibleName(tr("Alerts"));
    m_acknowledgeAction->setText(tr("Acknowledge…"));
    m_copyTextAction->setText(tr("Copy as Text"));
    m_copyJsonAction->setText(tr("Copy as JSON"));
    m_focusFilterAction->setText(tr("Go to the filter"));
    m_declareIncidentAction->setText(tr("Declare Incident from These Alerts…"));
    m_markSeenAction->setText(tr("Mark All as Seen"));
    m_severityMappingAction->setText(tr("Severity Mapping…"));
    updateCounts();
    updateActions();
}

bool AlarmsDock::applyFilter(const QString &text)
{
    return m_filterBar->applyFilter(text); // valid: filterTable() before this returns
}

QString AlarmsDock::filterError() const
{
    return m_filterBar->filterError();
}

void AlarmsDock::filterTable(const AlertFilter &filter)
{
    m_proxy->setFilter(filter, m_alarms.backendNames());
    if (!m_model->groupLabel().isEmpty() && !filter.isEmpty()) {
        m_list->tree()->expandAll();
    }
    storePerspectiveState();
    updateCounts();
}

void AlarmsDock::setGroupLabel(const QString &label)
{
    if (label == m_model->groupLabel()) {
        return;
    }
    m_model->setGroupLabel(label);
    m_list->setGrouped(!label.isEmpty());
    m_filterBar->showGroupLabel(label);
    storePerspectiveState();
}

QList<Alert> AlarmsDock::selectedAlerts() const
{
    QList<Alert> alerts;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        if (const Alert *alert = m_model->alertAt(m_proxy->mapToSource(index))) {
            alerts.append(*alert);
        }
    }
    return alerts;
}

QString AlarmsDock::alertsAsText(const QList<Alert> &alerts)
{
    QStringList lines;
    for (const Alert &alert : alerts) {
        QStringList labels;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            labels.append(QStringLiteral("%1=\"%2\"").arg(it.key(), it.value()));
        }
        lines.append(QStringLiteral("[%1] %2 (%3) {%4}")
                         .arg(alert.labels.value(QStringLiteral("severity")), alert.name(),
                              Alert::stateNames().at(int(alert.state)),
                              labels.join(QStringLiteral(", "))));
        const QString summary = alert.annotations.value(QStringLiteral("summary"));
        if (!summary.isEmpty()) {
            lines.append(QStringLiteral("    ") + summary);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AlarmsDock::alertsAsJson(const QList<Alert> &alerts)
{
    Json array = Json::array();
    for (const Alert &alert : alerts) {
        array.push_back(alert.toJson());
    }
    return QString::fromStdString(array.dump(2)) + QLatin1Char('\n');
}

void AlarmsDock::openCurrentAlert()
{
    const QModelIndex current = m_list->currentIndex();
    const QString fingerprint = current.data(AlarmTableModel::FingerprintRole).toString();
    if (fingerprint.isEmpty()) {
        return; // a group row: Enter and double-click open and close it
    }
    auto *window = new AlertWindow(fingerprint, m_alarms, m_runbooks, this);
    window->show();
}

void AlarmsDock::selectFirstAlertOnce()
{
    // The first alerts to arrive: the most severe is current, so the detail pane shows
    // something. Later polls never move the selection.
    if (m_selectedFirst || m_list->currentIndex().isValid() || m_proxy->rowCount() == 0) {
        return;
    }
    m_selectedFirst = true;
    QModelIndex first = m_proxy->index(0, 0);
    if (m_proxy->hasChildren(first)) {
        first = m_proxy->index(0, 0, first);
    }
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void AlarmsDock::updateIncidentColumn()
{
    const QStringList linked = m_declarer.linkedFingerprints();
    m_list->showIncidentColumn(std::any_of(
        linked.cbegin(), linked.cend(), [this](const QString &fp) { return m_model->lists(fp); }));
}

void AlarmsDock::refreshDetails()
{
    const QModelIndex current = m_list->currentIndex();
    m_details->showAlert(
        current.isValid() ? m_model->alertAt(m_proxy->mapToSource(current)) : nullptr, &m_alarms);
}

void AlarmsDock::refreshStale()
{
    QSet<QString> stale;
    for (const BackendHealth &health : m_alarms.health()) {
        if (health.isStale()) {
            stale.insert(health.backendId);
        }
    }
    m_model->setStaleBackends(stale);
    updateCounts();
}

void AlarmsDock::updateCounts()
{
    if (m_model->isFilling()) {
        return; // the loading count stands until the fill is done
    }
    int total = int(m_model->snapshot().alerts.size());
    int shown = 0;
    if (m_model->groupLabel().isEmpty()) {
        shown = m_proxy->rowCount();
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            shown += m_proxy->rowCount(m_proxy->index(row, 0));
        }
    }
    QString text =
        shown == total ? tr("Alerts: %1").arg(total) : tr("Alerts: %1 of %2").arg(shown).arg(total);
    if (m_model->unseenCount() > 0) {
        text += QStringLiteral(" · ") + tr("new: %1").arg(m_model->unseenCount());
    }
    m_filterBar->showCounts(text);
    const bool hasBackends = !m_alarms.health().isEmpty();
    showEmptyState(total == 0 && !hasBackends);
}

void AlarmsDock::updateActions()
{
    const bool any = !m_list->selectionModel()->selectedRows().isEmpty();
    const bool alertmanager = !m_alarms.alertmanagerIds().isEmpty();
    m_acknowledgeAction->setEnabled(any && alertmanager);
    // A disabled action says what it waits for.
    if (!alertmanager) {
        m_acknowledgeAction->setToolTip(
            tr("Acknowledging silences alerts in Alertmanager: add an Alertmanager backend"));
    } else if (!any) {
        m_acknowledgeAction->setToolTip(tr("Select the alerts to acknowledge"));
    } else {
        m_acknowledgeAction->setToolTip(
            tr("Silence the selected alerts for a while (%1)")
                .arg(m_acknowledgeAction->shortcut().toString(QKeySequence::NativeText)));
    }
    m_copyTextAction->setEnabled(any);
    m_copyJsonAction->setEnabled(any);
    m_declareIncidentAction->setEnabled(any && m_declarer.canDeclare());
    m_declareIncidentAction->setToolTip(
        any ? tr("Open an incident with these alerts on its timeline")
            : tr("Select the alerts to declare an incident from"));
    // Named after the incident open in Incident Command, which takes the alerts.
    const std::optional<IncidentLink> open = m_declarer.openIncident();
    m_addToIncidentAction->setEnabled(any && open.has_value());
    m_addToIncidentAction->setText(open ? tr("Add to %1").arg(open->key)
                                        : tr("Add to the Open Incident"));
    m_addToIncidentAction->setToolTip(
        !open  ? tr("Open an incident in Incident Command to add alerts to it")
        : !any ? tr("Select the alerts to add to %1").arg(open->key)
               : tr("Link the selected alerts to %1; their changes go on its timeline")
                     .arg(open->key));
}

void AlarmsDock::confirm(const QString &text)
{
    m_lastConfirmation = text;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window())) {
        mainWindow->statusBar()->showMessage(text, ConfirmationMs);
    }
}

void AlarmsDock::setPerspective(const QString &perspectiveId)
{
    m_perspectiveId = perspectiveId;
    m_filterBar->setPerspective(m_perspectiveId);
    const QString filter = readSetting(settings::alarmsFilter(m_perspectiveId));
    const QString group = readSetting(settings::alarmsGroupBy(m_perspectiveId));
    m_filterBar->setFilterText(filter);
    setGroupLabel(group);
}

void AlarmsDock::storePerspectiveState() const
{
    if (m_perspectiveId.isEmpty()) {
        return; // not shown in a window yet (tests, self-test)
    }
    writeSetting(settings::alarmsFilter(m_perspectiveId), m_filterBar->filterText());
    writeSetting(settings::alarmsGroupBy(m_perspectiveId), m_model->groupLabel());
}

void AlarmsDock::loadSeverityMapping()
{
    m_model->setSeverityMapping(SeverityStyle::mappingFromSettings());
}

} // namespace opsdeck::ui
