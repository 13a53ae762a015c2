#include "childprocess.h"
#include "testhome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The console's log file as a user finds it after the fact: the start-up lines are there while
// it runs, and a console stopped with SIGTERM quits cleanly, writing everything it logged.
class ConsoleLogTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString logPath() const
    {
        return m_home.filePath(QStringLiteral(".local/share/opsdeck/logs/opsdeck.log"));
    }

    QString logText() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    void startConsole(QProcess &console)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME",
                                     "XDG_DATA_HOME", "XDG_STATE_HOME", "LANGUAGE"}) {
            environment.remove(QString::fromLatin1(variable));
        }
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(environment);
        opsdeck::test::endWithParent(console);
        console.start(
            QStringLiteral(OPSDECK_BINARY),
            {QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("console.opsdeck"))});
    }

private Q_SLOTS:
    void theLogFileFollowsTheRunAndSigtermQuitsCleanly()
    {
        QVERIFY(m_home.isValid());
        QProcess console;
        startConsole(console);
        QVERIFY2(console.waitForStarted(10000), qPrintable(console.errorString()));

        // Written while the console runs, without waiting for a warning or for the exit.
        QElapsedTimer clock;
        clock.start();
        const bool painted = QTest::qWaitFor(
            [this] { return logText().contains(QStringLiteral("main window painted")); }, 20000);
        QVERIFY2(painted, qPrintable(QStringLiteral("no start-up line in %1 after %2 ms:\n%3")
                                         .arg(logPath())
                                         .arg(clock.elapsed())
                                         .arg(logText())));
        QVERIFY(logText().contains(QStringLiteral("starting; workspace")));

        console.terminate(); // SIGTERM, by process id
        QVERIFY2(console.waitForFinished(20000), "the console did not quit on SIGTERM");
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        const QString text = logText();
        QVERIFY2(text.contains(QStringLiteral("SIGTERM received; quitting")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Opsdeck exiting with code 0")), qPrintable(text));
    }
};

OPSDECK_TEST_GUILESS_MAIN(ConsoleLogTest)
#include "tst_consolelog.moc"
