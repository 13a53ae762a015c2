#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace opsdeck::ui {

// Asks why a step is skipped or what failed. OK stays disabled until there is an answer; the
// answer goes into the step's timeline event. Open with open(); it deletes itself.
class StepReasonDialog : public QDialog {
    Q_OBJECT
public:
    StepReasonDialog(const QString &title, const QString &question, QWidget *parent = nullptr);

    QLineEdit *reasonField() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void reasonGiven(const QString &reason);

private:
    QLabel *m_question = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace opsdeck::ui
