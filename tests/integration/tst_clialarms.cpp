#include "childprocess.h"
#include "commandrun.h"
#include "common/buildinfo.h"
#include "httpfetch.h"
#include "monitoringstack.h"
#include "privatekeyring.h"
#include "secrets/secretstore.h"
#include "testhome.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using opsdeck::SecretResult;
using opsdeck::SecretStore;

// `opsdeck backends`, `opsdeck alerts` and `opsdeck silence` run as a user would: the built
// binary against a real Prometheus, a real Alertmanager, amtool and a real keychain.
class CliAlarmsTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    opsdeck::test::PrivateKeyring m_keyring;
    opsdeck::test::MonitoringStack m_stack;
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_workspace;

    Run run(const QString &program, const QStringList &arguments,
            const QByteArray &input = {}) const
    {
        return opsdeck::test::runCommand(
            program, arguments,
            {m_home.path(),
             {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_keyring.busAddress()}},
             input,
             {}});
    }

    Run opsdeck(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return run(QStringLiteral(OPSDECK_BINARY),
                   QStringList{QStringLiteral("--workspace"), m_workspace} + arguments, input);
    }

    QString amUrl() const { return m_stack.alertmanagerUrl().toString(); }
    QString promUrl() const { return m_stack.prometheusUrl().toString(); }

    static QJsonArray jsonArray(const Run &result)
    {
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

    static QList<QJsonObject> named(const QJsonArray &alerts, const QString &name)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &value : alerts) {
            const QJsonObject alert = value.toObject();
            if (alert.value(QStringLiteral("labels"))
                    .toObject()
                    .value(QStringLiteral("alertname"))
                    .toString() == name) {
                found.append(alert);
            }
        }
        return found;
    }

    std::optional<SecretResult> readSecret(const QString &key) const
    {
        SecretStore store(opsdeck::BuildInfo::organizationDomain());
        std::optional<SecretResult> result;
        store.read(key, [&result](const SecretResult &done) { result = done; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return result;
    }

    QJsonObject listedBackend(const QString &name) const
    {
        const Run list = opsdeck({QStringLiteral("backends"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &value : jsonArray(list)) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name) {
                return value.toObject();
            }
        }
        return {};
    }

    QStringList amtoolActiveSilences() const
    {
        const Run query =
            run(QStringLiteral("amtool"),
                {QStringLiteral("silence"), QStringLiteral("query"), QStringLiteral("--quiet"),
                 QStringLiteral("--alertmanager.url=") + amUrl()});
        return query.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        m_workspace = m_dir.filePath(QStringLiteral("ops.opsdeck"));
        // The demo rules fire at once; wait until Alertmanager has the always-firing one.
        QVERIFY(QTest::qWaitFor(
            [this] {
                return opsdeck::test::httpGet(m_stack.alertmanagerUrl().resolved(
                                                  QUrl(QStringLiteral("api/v2/alerts"))))
                    .body.contains("CheckoutErrorRateHigh");
            },
            60000));
    }

    void backendsRoundTripKeepsTheSecretInTheKeychain()
    {
        const QByteArray token = "t0ken-only-in-the-keychain-9f3";
        Run result = opsdeck({QStringLiteral("backends"), QStringLiteral("add"),
                              QStringLiteral("am"), QStringLiteral("--kind"),
                              QStringLiteral("alertmanager"), QStringLiteral("--url"), amUrl(),
                              QStringLiteral("--auth"), QStringLiteral("bearer")},
                             token + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = opsdeck({QStringLiteral("backends"), QStringLiteral("add"), QStringLiteral("prom"),
                          QStringLiteral("--kind"), QStringLiteral("prometheus"),
                          QStringLiteral("--url"), promUrl(), QStringLiteral("--interval"),
                          QStringLiteral("5")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const Run json = opsdeck({QStringLiteral("backends"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(jsonArray(json).size(), 2);
        QVERIFY(!json.out.contains(QString::fromUtf8(token)));
        const QJsonObject am = listedBackend(QStringLiteral("am"));
        QCOMPARE(am.value(QStringLiteral("auth")).toString(), QStringLiteral("bearer"));
        QCOMPARE(am.value(QStringLiteral("verifyTls")).toBool(), true);
        QCOMPARE(
            listedBackend(QStringLiteral("prom")).value(QStringLiteral("intervalSeconds")).toInt(),
            5);
        const QString id = am.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        // The secret is in the keychain under the backend's id, and in no workspace file.
        auto secret = readSecret(id);
        QVERIFY(secret);
        QVERIFY2(secret->ok, qPrintable(secret->error));
        QCOMPARE(secret->secret.toUtf8(), token);
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_workspace + suffix);
            if (file.open(QIODevice::ReadOnly)) {
                QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
            }
        }

        const Run table = opsdeck({QStringLiteral("backends"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(QStringLiteral("KIND")), qPrintable(table.out));
        QVERIFY(table.out.contains(amUrl()));

        result =
            opsdeck({QStringLiteral("backends"), QStringLiteral("test"), QStringLiteral("am")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^am: Alertmanager \\d+\\.\\d+\\.\\d+ \\(\\d+ ms\\)\n$"))
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));

        // Configured backends, with their secret from the keychain, answer `alerts`.
        result =
            opsdeck({QStringLiteral("alerts"), QStringLiteral("--backend"), QStringLiteral("am"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(named(jsonArray(result), QStringLiteral("CheckoutErrorRateHigh")).size(), 1);

        // Edit changes only what is given; --insecure warns.
        result = opsdeck({QStringLiteral("backends"), QStringLiteral("edit"), QStringLiteral("am"),
                          QStringLiteral("--interval"), QStringLiteral("30"),
                          QStringLiteral("--insecure")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("TLS verification is off")),
                 qPrintable(result.err));
        QJsonObject edited = listedBackend(QStringLiteral("am"));
        QCOMPARE(edited.value(QStringLiteral("intervalSeconds")).toInt(), 30);
        QCOMPARE(edited.value(QStringLiteral("verifyTls")).toBool(), false);
        QCOMPARE(edited.value(QStringLiteral("auth")).toString(), QStringLiteral("bearer"));
        QCOMPARE(edited.value(QStringLiteral("url")).toString(), amUrl());
        secret = readSecret(id);
        QVERIFY(secret && secret->ok);
        QCOMPARE(secret->secret.toUtf8(), token);

        result = opsdeck({QStringLiteral("backends"), QStringLiteral("edit"), QStringLiteral("am"),
                          QStringLiteral("--secret-stdin")},
                         "second-token\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        secret = readSecret(id);
        QVERIFY(secret && secret->ok);
        QCOMPARE(secret->secret, QStringLiteral("second-token"));

        result =
            opsdeck({QStringLiteral("backends"), QStringLiteral("remove"), QStringLiteral("am")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result =
            opsdeck({QStringLiteral("backends"), QStringLiteral("remove"), QStringLiteral("prom")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(jsonArray(opsdeck({QStringLiteral("backends"), QStringLiteral("list"),
                                    QStringLiteral("--format=json")}))
                     .size(),
                 0);
        secret = readSecret(id);
        QVERIFY(secret);
        QVERIFY2(secret->notFound, "removing a backend removes its secret");
    }

    void aBackendThatIsDownFailsTheTest()
    {
        const QString down = QStringLiteral("http://127.0.0.1:%1/")
                                 .arg(opsdeck::test::MonitoringStack::freeLoopbackPort());
        Run result = opsdeck({QStringLiteral("backends"), QStringLiteral("add"),
                              QStringLiteral("gone"), QStringLiteral("--kind"),
                              QStringLiteral("prometheus"), QStringLiteral("--url"), down});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result =
            opsdeck({QStringLiteral("backends"), QStringLiteral("test"), QStringLiteral("gone")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("gone (%1)").arg(down)) &&
                     result.err.contains(QStringLiteral("refused")),
                 qPrintable(result.err));
        result =
            opsdeck({QStringLiteral("backends"), QStringLiteral("remove"), QStringLiteral("gone")});
        QCOMPARE(result.exitCode, 0);
    }

    void badBackendArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad url") << QStringList{QStringLiteral("add"),
                                                QStringLiteral("x"),
                                                QStringLiteral("--kind"),
                                                QStringLiteral("prometheus"),
                                                QStringLiteral("--url"),
                                                QStringLiteral("ftp://example.org")}
                                 << "ftp";
        QTest::newRow("unknown kind")
            << QStringList{QStringLiteral("add"),    QStringLiteral("x"),
                           QStringLiteral("--kind"), QStringLiteral("graphite"),
                           QStringLiteral("--url"),  QStringLiteral("http://example.org/")}
            << "graphite";
        QTest::newRow("no such backend")
            << QStringList{QStringLiteral("test"), QStringLiteral("nowhere")} << "nowhere";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("frob")} << "frob";
    }

    void badBackendArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = opsdeck(QStringList{QStringLiteral("backends")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("opsdeck: ")) &&
                     result.err.contains(mentions),
                 qPrintable(result.err));
    }

    void alertsFromAnAlertmanagerAsJson()
    {
        const Run result = opsdeck({QStringLiteral("alerts"), QStringLiteral("--alertmanager"),
                                    amUrl(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QJsonObject> checkout =
            named(jsonArray(result), QStringLiteral("CheckoutErrorRateHigh"));
        QCOMPARE(checkout.size(), 1);
        const QJsonObject alert = checkout.first();
        QCOMPARE(alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("severity")),
                 QJsonValue(QStringLiteral("critical")));
        QCOMPARE(alert.value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString(),
                 QStringLiteral("Checkout error rate above 5%"));
        QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(alert.value(QStringLiteral("sources")).toArray(),
                 QJsonArray{m_stack.alertmanagerUrl().authority()});
        QCOMPARE(alert.value(QStringLiteral("fingerprint")).toString().size(), 16);
        QVERIFY(alert.value(QStringLiteral("startsAt")).toString().endsWith(QLatin1Char('Z')));
    }

    void theSameAlertFromTwoBackendsIsShownOnce()
    {
        const Run result = opsdeck({QStringLiteral("alerts"), QStringLiteral("--alertmanager"),
                                    amUrl(), QStringLiteral("--prometheus"), promUrl(),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QJsonObject> checkout =
            named(jsonArray(result), QStringLiteral("CheckoutErrorRateHigh"));
        QCOMPARE(checkout.size(), 1);
        QStringList expected = {m_stack.alertmanagerUrl().authority(),
                                m_stack.prometheusUrl().authority()};
        expected.sort();
        QCOMPARE(checkout.first().value(QStringLiteral("sources")).toArray(),
                 QJsonArray::fromStringList(expected));

        const Run table =
            opsdeck({QStringLiteral("alerts"), QStringLiteral("--alertmanager"), amUrl(),
                     QStringLiteral("--prometheus"), promUrl(), QStringLiteral("--filter"),
                     QStringLiteral("alertname=CheckoutErrorRateHigh")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one alert
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("SEVERITY")), qPrintable(table.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("critical")) &&
                     lines.at(1).contains(QStringLiteral("Checkout error rate above 5%")) &&
                     lines.at(1).contains(expected.join(QLatin1Char(','))),
                 qPrintable(table.out));
    }

    void aBadFilterExitsTwoNamingTheColumn()
    {
        const Run result =
            opsdeck({QStringLiteral("alerts"), QStringLiteral("--alertmanager"), amUrl(),
                     QStringLiteral("--filter"), QStringLiteral("severity=critical job=~\"((\"")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(QStringLiteral("column 19")), qPrintable(result.err));
    }

    void aBackendThatIsDownIsNamedAndTheOthersStillPrint()
    {
        const QString down = QStringLiteral("http://127.0.0.1:%1/")
                                 .arg(opsdeck::test::MonitoringStack::freeLoopbackPort());
        const Run result = opsdeck({QStringLiteral("alerts"), QStringLiteral("--alertmanager"),
                                    amUrl(), QStringLiteral("--alertmanager"), down,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(down), qPrintable(result.err));
        QCOMPARE(named(jsonArray(result), QStringLiteral("CheckoutErrorRateHigh")).size(), 1);
    }

    void silenceAddListAndExpireAgreeWithAmtool()
    {
        const Run added =
            opsdeck({QStringLiteral("silence"), QStringLiteral("add"),
                     QStringLiteral("alertname=DiskWillFillIn4Hours"),
                     QStringLiteral("instance=~\"db-.*\""), QStringLiteral("--duration"),
                     QStringLiteral("1h"), QStringLiteral("--comment"), QStringLiteral("disk swap"),
                     QStringLiteral("--alertmanager"), amUrl()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch(),
                 qPrintable(added.out));
        QVERIFY2(amtoolActiveSilences().contains(id), qPrintable(id));

        const Run listed = opsdeck({QStringLiteral("silence"), QStringLiteral("list"),
                                    QStringLiteral("--alertmanager"), amUrl(),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        bool found = false;
        for (const QJsonValue &value : jsonArray(listed)) {
            const QJsonObject silence = value.toObject();
            if (silence.value(QStringLiteral("id")).toString() == id) {
                found = true;
                QCOMPARE(silence.value(QStringLiteral("comment")).toString(),
                         QStringLiteral("disk swap"));
                QCOMPARE(silence.value(QStringLiteral("matchers")).toArray().size(), 2);
                QVERIFY(!silence.value(QStringLiteral("createdBy")).toString().isEmpty());
            }
        }
        QVERIFY2(found, qPrintable(listed.out));

        const Run expired = opsdeck({QStringLiteral("silence"), QStringLiteral("expire"), id,
                                     QStringLiteral("--alertmanager"), amUrl()});
        QVERIFY2(expired.exitCode == 0, qPrintable(expired.err));
        QVERIFY(!amtoolActiveSilences().contains(id));
        const Run old =
            opsdeck({QStringLiteral("silence"), QStringLiteral("list"), QStringLiteral("--expired"),
                     QStringLiteral("--alertmanager"), amUrl()});
        QCOMPARE(old.exitCode, 0);
        QVERIFY2(old.out.contains(id), qPrintable(old.out));
    }

    void badSilenceArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("duration") << QStringList{QStringLiteral("add"), QStringLiteral("a=b"),
                                                 QStringLiteral("--duration"),
                                                 QStringLiteral("soon")}
                                  << "soon";
        QTest::newRow("no duration")
            << QStringList{QStringLiteral("add"), QStringLiteral("a=b")} << "--duration";
        QTest::newRow("matcher") << QStringList{QStringLiteral("add"), QStringLiteral("=b"),
                                                QStringLiteral("--duration"), QStringLiteral("1h")}
                                 << "column 1";
        QTest::newRow("no matcher")
            << QStringList{QStringLiteral("add"), QStringLiteral("--duration"),
                           QStringLiteral("1h")}
            << "MATCHER";
    }

    void badSilenceArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = opsdeck(QStringList{QStringLiteral("silence")} + arguments +
                                   QStringList{QStringLiteral("--alertmanager"), amUrl()});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    }
};

OPSDECK_TEST_GUILESS_MAIN(CliAlarmsTest)
#include "tst_clialarms.moc"
