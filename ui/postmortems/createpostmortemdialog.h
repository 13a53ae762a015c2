#pragma once

#include "common/backgroundjob.h"
#include "model/postmortem.h"
#include "model/timelineevent.h"
#include "postmortems/postmortemservices.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace opsdeck::ui {

class MessageLabel;

// "New post-mortem": from an incident (resolved and closed ones listed first) or blank, from a
// template (the default preselected). For an incident, its timeline is listed with the key
// events checked; the checked ones become the post-mortem's timeline. The timeline is read on
// a worker. On success the new post-mortem opens in the editor; on failure the error shows in
// the dialog and nothing chosen is lost. Open it with open(); it deletes itself when closed.
class CreatePostMortemDialog : public QDialog {
    Q_OBJECT
public:
    // `incidentIdOrKey`: the incident to preselect (else the first in the list).
    explicit CreatePostMortemDialog(PostMortemServices services,
                                    const QString &incidentIdOrKey = {}, QWidget *parent = nullptr);
    ~CreatePostMortemDialog() override;

    QRadioButton *fromIncidentOption() const { return m_fromIncident; }
    QRadioButton *blankOption() const { return m_blank; }
    QComboBox *incidentCombo() const { return m_incident; }
    QComboBox *templateCombo() const { return m_template; }
    QLineEdit *titleField() const { return m_title; }
    QListWidget *eventList() const { return m_events; }
    MessageLabel *messageLabel() const { return m_message; }

    // Whether the chosen incident's timeline is listed yet.
    bool eventsLoaded() const { return m_eventsLoaded; }
    void setAllEventsChecked(bool checked);
    QSet<QString> checkedEventIds() const;

    // Creates the post-mortem as chosen (the OK button); false and a message when refused.
    bool create();

Q_SIGNALS:
    // The chosen incident's timeline is listed.
    void eventsReady();
    // The post-mortem was stored (and asked to open in the editor).
    void created(const opsdeck::PostMortem &postMortem);

private:
    struct Loaded {
        QList<TimelineEvent> events;
        QString error;
    };

    void retranslateUi();
    void fillIncidents(const QString &preselect);
    void fillTemplates();
    void updateMode();
    void loadEvents();
    void showEvents(const Loaded &loaded);

    PostMortemServices m_services;
    JobTracker m_jobs; // reads the chosen incident's timeline
    bool m_eventsLoaded = false;

    QRadioButton *m_fromIncident;
    QRadioButton *m_blank;
    QComboBox *m_incident;
    QLineEdit *m_title;
    QLabel *m_templateLabel;
    QComboBox *m_template;
    QLabel *m_eventsLabel;
    QListWidget *m_events;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck::ui
