#include "postmortems/createpostmortemdialog.h"

#include "common/messagelabel.h"
#include "common/statustexts.h"
#include "common/timedisplay.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentsession.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemdraft.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtemplatelibrary.h"
#include "timeline/timelinemodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {
namespace {

constexpr int EventIdRole = Qt::UserRole;

bool isOver(const Incident &incident)
{
    return incident.status >= Incident::Status::Resolved;
}

} // namespace

CreatePostMortemDialog::CreatePostMortemDialog(PostMortemServices services,
                                               const QString &incidentIdOrKey, QWidget *parent)
    : QDialog(parent)
    , m_services(std::move(services))
    , m_jobs(this)
    , m_fromIncident(new QRadioButton(this))
    , m_blank(new QRadioButton(this))
    , m_incident(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_templateLabel(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_eventsLabel(new QLabel(this))
    , m_events(new QListWidget(this))
    , m_selectAll(new QPushButton(this))
    , m_selectNone(new QPushButton(this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("createPostMortemDialog"));
    m_fromIncident->setObjectName(QStringLiteral("fromIncident"));
    m_blank->setObjectName(QStringLiteral("blank"));
    m_incident->setObjectName(QStringLiteral("incidentCombo"));
    m_title->setObjectName(QStringLiteral("titleField"));
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setUniformItemSizes(true);
    m_eventsLabel->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_fromIncident);
    group->addButton(m_blank);

    auto *form = new QFormLayout;
    m_templateLabel->setBuddy(m_template);
    form->addRow(m_fromIncident, m_incident);
    form->addRow(m_blank, m_title);
    form->addRow(m_templateLabel, m_template);
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_eventsLabel, 1);
    eventButtons->addWidget(m_selectAll);
    eventButtons->addWidget(m_selectNone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(eventButtons);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 540);

    connect(m_fromIncident, &QRadioButton::toggled, this, &CreatePostMortemDialog::updateMode);
    connect(m_incident, &QComboBox::currentIndexChanged, this, &CreatePostMortemDialog::loadEvents);
    connect(m_selectAll, &QPushButton::clicked, this, [this]() { setAllEventsChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this]() { setAllEventsChecked(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreatePostMortemDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    fillTemplates();
    fillIncidents(incidentIdOrKey);
    if (m_incident->count() > 0) {
        m_fromIncident->setChecked(true);
    } else {
        m_fromIncident->setEnabled(false);
        m_blank->setChecked(true);
    }
    updateMode();
    loadEvents();
}

CreatePostMortemDialog::~CreatePostMortemDialog() = default;

void CreatePostMortemDialog::retranslateUi()
{
    setWindowTitle(tr("New post-mortem"));
    m_fromIncident->setText(tr("From an &incident:"));
    m_blank->setText(tr("&Blank, titled:"));
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_templateLabel->setText(tr("&Template:"));
    m_selectAll->setText(tr("Select all"));
    m_selectNone->setText(tr("Select none"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
}

void CreatePostMortemDialog::fillIncidents(const QString &preselect)
{
    // Resolved and closed incidents are the ones a post-mortem is written for: first, newest
    // first within each group (the catalogue's order).
    QList<Incident> incidents = m_services.incidents.incidents();
    std::stable_partition(incidents.begin(), incidents.end(), isOver);
    const QSignalBlocker block(m_incident);
    int selected = 0;
    for (const Incident &incident : std::as_const(incidents)) {
        m_incident->addItem(
            tr("%1 · %2 (%3)")
                .arg(incident.key, incident.title, StatusTexts::incidentStatus(incident.status)),
            incident.id);
        if (!preselect.isEmpty() && (incident.id == preselect || incident.key == preselect)) {
            selected = m_incident->count() - 1;
        }
    }
    m_incident->setCurrentIndex(m_incident->count() > 0 ? selected : -1);
}

void CreatePostMortemDialog::fillTemplates()
{
    QString error;
    const QList<PostMortemTemplate> templates = m_services.templates.templates(&error);
    if (!error.isEmpty()) {
        m_message->showMessage(tr("Could not read the templates: %1").arg(error), true);
    }
    int selected = 0;
    for (const PostMortemTemplate &one : templates) {
        const bool isDefault = one.isDefault || (one.id.isEmpty() && m_template->count() == 0);
        m_template->addItem(isDefault ? tr("%1 (default)").arg(one.name) : one.name, one.id);
        if (one.isDefault) {
            selected = m_template->count() - 1;
        }
    }
    m_template->setCurrentIndex(templates.isEmpty() ? -1 : selected);
}

void CreatePostMortemDialog::updateMode()
{
    const bool fromIncident = m_fromIncident->isChecked();
    m_incident->setEnabled(fromIncident);
    m_title->setEnabled(!fromIncident);
    m_events->setEnabled(fromIncident);
    m_selectAll->setEnabled(fromIncident && m_eventsLoaded);
    m_selectNone->setEnabled(fromIncident && m_eventsLoaded);
    if (!fromIncident) {
        m_title->setFocus();
    }
}

void CreatePostMortemDialog::loadEvents()
{
    m_eventsLoaded = false;
    m_events->clear();
    updateMode();
    const QString incidentId = m_incident->currentData().toString();
    if (incidentId.isEmpty() || m_services.workspacePath.isEmpty()) {
        m_jobs.cancel();
        m_eventsLabel->setText(m_services.workspacePath.isEmpty() && !incidentId.isEmpty()
                                   ? tr("The timeline's key events go into the post-mortem.")
                                   : QString());
        return;
    }
    m_eventsLabel->setText(tr("Reading the incident's timeline…"));
    // A long incident has thousands of events: they are read on a worker with its own
    // connection; a newer choice makes this result stale.
    m_jobs.start(
        [path = m_services.workspacePath, incidentId](const CancelToken &) {
            Loaded loaded;
            loaded.events = IncidentSession::readEvents(path, incidentId, &loaded.error);
            return loaded;
        },
        [this](const Loaded &loaded) { showEvents(loaded); });
}

void CreatePostMortemDialog::showEvents(const Loaded &loaded)
{
    if (!loaded.error.isEmpty()) {
        m_eventsLabel->setText(tr("Could not read the timeline: %1").arg(loaded.error));
        return;
    }
    const bool utc = TimeDisplay::instance().isUtc();
    m_events->setUpdatesEnabled(false);
    for (const TimelineEvent &event : loaded.events) {
        QString text = event.text.section(QLatin1Char('\n'), 0, 0);
        auto *item = new QListWidgetItem(tr("%1  %2  %3")
                                             .arg(TimelineModel::timeText(event.time, utc),
                                                  TimelineModel::typeLabel(event.type), text),
                                         m_events);
        item->setData(EventIdRole, event.id);
        item->setToolTip(event.text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(PostMortemDraft::isKeyEvent(event) ? Qt::Checked : Qt::Unchecked);
    }
    m_events->setUpdatesEnabled(true);
    m_eventsLoaded = true;
    m_eventsLabel->setText(tr(
        "Checked events go into the post-mortem's timeline (%n event(s) in the incident):", nullptr,
        int(loaded.events.size())));
    updateMode();
    Q_EMIT eventsReady();
}

void CreatePostMortemDialog::setAllEventsChecked(bool checked)
{
    for (int row = 0; row < m_events->count(); ++row) {
        m_events->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QSet<QString> CreatePostMortemDialog::checkedEventIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_events->count(); ++row) {
        const QListWidgetItem *item = m_events->item(row);
        if (item->checkState() == Qt::Checked) {
            ids.insert(item->data(EventIdRole).toString());
        }
    }
    return ids;
}

bool CreatePostMortemDialog::create()
{
    PostMortemService *service = &m_services.service;
    const QString templateId = m_template->currentData().toString();
    QString error;
    std::optional<PostMortem> made;
    if (m_fromIncident->isChecked()) {
        const QString incidentId = m_incident->currentData().toString();
        if (incidentId.isEmpty()) {
            m_message->showMessage(tr("Choose the incident the post-mortem is about."), true);
            return false;
        }
        // Until the timeline is listed, the draft takes the key events.
        const std::optional<QSet<QString>> picked =
            m_eventsLoaded ? std::optional<QSet<QString>>(checkedEventIds()) : std::nullopt;
        made = service->createFromIncident(incidentId, m_services.userName, &error, picked,
                                           templateId);
    } else {
        if (m_title->text().trimmed().isEmpty()) {
            m_message->showMessage(tr("Give the post-mortem a title."), true);
            m_title->setFocus();
            return false;
        }
        made = service->createBlank(m_title->text(), m_services.userName, &error, templateId);
    }
    if (!made) {
        m_message->showMessage(tr("The post-mortem was not created: %1").arg(error), true);
        return false;
    }
    m_services.catalog.open(made->id);
    Q_EMIT created(*made);
    accept();
    return true;
}

} // namespace opsdeck::ui
