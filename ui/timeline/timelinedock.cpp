#include "timeline/timelinedock.h"

#include "common/backgroundjob.h"
#include "common/exportfiledialog.h"
#include "common/messagelabel.h"
#include "common/tablecolumns.h"
#include "common/timedisplay.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "incidents/timelineexport.h"
#include "metrics/metricsnapshot.h"
#include "timeline/metricsnapshotview.h"
#include "timeline/neweventsbutton.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinetoolbar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {

TimelineDock::TimelineDock(IncidentSession &session, IncidentService &service, QString userName,
                           QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-timeline"), parent)
    , m_session(session)
    , m_service(service)
    , m_userName(std::move(userName))
    , m_jobs(this)
    , m_model(new TimelineModel(this))
    , m_proxy(new TimelineFilterProxy(m_model, this))
{
    buildUi();
    retranslateUi();
    connect(&session, &IncidentSession::opened, this, &TimelineDock::showIncident);
    connect(&session, &IncidentSession::closed, this, &TimelineDock::showIncident);
    connect(&session, &IncidentSession::eventsAdded, this,
            [this](const QList<TimelineEvent> &events) {
                // The list follows new events while the reader is at its newest end; a reader
                // further up keeps their place and is told what arrived.
                const bool atNewest = m_newEvents->listAtNewest();
                m_model->addEvents(events);
                m_chart->addEvents(events);
                m_toolbar->setAuthors(m_model->authors());
                m_newEvents->eventsArrived(int(events.size()), atNewest);
            });
    connect(&session, &IncidentSession::eventUpdated, this, [this](const TimelineEvent &event) {
        m_model->updateEvent(event);
        m_chart->updateEvent(event);
    });
    const auto followUtc = [this](bool utc) {
        m_model->setUtc(utc);
        m_chart->setUtc(utc);
        m_metricView->setUtc(utc);
        m_toolbar->setUtc(utc);
    };
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, followUtc);
    followUtc(TimeDisplay::instance().isUtc());
    showIncident();
}

void TimelineDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_toolbar = new TimelineToolbar(*m_proxy, content);
    connect(m_toolbar, &TimelineToolbar::jumpRequested, this, &TimelineDock::jumpTo);
    connect(m_toolbar, &TimelineToolbar::fitRequested, this, [this]() { m_chart->fitAll(); });
    connect(m_toolbar, &TimelineToolbar::exportRequested, this, &TimelineDock::askExport);
    layout->addWidget(m_toolbar);

    auto *split = new QSplitter(Qt::Vertical, content);
    m_chart = new TimelineChart(split);
    auto *lower = new QSplitter(Qt::Horizontal, split);
    m_table = new QTableView(lower);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // One line an event: on a laptop screen six rows fit under the chart, not four.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Time and type whole ("12/6/2026 5:33:09 PM UTC", "Status changed"); the text takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QString widestTime = TimeDisplay::dateTime(
        QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)), true, TimeDisplay::Precision::Seconds);
    m_table->setColumnWidth(TimelineModel::Time, metrics.horizontalAdvance(widestTime) + 14);
    const int typeWidth =
        metrics.horizontalAdvance(TimelineModel::typeLabel(TimelineEvent::Type::MetricSnapshot)) +
        40;
    // Beside the detail pane at 1366×768 the text needs the room more than the author and the
    // type's name, which stay in the detail, the tooltip and the chart's lanes.
    followNarrow(m_table, 640, [this, typeWidth](bool narrow) {
        m_table->setColumnHidden(TimelineModel::Author, narrow);
        m_model->setCompactTypes(narrow);
        m_table->setColumnWidth(TimelineModel::Type,
                                narrow ? m_table->fontMetrics().height() + 16 : typeWidth);
    });
    m_detail = new QStackedWidget(lower);
    m_detailText = new QLabel(m_detail);
    m_detailText->setWordWrap(true);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setTextFormat(Qt::PlainText);
    m_metricView = new MetricSnapshotView(m_detail);
    m_detail->addWidget(m_detailText);
    m_detail->addWidget(m_metricView);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_table->setMinimumHeight(60);
    m_detail->hide(); // shown while an event is selected
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    // Shown while events arrived below where the reader is; a click shows the chart's newest too.
    m_newEvents = new NewEventsButton(m_table, content);
    connect(m_newEvents, &QPushButton::clicked, m_chart, &TimelineChart::showNewest);
    layout->addWidget(m_newEvents, 0, Qt::AlignRight);
    m_message = new MessageLabel(content);
    layout->addWidget(m_message);
    auto *noteRow = new QHBoxLayout;
    m_note = new QPlainTextEdit(content);
    m_note->setObjectName(QStringLiteral("noteField"));
    // Two lines: most notes are one; a longer one scrolls rather than taking the events' room.
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 2 + 12);
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this);
    m_addNote = new QPushButton(content);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);
    setContent(content);

    connect(m_addNote, &QPushButton::clicked, this, &TimelineDock::recordNote);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(TimelineModel::EventIdRole).toString();
                showDetail(id);
                if (!m_syncingSelection) {
                    m_syncingSelection = true;
                    m_chart->setSelectedEventId(id);
                    m_syncingSelection = false;
                }
            });
    connect(m_chart, &TimelineChart::eventSelected, this, [this](const QString &id) {
        if (!m_syncingSelection) {
            selectEvent(id);
        }
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &TimelineDock::showContextMenu);
}

