#pragma once

#include "common/backgroundjob.h"
#include "postmortems/postmortemservices.h"
#include "shell/viewdock.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace opsdeck::ui {

class MessageLabel;
class PostMortemFilterProxy;
class PostMortemTableModel;

// Every post-mortem of the workspace: filter by review state and service, search their whole
// text (sections, timeline, action items), open one (Enter or double-click) in the editor,
// see its versions, delete it; write a new one and manage the templates.
class PostMortemsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "postmortems";

    explicit PostMortemsDock(PostMortemServices services, QWidget *parent = nullptr);
    ~PostMortemsDock() override;
    void retranslateUi() override;

    PostMortemTableModel *model() const { return m_model; }
    PostMortemFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *serviceFilter() const { return m_service; }
    // Whether the list shows "Nothing matches" over an empty filtered list.
    bool isShowingNothingMatches() const;
    // The id of the post-mortem of the current row, or "".
    QString currentId() const;

    // The actions on the current row (also in its context menu).
    void openCurrent();
    void showVersionsOfCurrent();
    void deleteCurrent(); // asks first, without blocking
    void createPostMortem();
    void showTemplates();

Q_SIGNALS:
    // A search finished and the list shows its result.
    void searchFinished(int matches);

private:
    void buildUi();
    void fillStateFilter();
    void refreshServices();
    void applyFilters();
    void startSearch();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);
    void remove(const QString &id);

    PostMortemServices m_services;
    JobTracker m_jobs; // the full-text search
    PostMortemTableModel *m_model;
    PostMortemFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchState = nullptr;
    QLabel *m_nothingMatches = nullptr;
    QAction *m_newAction = nullptr;
    MessageLabel *m_message = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace opsdeck::ui
