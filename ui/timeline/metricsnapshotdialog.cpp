#include "timeline/metricsnapshotdialog.h"

#include "metrics/metricqueryservice.h"
#include "timeline/metricsnapshotview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

constexpr int IncidentSpan = -1;

} // namespace

MetricSnapshotDialog *MetricSnapshotDialog::openFor(MetricQueryService *service,
                                                    const QDateTime &incidentStart,
                                                    const QDateTime &incidentEnd, QWidget *parent)
{
    auto *dialog = new MetricSnapshotDialog(service, incidentStart, incidentEnd, parent);
    dialog->open();
    return dialog;
}

MetricSnapshotDialog::MetricSnapshotDialog(MetricQueryService *service,
                                           const QDateTime &incidentStart,
                                           const QDateTime &incidentEnd, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_incidentStart(incidentStart)
    , m_incidentEnd(incidentEnd)
    , m_backendLabel(new QLabel(this))
    , m_queryLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_backendCombo(new QComboBox(this))
    , m_queryEdit(new QLineEdit(this))
    , m_rangeCombo(new QComboBox(this))
    , m_queryButton(new QPushButton(this))
    , m_utcCheck(new QCheckBox(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_preview(new MetricSnapshotView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_attachButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("metricSnapshotDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    resize(760, 560);

    m_backendCombo->setObjectName(QStringLiteral("backendCombo"));
    m_queryEdit->setObjectName(QStringLiteral("queryEdit"));
    m_queryEdit->setClearButtonEnabled(true);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_queryButton->setObjectName(QStringLiteral("queryButton"));
    m_queryButton->setAutoDefault(false);
    m_utcCheck->setObjectName(QStringLiteral("utcCheck"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();
    m_preview->setObjectName(QStringLiteral("preview"));
    m_attachButton->setObjectName(QStringLiteral("attachButton"));

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_queryEdit, 1);
    queryRow->addWidget(m_queryButton);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_rangeCombo, 1);
    rangeRow->addWidget(m_utcCheck);
    auto *form = new QFormLayout;
    form->addRow(m_backendLabel, m_backendCombo);
    form->addRow(m_queryLabel, queryRow);
    form->addRow(m_rangeLabel, rangeRow);
    m_backendLabel->setBuddy(m_backendCombo);
    m_queryLabel->setBuddy(m_queryEdit);
    m_rangeLabel->setBuddy(m_rangeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    fillBackends();
    if (m_incidentStart.isValid()) {
        m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(IncidentSpan));
    } else {
        m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(3600));
    }

    connect(m_backendCombo, &QComboBox::currentIndexChanged, this,
            &MetricSnapshotDialog::inputsChanged);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
            &MetricSnapshotDialog::inputsChanged);
    connect(m_queryEdit, &QLineEdit::textChanged, this, &MetricSnapshotDialog::inputsChanged);
    connect(m_queryEdit, &QLineEdit::returnPressed, this, &MetricSnapshotDialog::runQuery);
    connect(m_queryButton, &QPushButton::clicked, this, &MetricSnapshotDialog::runQuery);
    connect(m_utcCheck, &QCheckBox::toggled, m_preview, &MetricSnapshotView::setUtc);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetricSnapshotDialog::attach);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_service) {
        connect(m_service, &MetricQueryService::backendsChanged, this,
                &MetricSnapshotDialog::fillBackends);
    }
    updateButtons();
}

void MetricSnapshotDialog::retranslateUi()
{
    setWindowTitle(tr("Metric Snapshot"));
    m_backendLabel->setText(tr("&Prometheus:"));
    m_queryLabel->setText(tr("&Query (PromQL):"));
    m_rangeLabel->setText(tr("&Range:"));
    m_queryEdit->setPlaceholderText(tr("e.g. rate(http_requests_total[5m])"));
    m_queryButton->setText(tr("Q&uery"));
    m_utcCheck->setText(tr("&UTC"));
    m_attachButton->setText(tr("&Attach to Timeline"));
    m_preview->setPlaceholderText(tr("Run a query to preview its chart."));

    const int current =
        m_rangeCombo->currentData().isValid() ? m_rangeCombo->currentData().toInt() : 3600;
    const QSignalBlocker blocker(m_rangeCombo);
    m_rangeCombo->clear();
    if (m_incidentStart.isValid()) {
        m_rangeCombo->addItem(m_incidentEnd.isValid() ? tr("The incident (start to end)")
                                                      : tr("The incident (start to now)"),
                              IncidentSpan);
    }
    m_rangeCombo->addItem(tr("Last 15 minutes"), 15 * 60);
    m_rangeCombo->addItem(tr("Last hour"), 3600);
    m_rangeCombo->addItem(tr("Last 6 hours"), 6 * 3600);
    m_rangeCombo->addItem(tr("Last 24 hours"), 24 * 3600);
    m_rangeCombo->setCurrentIndex(std::max(0, m_rangeCombo->findData(current)));
}

void MetricSnapshotDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void MetricSnapshotDialog::setQuery(const QString &promql)
{
    m_queryEdit->setText(promql);
}

void MetricSnapshotDialog::fillBackends()
{
    const QString current = m_backendCombo->currentData().toString();
    const QSignalBlocker blocker(m_backendCombo);
    m_backendCombo->clear();
    if (m_service) {
        for (const BackendDefinition &backend : m_service->prometheusBackends()) {
            m_backendCombo->addItem(backend.name, backend.id);
        }
    }
    m_backendCombo->setCurrentIndex(std::max(0, m_backendCombo->findData(current)));
    if (m_backendCombo->count() == 0) {
        showError(tr("No Prometheus backend is configured. Add one under Backends."));
    } else if (m_backendCombo->currentData().toString() != current) {
        inputsChanged();
    }
    updateButtons();
}

void MetricSnapshotDialog::inputsChanged()
{
    // The preview no longer answers what is on screen: it cannot be attached any more.
    if (m_service) {
        m_service->cancel(this);
    }
    m_querying = false;
    m_snapshot.reset();
    m_statusLabel->hide();
    if (m_backendCombo->count() > 0) {
        m_errorLabel->hide();
    }
    updateButtons();
}

std::pair<QDateTime, QDateTime> MetricSnapshotDialog::chosenRange() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int seconds = m_rangeCombo->currentData().toInt();
    if (seconds == IncidentSpan) {
        return {m_incidentStart.toUTC(), m_incidentEnd.isValid() ? m_incidentEnd.toUTC() : now};
    }
    return {now.addSecs(-seconds), now};
}

void MetricSnapshotDialog::runQuery()
{
    updateButtons();
    if (!m_queryButton->isEnabled()) {
        return;
    }
    m_querying = true;
    m_snapshot.reset();
    m_errorLabel->hide();
    m_statusLabel->setText(tr("Querying %1 …").arg(m_backendCombo->currentText()));
    m_statusLabel->show();
    updateButtons();
    const auto [start, end] = chosenRange();
    m_service->run(m_backendCombo->currentData().toString(), m_queryEdit->text().trimmed(), start,
                   end, this,
                   [this](const std::optional<MetricSnapshot> &snapshot, const QString &error) {
                       m_querying = false;
                       m_statusLabel->hide();
                       if (!snapshot) {
                           showError(error);
                           m_preview->clear();
                       } else {
                           m_snapshot = snapshot;
                           m_preview->setSnapshot(*snapshot);
                           if (!snapshot->warning.isEmpty()) {
                               m_statusLabel->setText(snapshot->warning);
                               m_statusLabel->show();
                           }
                       }
                       updateButtons();
                   });
}

void MetricSnapshotDialog::showError(const QString &error)
{
    m_errorLabel->setText(error);
    m_errorLabel->show();
}

void MetricSnapshotDialog::updateButtons()
{
    const bool canQuery = m_service != nullptr && m_backendCombo->count() > 0 &&
                          !m_queryEdit->text().trimmed().isEmpty() && !m_querying;
    m_queryButton->setEnabled(canQuery);
    m_attachButton->setEnabled(m_snapshot.has_value() && !m_querying);
}

void MetricSnapshotDialog::attach()
{
    if (!m_snapshot || m_querying) {
        return;
    }
    Q_EMIT attachRequested(*m_snapshot);
    accept();
}

} // namespace opsdeck::ui
