#pragma once

#include "model/silence.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace opsdeck {
class AlarmService;
}

namespace opsdeck::ui {

// Creates a silence, or changes one (`silence.id` set): matchers in the filter syntax with
// errors shown at their column, start and end (or a duration), comment, author and the
// Alertmanagers that get it. A live preview lists the alerts the matchers would cover.
// Open it with open(); it deletes itself when closed.
class SilenceEditor : public QDialog {
    Q_OBJECT
public:
    SilenceEditor(AlarmService *alarms, const Silence &silence, QWidget *parent = nullptr);

    // The author a silence gets by default: settings key user/name, else the login name.
    static QString defaultAuthor();
    static void rememberAuthor(const QString &author);

    // Covered alerts as the preview lists them; the list stops at this many.
    static constexpr int PreviewLimit = 200;
    int previewCount() const { return m_previewCount; }

Q_SIGNALS:
    // The silence was saved; Alertmanager may have given it a new id.
    void saved(const QString &newId);

private:
    void updatePreview();
    void updateEnd();
    void validate();
    void save();
    QDateTime endsAt() const;
    void showError(const QString &message);

    QPointer<AlarmService> m_alarms;
    Silence m_original;
    QList<Silence::Matcher> m_matchers;
    int m_previewCount = 0;
    bool m_saving = false;

    QLineEdit *m_matchersEdit;
    QLabel *m_matchersError;
    QDateTimeEdit *m_startsEdit;
    QComboBox *m_durationCombo;
    QDateTimeEdit *m_endsEdit;
    QPlainTextEdit *m_commentEdit;
    QLineEdit *m_authorEdit;
    QList<QCheckBox *> m_targets;
    QLabel *m_previewSummary;
    QListWidget *m_previewList;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
};

} // namespace opsdeck::ui
