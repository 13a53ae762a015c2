#include "backends/backendclient.h"
#include "childprocess.h"
#include "model/json.h"
#include "monitoringstack.h"
#include "testhome.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

const char *const kUser = "opsdeck";
const char *const kPassword = "opsdeck-test-password";
const char *const kPasswordHash = "$2b$10$karQz..mPl4dLI/2bMlqWujf4.yJERcn4iDIYK8zZho.GC9yJyxqu";

} // namespace

// TLS and basic authentication against a real Prometheus serving HTTPS (its --web.config.file),
// demanding a client certificate and a password: the certificates are made by openssl for this
// run; the password's bcrypt hash was made once for this test.
class BackendTlsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    quint16 m_port = 0;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A self-signed certificate (its own CA) with its key.
    bool makeCertificate(const char *name, const QString &subject, QString *error) const
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       subject, QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       file(name) + QStringLiteral(".key"), QStringLiteral("-out"),
                       file(name) + QStringLiteral(".pem")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            *error = QString::fromUtf8(openssl.readAllStandardError());
            return false;
        }
        return true;
    }

    BackendDefinition definition() const
    {
        BackendDefinition backend;
        backend.id = newId();
        backend.name = QStringLiteral("tls-prometheus");
        backend.kind = opsdeck::BackendKind::Prometheus;
        backend.url = QStringLiteral("https://127.0.0.1:%1/").arg(m_port);
        backend.timeoutSeconds = 10;
        backend.auth = BackendDefinition::Auth::Basic;
        backend.username = QLatin1String(kUser);
        return backend;
    }

    // The version, or the error, of one "Test connection".
    static QString testConnection(const BackendDefinition &backend, bool *ok,
                                  const QString &secret = QLatin1String(kPassword))
    {
        BackendClient client(backend, secret);
        QString result;
        bool finished = false;
        client.fetchVersion([&](const HttpAnswer &answer, const QString &version) {
            *ok = answer.ok();
            result = answer.ok() ? version : answer.error;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 20000)) {
            *ok = false;
            return QStringLiteral("no answer");
        }
        return result;
    }

    BackendDefinition withClientCertificate() const
    {
        BackendDefinition backend = definition();
        backend.caFile = file("server") + QStringLiteral(".pem");
        backend.clientCertificate = file("client") + QStringLiteral(".pem");
        backend.clientKey = file("client") + QStringLiteral(".key");
        return backend;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(makeCertificate("server", QStringLiteral("/CN=127.0.0.1"), &error),
                 qPrintable(error));
        QVERIFY2(makeCertificate("client", QStringLiteral("/CN=opsdeck-console"), &error),
                 qPrintable(error));
        QFile config(file("web.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("tls_server_config:\n"
                                    "  cert_file: %1.pem\n"
                                    "  key_file: %1.key\n"
                                    "  client_auth_type: RequireAndVerifyClientCert\n"
                                    "  client_ca_file: %2.pem\n"
                                    "basic_auth_users:\n"
                                    "  %3: '%4'\n")
                         .arg(file("server"), file("client"), QLatin1String(kUser),
                              QLatin1String(kPasswordHash))
                         .toUtf8());
        config.close();
        QFile scrape(file("prometheus.yml"));
        QVERIFY(scrape.open(QIODevice::WriteOnly));
        scrape.write("global:\n  scrape_interval: 1h\n");
        scrape.close();

        m_port = test::MonitoringStack::freeLoopbackPort();
        test::endWithParent(m_prometheus);
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(QStringLiteral("prometheus"),
                           {QStringLiteral("--config.file=") + file("prometheus.yml"),
                            QStringLiteral("--storage.tsdb.path=") + file("tsdb"),
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                            QStringLiteral("--web.config.file=") + file("web.yml")});
        QVERIFY(m_prometheus.waitForStarted(10000));
        bool ok = false;
        QString answer;
        const bool ready = QTest::qWaitFor(
            [&] {
                answer = testConnection(withClientCertificate(), &ok);
                return ok;
            },
            30000);
        QVERIFY2(ready, qPrintable(answer + QStringLiteral("\n") +
                                   QString::fromUtf8(m_prometheus.readAll())));
    }

    void cleanupTestCase() { test::stopByProcessId(m_prometheus); }

    void aTrustedServerAndClientCertificateAnswer()
    {
        bool ok = false;
        const QString version = testConnection(withClientCertificate(), &ok);
        QVERIFY2(ok, qPrintable(version));
        QVERIFY2(version.startsWith(QStringLiteral("2.")), qPrintable(version));
    }

    void anUnknownServerCertificateIsRefused()
    {
        BackendDefinition backend = withClientCertificate();
        backend.caFile.clear(); // the system's CAs do not know this server
        bool ok = true;
        const QString error = testConnection(backend, &ok);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(error));
    }

    void turningVerificationOffAcceptsIt()
    {
        BackendDefinition backend = withClientCertificate();
        backend.caFile.clear();
        backend.verifyTls = false;
        bool ok = false;
        const QString version = testConnection(backend, &ok);
        QVERIFY2(ok, qPrintable(version));
    }

    void withoutTheClientCertificateTheServerRefuses()
    {
        BackendDefinition backend = withClientCertificate();
        backend.clientCertificate.clear();
        backend.clientKey.clear();
        bool ok = true;
        const QString error = testConnection(backend, &ok);
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
    }

    void theServerSaysWhenThePasswordIsWrong()
    {
        bool ok = true;
        QString error = testConnection(withClientCertificate(), &ok, QStringLiteral("wrong"));
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(QStringLiteral("HTTP 401")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("wrong")), qPrintable(error));

        BackendDefinition anonymous = withClientCertificate();
        anonymous.auth = BackendDefinition::Auth::None;
        error = testConnection(anonymous, &ok);
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(QStringLiteral("HTTP 401")), qPrintable(error));
    }

    void unreadableFilesAreNamed()
    {
        BackendDefinition backend = withClientCertificate();
        backend.caFile = file("missing-ca.pem");
        bool ok = true;
        QString error = testConnection(backend, &ok);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("missing-ca.pem")), qPrintable(error));

        backend = withClientCertificate();
        backend.clientKey = file("prometheus.yml"); // not a key
        error = testConnection(backend, &ok);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("prometheus.yml")) &&
                     error.contains(QStringLiteral("key")),
                 qPrintable(error));
    }
};

OPSDECK_TEST_GUILESS_MAIN(BackendTlsTest)
#include "tst_backendtls.moc"
