#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace opsdeck::test {

// A private D-Bus session bus with an unlocked gnome-keyring serving the Secret Service on it,
// for tests of QtKeychain. start() points this process's session bus at it, so call it before
// anything in the process uses D-Bus. Both daemons are stopped by process id on destruction.
class PrivateKeyring {
public:
    PrivateKeyring() = default;
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    bool start(QString *error, int timeoutMs = 20000);

    QString busAddress() const { return m_busAddress; }
    qint64 keyringPid() const { return m_keyring.processId(); }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
};

} // namespace opsdeck::test
