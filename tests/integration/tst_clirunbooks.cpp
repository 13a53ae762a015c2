#include "commandrun.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `opsdeck runbooks` as a user would, with a temporary HOME.
class CliRunbooksTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    QTemporaryDir m_home;
    const QString m_demoFolder = QStringLiteral(OPSDECK_SOURCE_DIR "/resources/demo/runbooks");

    Run opsdeck(const QStringList &arguments, const QString &workingDirectory = {}) const
    {
        return opsdeck::test::runCommand(QStringLiteral(OPSDECK_BINARY), arguments,
                                         {m_home.path(), {}, {}, workingDirectory});
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void listsTheDemoRunbooksAsJson()
    {
        const Run run =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     m_demoFolder, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        QCOMPARE(list.size(), 3);
        QStringList titles;
        for (const QJsonValue &value : list) {
            const QJsonObject runbook = value.toObject();
            titles.append(runbook.value(QStringLiteral("title")).toString());
            QVERIFY(runbook.value(QStringLiteral("steps")).toInt() > 0);
            QVERIFY(
                runbook.value(QStringLiteral("file")).toString().endsWith(QStringLiteral(".md")));
            QVERIFY(runbook.value(QStringLiteral("stale")).isBool());
        }
        QVERIFY2(titles.contains(QStringLiteral("Checkout error rate high")),
                 qPrintable(titles.join(QLatin1Char(','))));
        QCOMPARE(run.err, QString());
    }

    void listsAsATable()
    {
        const Run run =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     m_demoFolder, QStringLiteral("--format=table")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("TITLE")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("platform-oncall")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 4);
    }

    void aRelativeFolderWorks()
    {
        const Run run =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     QStringLiteral("resources/demo/runbooks")},
                    QStringLiteral(OPSDECK_SOURCE_DIR));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.contains(QStringLiteral("resources/demo/runbooks/target-down.md")),
                 qPrintable(run.out));
    }

    void checkPassesOnTheDemoFolder()
    {
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), m_demoFolder});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("3 runbooks, all readable\n"));
    }

    void checkNamesBrokenFilesAndFails()
    {
        QTemporaryDir folder;
        QVERIFY(writeFile(folder.filePath(QStringLiteral("good.md")),
                          "---\ntitle: Good\n---\n- [ ] Step\n"));
        const QString broken = folder.filePath(QStringLiteral("sub/broken.md"));
        QVERIFY(writeFile(broken, "---\ntitle: Broken\nlast_reviewed: soon\n---\n"));
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), folder.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(broken + QStringLiteral(":3: ")), qPrintable(run.out));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);

        // list still shows the good one and points at check.
        const Run list = opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"),
                                  QStringLiteral("--folder"), folder.path()});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("Good")));
        QVERIFY2(list.err.contains(QStringLiteral("runbooks check")), qPrintable(list.err));
    }

    void withoutAFolderItIsAUsageError()
    {
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--folder")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void theFolderSettingIsTheDefault()
    {
        QVERIFY(writeFile(m_home.filePath(QStringLiteral(".config/opsdeck/opsdeck.conf")),
                          "[runbooks]\nfolder=" + m_demoFolder.toUtf8() + "\n"));
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check")});
        QFile::remove(m_home.filePath(QStringLiteral(".config/opsdeck/opsdeck.conf")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("3 runbooks, all readable\n"));
    }

    void aMissingFolderFails()
    {
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), QStringLiteral("/nonexistent/rb")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("/nonexistent/rb")), qPrintable(run.err));
    }
};

OPSDECK_TEST_GUILESS_MAIN(CliRunbooksTest)
#include "tst_clirunbooks.moc"
