#pragma once

#include "alarms/alertfilter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolBar;
class QToolButton;

namespace opsdeck::ui {

// The row above the Alarms table where the on-call engineer says which alerts to see and how:
// the filter expression (applied after a pause in typing; a mistake is explained on a line
// below it), the saved filters of the perspective shown (kept in the settings), the label to
// group by, and how many alerts are shown. It knows nothing of the table: it says what was
// chosen (filterApplied, groupLabelChosen) and AlarmsDock applies it, so the dock's code is
// about the table and its actions and this class's about the choosing.
class AlarmFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AlarmFilterBar(QWidget *parent = nullptr);
    void retranslateUi();

    // The dock's most used actions, at the start of the row.
    void setLeadingToolBar(QToolBar *toolBar);

    // The saved filters offered are this perspective's.
    void setPerspective(const QString &perspectiveId);

    QString filterText() const;
    // Shows `text` in the filter line and applies it at once (a perspective's filter).
    bool setFilterText(const QString &text);
    // Reads `text` now instead of after the pause in typing: filterApplied and true, or false
    // and the mistake explained inline (the table keeps the last valid filter meanwhile).
    bool applyFilter(const QString &text);
    QString filterError() const;
    void focusFilter();

    // The label the alerts are grouped by now (empty: none), chosen here or elsewhere.
    void showGroupLabel(const QString &label);
    // The label chosen to group by; "" for (none).
    QString groupLabel() const;
    void showCounts(const QString &text);

Q_SIGNALS:
    void filterApplied(const opsdeck::AlertFilter &filter);
    void groupLabelChosen(const QString &label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveFilter();
    void removeSavedFilter();
    void storeSavedFilters() const;

    QLineEdit *m_filter;
    QLabel *m_filterError;
    QComboBox *m_savedFilters;
    QToolButton *m_saveFilterButton;
    QToolButton *m_removeFilterButton;
    QComboBox *m_groupBy;
    QLabel *m_counts;
    QLabel *m_groupByLabel;
    QTimer *m_filterDelay;
    QHBoxLayout *m_leading = nullptr; // the toolbar and the filter
    QString m_perspectiveId;
};

} // namespace opsdeck::ui
