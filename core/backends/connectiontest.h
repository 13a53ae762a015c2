#pragma once

#include "model/backenddefinition.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace opsdeck {

class BackendConfiguration;

// "Test connection" of the backend settings: asks a definition's version endpoint, with the
// secret just typed or, for a stored backend, the one in the keychain. A new start() or
// cancel() supersedes the test before it: its keychain answer and its HTTP answer are dropped.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool ok = false;
        QString version;       // when ok; may be empty (the server did not say)
        qint64 latencyMs = -1; // when ok
        QString error;         // what failed otherwise, plus why a stored secret was unreadable
    };

    explicit ConnectionTest(BackendConfiguration &configuration, QObject *parent = nullptr);

    // `typedSecret` nullopt: use the stored secret of the (existing) definition.
    void start(const BackendDefinition &definition, const std::optional<QString> &typedSecret);
    void cancel();
    bool isRunning() const { return !m_attempt.isNull(); }

Q_SIGNALS:
    void finished(const opsdeck::ConnectionTest::Result &result);

private:
    void ask(QObject *attempt, const BackendDefinition &definition, const QString &secret,
             const QString &secretProblem);

    BackendConfiguration &m_configuration;
    QPointer<QObject> m_attempt; // owns the running test's client; deleting it drops its answers
};

} // namespace opsdeck
