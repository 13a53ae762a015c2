#include "privatekeyring.h"

#include "childprocess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QTest>

namespace opsdeck::test {
PrivateKeyring::~PrivateKeyring()
{
    stopByProcessId(m_keyring, 5000);
    stopByProcessId(m_bus, 5000);
}

bool PrivateKeyring::start(QString *error, int timeoutMs)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    for (const QString &folder : {home, data, runtime}) {
        QDir().mkpath(folder);
    }
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    endWithParent(m_bus);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--nofork"),
                 QStringLiteral("--address=unix:path=%1/bus").arg(runtime),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000) ||
        !QTest::qWaitFor([this] { return m_bus.canReadLine(); }, timeoutMs)) {
        *error = QStringLiteral("dbus-daemon did not start: %1 %2")
                     .arg(m_bus.errorString(), QString::fromUtf8(m_bus.readAllStandardError()));
        return false;
    }
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    endWithParent(m_keyring);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(5000)) {
        *error =
            QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    // The password of the new login keyring, read from standard input until it closes.
    m_keyring.write("opsdeck-test-keyring");
    m_keyring.closeWriteChannel();

    // From here on this process's session bus is the private one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toLocal8Bit());
    const bool serving = QTest::qWaitFor(
        [] {
            const QDBusConnection bus = QDBusConnection::sessionBus();
            return bus.isConnected() &&
                   bus.interface()
                       ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                       .value();
        },
        timeoutMs);
    if (!serving) {
        *error = QStringLiteral("gnome-keyring-daemon did not serve org.freedesktop.secrets: %1")
                     .arg(QString::fromUtf8(m_keyring.readAll()));
        return false;
    }
    return true;
}

} // namespace opsdeck::test
