#pragma once

#include <QWidget>

class QLabel;

namespace opsdeck::ui {

// The status bar's summary of backend health: an icon and a short text, with the details in
// the tooltip. Shows "No backends" until backends are configured.
class BackendHealthIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BackendHealthIndicator(QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace opsdeck::ui
