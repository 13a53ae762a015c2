#pragma once

#include "shell/viewdock.h"

class QCheckBox;
class QLabel;
class QTableView;
class QTimer;

namespace opsdeck {
class PostMortemCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class ActionItemOverviewProxy;
class ActionItemOverviewModel;

// Every action item still to do (open or in progress) across every post-mortem: overdue ones
// first and in red, then by due date, those without a due date last. "Show done" adds the
// finished ones. Enter or double-click opens the item's post-mortem in the editor.
class ActionItemsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "actionitems";

    explicit ActionItemsDock(PostMortemCatalog &catalog, QWidget *parent = nullptr);
    ~ActionItemsDock() override;
    void retranslateUi() override;

    ActionItemOverviewModel *model() const { return m_model; }
    ActionItemOverviewProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QCheckBox *showDoneToggle() const { return m_showDone; }

    void openCurrent();

private:
    void buildUi();
    void updateEmptyState();

    PostMortemCatalog &m_catalog;
    ActionItemOverviewModel *m_model;
    ActionItemOverviewProxy *m_proxy;
    QTableView *m_table = nullptr;
    QCheckBox *m_showDone = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_allDone = nullptr;
    QTimer *m_dayTimer = nullptr;
};

} // namespace opsdeck::ui
