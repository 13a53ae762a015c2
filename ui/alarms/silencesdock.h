#pragma once

#include "shell/viewdock.h"

#include <QPointer>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace opsdeck {
class AlarmService;
struct Silence;
} // namespace opsdeck

namespace opsdeck::ui {

class SilenceTableModel;

// The silences of every Alertmanager: create, edit and expire them. Errors of Alertmanager
// show in a message bar above the table.
class SilencesDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "silences";

    explicit SilencesDock(AlarmService &alarms, QWidget *parent = nullptr);
    void retranslateUi() override;

    SilenceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedId() const;
    QStringList selectedIds() const;
    // Selects the silence; one not listed yet is selected when it arrives.
    void selectSilence(const QString &id);
    QString messageText() const;

private:
    void newSilence();
    void editSilence();
    void confirmExpire();
    void expire(const QStringList &ids);
    void openEditor(const Silence &silence);
    void showMessage(const QString &text);
    void updateActions();
    void updateEmptyState();
    void selectWantedSilence();

    QPointer<AlarmService> m_alarms;
    SilenceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_expireAction;
    QAction *m_showExpiredAction;
    QWidget *m_messageBar;
    QLabel *m_messageText;
    QTimer *m_repaintTimer;
    QString m_wantedId;
};

} // namespace opsdeck::ui
