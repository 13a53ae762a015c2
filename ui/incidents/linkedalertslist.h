#pragma once

#include <QTreeWidget>

#include <functional>

namespace opsdeck {
struct Alert;
struct Incident;
struct TimelineEvent;
} // namespace opsdeck

namespace opsdeck::ui {

// The alerts linked to an incident with their live state. An alert no longer reported keeps
// its name (from the incident's timeline) and reads "not firing". The name and the summary
// share the width severity and state leave; in a narrow dock the summary yields to the name
// and stays in the row's tooltip, so the list never scrolls sideways.
class LinkedAlertsList final : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { Name, Severity, State, Summary, ColumnCount };
    using LiveAlert = std::function<const Alert *(const QString &fingerprint)>;

    explicit LinkedAlertsList(QWidget *parent = nullptr);
    void retranslateUi();
    void showAlertsOf(const Incident &incident, const QList<TimelineEvent> &events,
                      const LiveAlert &liveAlert);
};

} // namespace opsdeck::ui
