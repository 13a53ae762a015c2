#pragma once

#include <QToolBar>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace opsdeck::ui {

class TimelineFilterProxy;

// The timeline's tool bar: filters by type, author, text and pinned (set on the proxy
// directly), the UTC switch, jump to a time, fit and export. What does not fit a narrow dock
// goes into the tool bar's overflow menu, so what is used most comes first.
class TimelineToolbar final : public QToolBar {
    Q_OBJECT
public:
    explicit TimelineToolbar(TimelineFilterProxy &proxy, QWidget *parent = nullptr);
    void retranslateUi();

    // The author filter's choices; the chosen author stays chosen while listed.
    void setAuthors(const QStringList &authors);
    // Follows the console's UTC switch (the check box and the jump field).
    void setUtc(bool utc);
    void setJumpTime(const QDateTime &time);

Q_SIGNALS:
    void jumpRequested(const QDateTime &utcTime);
    void fitRequested();
    void exportRequested(const QString &format); // md, csv or json

private:
    void applyTypeFilter();

    TimelineFilterProxy &m_proxy;
    QStringList m_authors;
    QPushButton *m_types;
    QComboBox *m_author;
    QCheckBox *m_pinnedOnly;
    QLineEdit *m_search;
    QCheckBox *m_utc;
    QDateTimeEdit *m_jumpTime;
    QPushButton *m_jump;
    QPushButton *m_fit;
    QPushButton *m_export;
};

} // namespace opsdeck::ui
