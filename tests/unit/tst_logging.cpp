#include "logging/logging.h"
#include "testhome.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <spdlog/logger.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcLoggingTest, "opsdeck.loggingtest")

class LoggingTest : public QObject {
    Q_OBJECT

private:
    static opsdeck::logging::Config fileOnly(const QTemporaryDir &dir,
                                             spdlog::level::level_enum level)
    {
        opsdeck::logging::Config config;
        config.logDirectory = dir.path();
        config.toStderr = false;
        config.level = level;
        return config;
    }

    static QString readLog()
    {
        QFile file(opsdeck::logging::logFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void cleanup() { opsdeck::logging::shutdown(); }

    void parsesEveryLevelNameAndRejectsOthers()
    {
        QCOMPARE(opsdeck::logging::parseLevel(QStringLiteral("debug")), spdlog::level::debug);
        QCOMPARE(opsdeck::logging::parseLevel(QStringLiteral("Warning")), spdlog::level::warn);
        QCOMPARE(opsdeck::logging::parseLevel(QStringLiteral("off")), spdlog::level::off);
        QVERIFY(!opsdeck::logging::parseLevel(QStringLiteral("loud")).has_value());
        QVERIFY(!opsdeck::logging::parseLevel(QString()).has_value());
        for (const QString &name : opsdeck::logging::levelNames()) {
            QVERIFY2(opsdeck::logging::parseLevel(name).has_value(), qPrintable(name));
        }
    }

    void linesNameTheirComponentAndLevel()
    {
        QTemporaryDir dir;
        QCOMPARE(opsdeck::logging::initialize(fileOnly(dir, spdlog::level::info)), QString());
        QCOMPARE(opsdeck::logging::logFilePath(), dir.filePath(QStringLiteral("opsdeck.log")));

        opsdeck::logging::component("backend:prom-eu")->warn("scrape took {} ms", 12);
        opsdeck::logging::component("incident:INC-2026-0042")->info("status changed");
        opsdeck::logging::component("ui")->debug("below the level");
        opsdeck::logging::shutdown();

        const QString log = readLog();
        QVERIFY2(log.contains(QStringLiteral("[warning] [backend:prom-eu] scrape took 12 ms")),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("[info] [incident:INC-2026-0042] status changed")));
        QVERIFY(!log.contains(QStringLiteral("below the level")));
    }

    void qtMessagesCarryTheirCategory()
    {
        QTemporaryDir dir;
        QVERIFY(opsdeck::logging::initialize(fileOnly(dir, spdlog::level::debug)).isEmpty());
        opsdeck::logging::installQtMessageHandler();
        qCWarning(lcLoggingTest) << "category message";
        qWarning("default category message");
        opsdeck::logging::shutdown();

        const QString log = readLog();
        QVERIFY2(log.contains(QStringLiteral("[warning] [opsdeck.loggingtest] category message")),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("[warning] [qt] default category message")));
    }

    void anUnusableLogFolderIsReportedAndStderrStillWorks()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        opsdeck::logging::Config config;
        config.logDirectory = blocker + QStringLiteral("/logs");
        // Catch what goes to stderr (file descriptor 2) in a file.
        const QString captured = dir.filePath(QStringLiteral("stderr.txt"));
        std::fflush(stderr);
        const int savedStderr = ::dup(2);
        const int capture =
            ::open(captured.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(savedStderr >= 0 && capture >= 0);
        ::dup2(capture, 2);
        const QString error = opsdeck::logging::initialize(config);
        opsdeck::logging::component("app")->warn("still heard");
        opsdeck::logging::shutdown();
        std::fflush(stderr);
        ::dup2(savedStderr, 2);
        ::close(savedStderr);
        ::close(capture);

        QVERIFY2(error.contains(blocker), qPrintable(error));
        QCOMPARE(opsdeck::logging::logFilePath(), QString());
        QFile stderrFile(captured);
        QVERIFY(stderrFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(stderrFile.readAll());
        QVERIFY2(text.contains(QStringLiteral("[warning] [app] still heard")), qPrintable(text));
    }
};

OPSDECK_TEST_GUILESS_MAIN(LoggingTest)
#include "tst_logging.moc"
