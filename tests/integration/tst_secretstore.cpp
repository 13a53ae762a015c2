#include "privatekeyring.h"
#include "secrets/secretstore.h"
#include "testhome.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using opsdeck::SecretResult;
using opsdeck::SecretStore;

namespace {

// Runs one asynchronous call and waits for its callback in the test's event loop.
template <typename Call>
std::optional<SecretResult> finish(Call call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult &done) { result = done; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return std::nullopt;
    }
    return result;
}

} // namespace

// QtKeychain against a real gnome-keyring on a private D-Bus session.
class SecretStoreTest : public QObject {
    Q_OBJECT

private:
    opsdeck::test::PrivateKeyring m_keyring;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
    }

    void writeReadAndRemoveASecret()
    {
        SecretStore store(QStringLiteral("opsdeck.org.test"));
        const QString key = QStringLiteral("backend-6f1c9e2a");
        const QString token = QStringLiteral("glsa_t0k3n-with-ünïcode");

        auto written = finish([&](auto done) { store.write(key, token, done); });
        QVERIFY(written);
        QVERIFY2(written->ok, qPrintable(written->error));

        auto read = finish([&](auto done) { store.read(key, done); });
        QVERIFY(read);
        QVERIFY2(read->ok, qPrintable(read->error));
        QCOMPARE(read->secret, token);

        auto removed = finish([&](auto done) { store.remove(key, done); });
        QVERIFY(removed);
        QVERIFY2(removed->ok, qPrintable(removed->error));

        auto gone = finish([&](auto done) { store.read(key, done); });
        QVERIFY(gone);
        QVERIFY(!gone->ok);
        QVERIFY(gone->notFound);
    }

    void aCallbackNeverOutlivesItsStore()
    {
        bool doomedCalled = false;
        {
            SecretStore doomed(QStringLiteral("opsdeck.org.test"));
            doomed.read(QStringLiteral("whatever"),
                        [&doomedCalled](const SecretResult &) { doomedCalled = true; });
        }
        // The same request on a live store: once its answer is here, the other one has had
        // every chance to arrive too.
        SecretStore live(QStringLiteral("opsdeck.org.test"));
        auto answer = finish([&](auto done) { live.read(QStringLiteral("whatever"), done); });
        QVERIFY(answer);
        QVERIFY(answer->notFound);
        QVERIFY(!doomedCalled);
    }
};

// Started with -unavailable and no reachable session bus: the keychain must say why it failed.
class SecretStoreUnavailableTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutASecretServiceTheErrorSaysWhy()
    {
        SecretStore store(QStringLiteral("opsdeck.org.test"));
        auto result =
            finish([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("v"), done); });
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY2(!result->error.isEmpty(), "the keychain's explanation reaches the caller");
    }
};

int main(int argc, char **argv)
{
    const opsdeck::test::TestHome home;
    // "-unavailable" is ours; Qt Test must not see it.
    QStringList arguments;
    bool unavailable = false;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "-unavailable") == 0) {
            unavailable = true;
        } else {
            arguments.append(QString::fromLocal8Bit(argv[i]));
        }
    }
    QCoreApplication app(argc, argv);
    if (unavailable) {
        SecretStoreUnavailableTest test;
        return QTest::qExec(&test, arguments);
    }
    SecretStoreTest test;
    return QTest::qExec(&test, arguments);
}
#include "tst_secretstore.moc"
