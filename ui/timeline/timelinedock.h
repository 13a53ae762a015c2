#pragma once

#include "common/backgroundjob.h"
#include "common/messagelabel.h"
#include "shell/viewdock.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace opsdeck {
struct TimelineEvent;
class IncidentService;
class IncidentSession;
} // namespace opsdeck

namespace opsdeck::ui {

class MetricSnapshotView;
class NewEventsButton;
class TimelineChart;
class TimelineFilterProxy;
class TimelineModel;
class TimelineToolbar;

// The open incident's timeline, live: a graphical timeline above a list of the same events
// (selecting in one selects in the other), filters by type, author and pinned, jump to a time,
// a quick note field (Ctrl+Enter), pin and correct, metric snapshots drawn from their stored
// data, and export as Markdown, CSV or JSON.
class TimelineDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "timeline";

    // `userName` is the author of the notes and corrections written here.
    TimelineDock(IncidentSession &session, IncidentService &service, QString userName,
                 QWidget *parent = nullptr);
    void retranslateUi() override;

    TimelineModel *model() const { return m_model; }
    TimelineFilterProxy *proxy() const { return m_proxy; }
    TimelineChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *noteField() const { return m_note; }
    QLabel *messageLabel() const { return m_message; }
    MetricSnapshotView *metricView() const { return m_metricView; }

    // Records the note field's text (what Ctrl+Enter does).
    void recordNote();
    // Appends a correction of the event with this id.
    void correctEvent(const QString &eventId, const QString &text);
    void setPinned(const QString &eventId, bool pinned);
    // Selects the first event at or after `time` (in the list and the chart).
    void jumpTo(const QDateTime &time);
    // Writes the whole timeline to `path` on a worker; the message label reports the result.
    void exportTo(const QString &path, const QString &format);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void showIncident();
    void selectEvent(const QString &eventId);
    void showDetail(const QString &eventId);
    void showContextMenu(const QPoint &pos);
    void askCorrection(const QString &eventId);
    void askExport(const QString &format);
    QString selectedEventId() const;

    IncidentSession &m_session;
    IncidentService &m_service;
    QString m_userName;
    JobTracker m_jobs;
    TimelineModel *m_model;
    TimelineFilterProxy *m_proxy;
    TimelineChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_detailText = nullptr;
    MetricSnapshotView *m_metricView = nullptr;
    TimelineToolbar *m_toolbar = nullptr;
    NewEventsButton *m_newEvents = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    MessageLabel *m_message = nullptr;
    bool m_syncingSelection = false;
};

} // namespace opsdeck::ui
