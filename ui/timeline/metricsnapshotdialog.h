#pragma once

#include "metrics/metricsnapshot.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opsdeck {
class MetricQueryService;
}

namespace opsdeck::ui {

class MetricSnapshotView;

// Takes a metric snapshot for an incident's timeline: a Prometheus backend, a PromQL query and
// a time range; "Query" previews the answer, "Attach to timeline" hands it over with
// attachRequested() and closes. Attaching is possible only while the preview shows the answer
// to exactly the query, backend and range on screen. The queries run in MetricQueryService.
class MetricSnapshotDialog : public QDialog {
    Q_OBJECT
public:
    // Opens the dialog window-modal over `parent`; it deletes itself when closed. The
    // incident's span (end invalid while it is open) is offered as a range when `incidentStart`
    // is valid. Connect to attachRequested() of the returned dialog.
    static MetricSnapshotDialog *openFor(MetricQueryService *service,
                                         const QDateTime &incidentStart,
                                         const QDateTime &incidentEnd, QWidget *parent);

    MetricSnapshotDialog(MetricQueryService *service, const QDateTime &incidentStart = {},
                         const QDateTime &incidentEnd = {}, QWidget *parent = nullptr);

    void setQuery(const QString &promql);
    // The snapshot the preview shows, if it answers the current inputs.
    const std::optional<MetricSnapshot> &previewed() const { return m_snapshot; }

Q_SIGNALS:
    void attachRequested(const opsdeck::MetricSnapshot &snapshot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillBackends();
    void inputsChanged();
    void runQuery();
    void attach();
    void showError(const QString &error);
    void updateButtons();
    std::pair<QDateTime, QDateTime> chosenRange() const;

    QPointer<MetricQueryService> m_service;
    QDateTime m_incidentStart;
    QDateTime m_incidentEnd;
    std::optional<MetricSnapshot> m_snapshot;
    bool m_querying = false;

    QLabel *m_backendLabel;
    QLabel *m_queryLabel;
    QLabel *m_rangeLabel;
    QComboBox *m_backendCombo;
    QLineEdit *m_queryEdit;
    QComboBox *m_rangeCombo;
    QPushButton *m_queryButton;
    QCheckBox *m_utcCheck;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    MetricSnapshotView *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_attachButton;
};

} // namespace opsdeck::ui
