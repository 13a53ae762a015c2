#include "alarms/alarmnotifier.h"

#include "alarms/alarmservice.h"
#include "common/appsettings.h"
#include "common/icons.h"
#include "common/severitystyle.h"
#include "common/timedisplay.h"

#include <QActionGroup>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace opsdeck::ui {
namespace {

// More new alerts than this in one poll become one summary notification, not a flood.
constexpr int kSingleNotifications = 3;

bool isActive(const Alert &alert)
{
    return (alert.state == Alert::State::Active || alert.state == Alert::State::Firing) &&
           alert.silencedBy.isEmpty() && alert.inhibitedBy.isEmpty();
}

} // namespace

AlarmNotifier::AlarmNotifier(AlarmService *alarms, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_alarms(alarms)
    , m_window(window)
    , m_menu(new QMenu(window))
{
    m_minimumSeverity = readSetting(settings::NotifyMinimumSeverity);
    m_sound = readSetting(settings::NotifySound);
    m_doNotDisturbUntil = readSetting(settings::DoNotDisturbUntil);
    createMenu();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger && m_window != nullptr) {
                        m_window->showNormal();
                        m_window->raise();
                        m_window->activateWindow();
                    }
                });
        m_tray->show();
    }
    if (m_alarms != nullptr) {
        connect(m_alarms, &AlarmService::alertsChanged, this, &AlarmNotifier::onAlertsChanged);
    }
    retranslateUi();
    refreshIcon();
}

void AlarmNotifier::createMenu()
{
    m_showAction = m_menu->addAction(Icons::application(), QString(), this, [this] {
        if (m_window != nullptr) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_menu->addSeparator();
    m_severityMenu = m_menu->addMenu(QString());
    m_severityGroup = new QActionGroup(this);
    for (const QString &severity : SeverityStyle::standardSeverities()) {
        QAction *action = m_severityMenu->addAction(SeverityStyle::dot(severity), severity);
        action->setCheckable(true);
        action->setChecked(severity == m_minimumSeverity);
        action->setData(severity);
        m_severityGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, severity] { setMinimumSeverity(severity); });
    }
    m_soundAction = m_menu->addAction(QString());
    m_soundAction->setCheckable(true);
    m_soundAction->setChecked(m_sound);
    connect(m_soundAction, &QAction::toggled, this, &AlarmNotifier::setSoundEnabled);
    m_doNotDisturbMenu = m_menu->addMenu(QString());
    m_doNotDisturbOff =
        m_doNotDisturbMenu->addAction(QString(), this, [this] { setDoNotDisturbUntil({}); });
    m_doNotDisturbHour = m_doNotDisturbMenu->addAction(QString(), this, [this] {
        setDoNotDisturbUntil(QDateTime::currentDateTimeUtc().addSecs(3600));
    });
    m_doNotDisturbFourHours = m_doNotDisturbMenu->addAction(QString(), this, [this] {
        setDoNotDisturbUntil(QDateTime::currentDateTimeUtc().addSecs(qint64(4) * 3600));
    });
    m_doNotDisturbMorning = m_doNotDisturbMenu->addAction(QString(), this, [this] {
        const QDateTime morning(QDate::currentDate().addDays(1), QTime(9, 0));
        setDoNotDisturbUntil(morning.toUTC());
    });
}

void AlarmNotifier::retranslateUi()
{
    m_showAction->setText(tr("Show Opsdeck"));
    m_severityMenu->setTitle(tr("Notify from Severity"));
    m_soundAction->setText(tr("Play a Sound"));
    m_doNotDisturbMenu->setTitle(
        isDoNotDisturb()
            ? tr("Do Not Disturb until %1").arg(TimeDisplay::dateTime(m_doNotDisturbUntil))
            : tr("Do Not Disturb"));
    m_doNotDisturbOff->setText(tr("Off"));
    m_doNotDisturbHour->setText(tr("For 1 Hour"));
    m_doNotDisturbFourHours->setText(tr("For 4 Hours"));
    m_doNotDisturbMorning->setText(tr("Until Tomorrow 09:00"));
}

void AlarmNotifier::setMinimumSeverity(const QString &standardSeverity)
{
    if (!SeverityStyle::standardSeverities().contains(standardSeverity)) {
        return;
    }
    m_minimumSeverity = standardSeverity;
    writeSetting(settings::NotifyMinimumSeverity, standardSeverity);
    for (QAction *action : m_severityGroup->actions()) {
        action->setChecked(action->data().toString() == standardSeverity);
    }
}

void AlarmNotifier::setSoundEnabled(bool enabled)
{
    m_sound = enabled;
    m_soundAction->setChecked(enabled);
    writeSetting(settings::NotifySound, enabled);
}

void AlarmNotifier::setDoNotDisturbUntil(const QDateTime &until)
{
    m_doNotDisturbUntil = until;
    writeSetting(settings::DoNotDisturbUntil, until);
    retranslateUi();
    refreshIcon();
}