void TimelineDock::retranslateUi()
{
    setWindowTitle(tr("Timeline"));
    setEmptyState(tr("No incident open"),
                  tr("Open an incident to follow its timeline: alerts, status changes, runbook "
                     "steps, commands and notes arrive here as they happen."));
    m_toolbar->retranslateUi();
    m_note->setPlaceholderText(tr("Add a note to the timeline (Ctrl+Enter)"));
    m_addNote->setText(tr("Add note"));
    m_metricView->setPlaceholderText(tr("Select a metric snapshot to see its chart"));
}

bool TimelineDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            recordNote();
            return true;
        }
    }
    return ViewDock::eventFilter(watched, event);
}

void TimelineDock::showIncident()
{
    const bool open = m_session.incident().has_value();
    showEmptyState(!open);
    const QList<TimelineEvent> events = open ? m_session.events() : QList<TimelineEvent>();
    m_model->setEvents(events);
    m_chart->setEvents(events);
    m_chart->fitAll();
    m_detailText->clear();
    m_detail->setCurrentWidget(m_detailText);
    m_detail->hide();
    m_toolbar->setAuthors(m_model->authors());
    // An incident opens at its newest events, which the list then follows.
    QTimer::singleShot(0, m_newEvents, &NewEventsButton::showNewest);
    if (open) {
        setWindowTitle(tr("Timeline — %1").arg(m_session.incident()->key));
        m_toolbar->setJumpTime(m_session.incident()->declaredAt);
    }
}

QString TimelineDock::selectedEventId() const
{
    return m_table->currentIndex().data(TimelineModel::EventIdRole).toString();
}

void TimelineDock::selectEvent(const QString &eventId)
{
    const int row = m_model->rowOf(eventId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_syncingSelection = true;
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
        showDetail(eventId);
    }
    m_chart->setSelectedEventId(eventId);
    m_syncingSelection = false;
}

void TimelineDock::showDetail(const QString &eventId)
{
    const int row = m_model->rowOf(eventId);
    m_detail->setVisible(row >= 0);
    if (row < 0) {
        m_detailText->clear();
        m_detail->setCurrentWidget(m_detailText);
        return;
    }
    const TimelineEvent &event = m_model->eventAt(row);
    if (event.type == TimelineEvent::Type::MetricSnapshot) {
        try {
            m_metricView->setSnapshot(
                MetricSnapshot::fromPayload(event.payload, QStringLiteral("payload")));
            m_detail->setCurrentWidget(m_metricView);
            return;
        } catch (const std::exception &ex) {
            m_detailText->setText(
                tr("This metric snapshot cannot be shown: %1").arg(QString::fromUtf8(ex.what())));
            m_detail->setCurrentWidget(m_detailText);
            return;
        }
    }
    QString text = QStringLiteral("%1 · %2 · %3\n\n%4")
                       .arg(TimelineModel::timeText(event.time, m_model->isUtc()),
                            TimelineModel::typeLabel(event.type), event.author, event.text);
    if (const QString correction = m_model->correctedBy(event.id); !correction.isEmpty()) {
        const int correctionRow = m_model->rowOf(correction);
        if (correctionRow >= 0) {
            text += tr("\n\nCorrected: %1").arg(m_model->eventAt(correctionRow).text);
        }
    }
    if (!event.payload.empty()) {
        text += QStringLiteral("\n\n") + QString::fromStdString(event.payload.dump(2));
    }
    m_detailText->setText(text);
    m_detail->setCurrentWidget(m_detailText);
}

