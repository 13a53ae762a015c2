#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace opsdeck {
class AlarmService;
}

namespace opsdeck::ui {

// The status bar's view of backend health: per backend an icon and "Prometheus 2.42.0" (or
// what is wrong), with URL, latency, last success and the exact error in the tooltip.
class BackendHealthIndicator : public QWidget {
    Q_OBJECT
public:
    // `alarms` may be null: then it says that no backend is configured.
    explicit BackendHealthIndicator(const AlarmService *alarms, QWidget *parent = nullptr);

    // The text shown for each backend, in order (for tests and accessibility).
    QStringList texts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Item {
        QLabel *icon;
        QLabel *text;
    };
    void rebuild();
    void refresh(int index);
    void retranslateUi();

    const AlarmService *m_monitor;
    QHBoxLayout *m_layout;
    QList<Item> m_items;
};

} // namespace opsdeck::ui
