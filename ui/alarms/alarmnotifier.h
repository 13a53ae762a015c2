#pragma once

#include "alarms/alertsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace opsdeck {
class AlarmService;
}

namespace opsdeck::ui {

// The tray icon and desktop notifications: the icon's colour is the worst active severity,
// its tooltip counts the alerts; each new alert at or above the chosen severity is announced
// (with an optional sound) unless it is silenced or "do not disturb" is on.
class AlarmNotifier : public QObject {
    Q_OBJECT
public:
    // `window` is raised when the tray icon is clicked.
    AlarmNotifier(AlarmService *alarms, QWidget *window, QObject *parent = nullptr);

    // Settings (QSettings "notifications/*").
    void setMinimumSeverity(const QString &standardSeverity); // critical … info
    QString minimumSeverity() const { return m_minimumSeverity; }
    void setSoundEnabled(bool enabled);
    void setDoNotDisturbUntil(const QDateTime &until); // invalid: off
    QDateTime doNotDisturbUntil() const { return m_doNotDisturbUntil; }
    bool isDoNotDisturb(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QString toolTip() const;
    QString worstActiveSeverity() const; // "" when nothing is active
    QMenu *menu() const { return m_menu; }

    // The new alerts of a diff worth a notification: active (not silenced, inhibited or
    // pending) and at least `minimumRank` (0 critical … 3 info) under `mapping`.
    static QList<Alert> alertsToNotify(const AlertSnapshot &next, const AlertDiff &diff,
                                       int minimumRank, const QHash<QString, QString> &mapping);

Q_SIGNALS:
    void notified(const QString &title, const QString &message); // what was announced

private:
    void onAlertsChanged(const AlertSnapshot &next, const AlertDiff &diff);
    void refreshIcon();
    void retranslateUi();
    void createMenu();

    AlarmService *m_alarms;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QMenu *m_severityMenu = nullptr;
    QMenu *m_doNotDisturbMenu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_soundAction = nullptr;
    QAction *m_doNotDisturbOff = nullptr;
    QAction *m_doNotDisturbHour = nullptr;
    QAction *m_doNotDisturbFourHours = nullptr;
    QAction *m_doNotDisturbMorning = nullptr;
    QActionGroup *m_severityGroup = nullptr;
    QString m_minimumSeverity;
    bool m_sound = false;
    QDateTime m_doNotDisturbUntil;
    QString m_lastIconSeverity = QStringLiteral("-");
};

} // namespace opsdeck::ui