void TimelineDock::recordNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (text.isEmpty() || !m_session.incident()) {
        return;
    }
    QString error;
    if (!m_service.addNote(m_session.incidentId(), text, m_userName, &error)) {
        m_message->showMessage(tr("The note was not recorded: %1").arg(error), true);
        return; // the text stays in the field
    }
    m_note->clear();
    m_message->hide();
}

void TimelineDock::correctEvent(const QString &eventId, const QString &text)
{
    const TimelineEvent *event = m_session.event(eventId);
    if (event == nullptr) {
        return;
    }
    QString error;
    if (!m_service.correct(*event, text, m_userName, &error)) {
        m_message->showMessage(tr("The correction was not recorded: %1").arg(error), true);
    }
}

void TimelineDock::setPinned(const QString &eventId, bool pinned)
{
    const TimelineEvent *event = m_session.event(eventId);
    if (event == nullptr) {
        return;
    }
    QString error;
    if (!m_service.setPinned(*event, pinned, &error)) {
        m_message->showMessage(error, true);
    }
}

void TimelineDock::jumpTo(const QDateTime &time)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TimelineModel::TimeRole).toDateTime() >= time) {
            selectEvent(index.data(TimelineModel::EventIdRole).toString());
            return;
        }
    }
    m_message->showMessage(
        tr("No event at or after %1").arg(TimelineModel::timeText(time, m_model->isUtc())), false);
}

void TimelineDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    const QString id = index.data(TimelineModel::EventIdRole).toString();
    const bool pinned = index.data(TimelineModel::PinnedRole).toBool();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(pinned ? tr("Unpin") : tr("Pin"), this,
                    [this, id, pinned]() { setPinned(id, !pinned); });
    menu->addAction(tr("Correct…"), this, [this, id]() { askCorrection(id); });
    menu->addAction(tr("Copy"), this, [this, id]() {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const TimelineEvent &event = m_model->eventAt(row);
            QGuiApplication::clipboard()->setText(
                QStringLiteral("%1 %2 %3: %4")
                    .arg(TimelineModel::timeText(event.time, m_model->isUtc()),
                         TimelineModel::typeLabel(event.type), event.author, event.text));
        }
    });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void TimelineDock::askCorrection(const QString &eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0) {
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Correct an event"));
    dialog->setLabelText(tr("The event stays in the timeline, struck through; the correction is "
                            "recorded beside it."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(m_model->eventAt(row).text);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, eventId](const QString &text) { correctEvent(eventId, text); });
    dialog->open();
}

void TimelineDock::askExport(const QString &format)
{
    if (!m_session.incident()) {
        return;
    }
    openExportDialog(this, tr("Export the timeline"),
                     QStringLiteral("%1-timeline.%2").arg(m_session.incident()->key, format),
                     [this, format](const QString &path) { exportTo(path, format); });
}

void TimelineDock::exportTo(const QString &path, const QString &format)
{
    const std::optional<TimelineExport::Format> kind = TimelineExport::formatFromName(format);
    if (!kind || !m_session.incident()) {
        return;
    }
    const Incident incident = *m_session.incident();
    const QList<TimelineEvent> events = m_session.events();
    // Rendering and writing thousands of events happen on a worker.
    m_jobs.startAlongside(
        [kind, incident, events, path](const CancelToken &) {
            QString error;
            TimelineExport::write(path, TimelineExport::render(*kind, incident, events), &error);
            return error;
        },
        [this, path](const QString &error) {
            m_message->showMessage(error.isEmpty() ? tr("Exported the timeline to %1").arg(path)
                                                   : tr("The export failed: %1").arg(error),
                                   !error.isEmpty());
        });
}

} // namespace opsdeck::ui
