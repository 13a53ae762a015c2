#pragma once

#include <QSplitter>

namespace opsdeck::ui {

// The Alarms dock's alert table and its detail pane. Wide (On-call), the details sit beside the
// table, where labels and annotations get whole lines; narrow (a tab in Incident Command), below
// it. Each placement keeps the split the user last dragged, across sessions.
class AlertDetailsSplitter final : public QSplitter {
    Q_OBJECT
public:
    // The details sit beside the table when the splitter is at least this wide.
    static constexpr int BesideMinWidth = 1000;

    AlertDetailsSplitter(QWidget *table, QWidget *details, QWidget *parent);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void place();

    bool m_placed = false; // the first placement also sets the sizes
};

} // namespace opsdeck::ui