bool AlarmNotifier::isDoNotDisturb(const QDateTime &now) const
{
    return m_doNotDisturbUntil.isValid() && now < m_doNotDisturbUntil;
}

QList<Alert> AlarmNotifier::alertsToNotify(const AlertSnapshot &next, const AlertDiff &diff,
                                           int minimumRank, const QHash<QString, QString> &mapping)
{
    QList<Alert> result;
    for (const int row : diff.inserted) {
        const Alert &alert = next.alerts.at(row);
        const QString severity = SeverityStyle::standardSeverity(
            alert.labels.value(QStringLiteral("severity")), mapping);
        if (isActive(alert) && SeverityStyle::rank(severity) <= minimumRank) {
            result.append(alert);
        }
    }
    return result;
}

void AlarmNotifier::onAlertsChanged(const AlertSnapshot &next, const AlertDiff &diff)
{
    refreshIcon();
    // What the backends report in their first polls was there before Opsdeck started.
    if (m_alarms == nullptr || !m_alarms->isSettled()) {
        return;
    }
    if (isDoNotDisturb()) {
        return;
    }
    const QList<Alert> news = alertsToNotify(next, diff, SeverityStyle::rank(m_minimumSeverity),
                                             SeverityStyle::mappingFromSettings());
    if (news.isEmpty()) {
        return;
    }
    QList<QPair<QString, QString>> messages;
    if (news.size() <= kSingleNotifications) {
        for (const Alert &alert : news) {
            messages.append({QStringLiteral("[%1] %2").arg(
                                 alert.labels.value(QStringLiteral("severity")), alert.name()),
                             alert.annotations.value(QStringLiteral("summary"))});
        }
    } else {
        QStringList names;
        for (const Alert &alert : news) {
            if (!names.contains(alert.name()) && names.size() < 5) {
                names.append(alert.name());
            }
        }
        messages.append({tr("%1 new alerts").arg(news.size()), names.join(QStringLiteral(", "))});
    }
    for (const auto &[title, message] : std::as_const(messages)) {
        if (m_tray != nullptr) {
            m_tray->showMessage(title, message, SeverityStyle::dot(m_minimumSeverity), 10000);
        }
        Q_EMIT notified(title, message);
    }
    if (m_sound) {
        QApplication::beep();
    }
}

QString AlarmNotifier::worstActiveSeverity() const
{
    if (m_alarms == nullptr) {
        return {};
    }
    const QHash<QString, QString> mapping = SeverityStyle::mappingFromSettings();
    int worst = int(SeverityStyle::standardSeverities().size());
    for (const Alert &alert : m_alarms->snapshot().alerts) {
        if (isActive(alert)) {
            worst = std::min(worst, SeverityStyle::rank(SeverityStyle::standardSeverity(
                                        alert.labels.value(QStringLiteral("severity")), mapping)));
        }
    }
    bool anyActive = false;
    for (const Alert &alert : m_alarms->snapshot().alerts) {
        anyActive = anyActive || isActive(alert);
    }
    return anyActive ? SeverityStyle::standardSeverities().value(worst, QStringLiteral("unknown"))
                     : QString();
}

QString AlarmNotifier::toolTip() const
{
    int active = 0;
    int silenced = 0;
    int pending = 0;
    if (m_alarms != nullptr) {
        for (const Alert &alert : m_alarms->snapshot().alerts) {
            if (isActive(alert)) {
                ++active;
            } else if (alert.state == Alert::State::Pending) {
                ++pending;
            } else {
                ++silenced;
            }
        }
    }
    QString text = tr("Opsdeck: active alerts: %1").arg(active);
    if (pending > 0) {
        text += QLatin1Char('\n') + tr("pending: %1").arg(pending);
    }
    if (silenced > 0) {
        text += QLatin1Char('\n') + tr("silenced or inhibited: %1").arg(silenced);
    }
    if (isDoNotDisturb()) {
        text += QLatin1Char('\n') +
                tr("Do not disturb until %1").arg(TimeDisplay::dateTime(m_doNotDisturbUntil));
    }
    return text;
}

void AlarmNotifier::refreshIcon()
{
    if (m_tray == nullptr) {
        return;
    }
    m_tray->setToolTip(toolTip());
    const QString worst = worstActiveSeverity();
    if (worst == m_lastIconSeverity) {
        return;
    }
    m_lastIconSeverity = worst;
    QPixmap pixmap = Icons::application().pixmap(64, 64);
    if (!worst.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(
            SeverityStyle::color(worst == QLatin1String("unknown") ? QString() : worst));
        painter.drawEllipse(QRectF(30, 30, 32, 32));
    }
    m_tray->setIcon(QIcon(pixmap));
}

} // namespace opsdeck::ui
