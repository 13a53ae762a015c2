#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace opsdeck {

// The outcome of one keychain job. On failure `error` is the keychain's own explanation
// (no D-Bus session, no Secret Service, a locked collection ...) to show the user as it is.
struct SecretResult {
    bool ok = false;
    bool notFound = false; // reading a key that was never written
    QString secret;        // filled by read()
    QString error;
};

// Passwords and tokens live in the OS keychain (Secret Service on Linux) through QtKeychain and
// nowhere else. Every call is asynchronous: the callback runs later on this object's thread,
// and never if the store is destroyed first.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    // `service` groups the entries in the keychain (e.g. "opsdeck.org"); keys are backend ids.
    explicit SecretStore(QString service, QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Callback done);
    void read(const QString &key, Callback done);
    void remove(const QString &key, Callback done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace opsdeck
