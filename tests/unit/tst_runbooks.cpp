#include "runbooks/runbooklibrary.h"
#include "runbooks/runbookparser.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

const QByteArray ExampleRunbook = R"(---
title: Checkout error rate high
owner: payments-oncall
services: [checkout, payments]
last_reviewed: 2026-10-01
alerts: alertname="CheckoutErrorRateHigh", severity=~"critical|warning"
---
Free Markdown text with a list that is not a checklist:
- just a bullet

- [ ] Check the error dashboard
- [ ] Roll back the last deploy
  ```sh
  kubectl rollout undo deployment/checkout
  kubectl rollout status deployment/checkout
  ```
* [x] Tell the channel
```
echo done
```

```sh
echo "a second block is documentation, not a command"
```
)";

// The example's front matter with one line replaced; the body has one step.
QByteArray frontMatter(const QByteArray &lines)
{
    return "---\n" + lines + "\n---\n- [ ] A step\n";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

Alert alertWith(const QMap<QString, QString> &labels)
{
    Alert alert;
    alert.labels = labels;
    return alert;
}

} // namespace

class RunbooksTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheExample()
    {
        RunbookProblem problem;
        const auto parsed =
            RunbookParser::parse(ExampleRunbook, QStringLiteral("checkout.md"), &problem);
        QVERIFY2(parsed, qPrintable(problem.toString()));
        const Runbook &runbook = parsed->runbook;
        QCOMPARE(runbook.title, QStringLiteral("Checkout error rate high"));
        QCOMPARE(runbook.owner, QStringLiteral("payments-oncall"));
        QCOMPARE(runbook.services,
                 (QStringList{QStringLiteral("checkout"), QStringLiteral("payments")}));
        QCOMPARE(runbook.lastReviewed, QDate(2026, 10, 1));
        QCOMPARE(runbook.sourcePath, QStringLiteral("checkout.md"));
        QVERIFY(!runbook.id.isEmpty());
        QCOMPARE(runbook.alertMatchers,
                 (QStringList{QStringLiteral("alertname=\"CheckoutErrorRateHigh\""),
                              QStringLiteral("severity=~\"critical|warning\"")}));
        QCOMPARE(parsed->matchers.size(), 2);

        QCOMPARE(runbook.steps.size(), 3);
        QCOMPARE(runbook.steps.at(0).title, QStringLiteral("Check the error dashboard"));
        QCOMPARE(runbook.steps.at(0).command, QString());
        QCOMPARE(runbook.steps.at(1).title, QStringLiteral("Roll back the last deploy"));
        QCOMPARE(runbook.steps.at(1).command,
                 QStringLiteral("kubectl rollout undo deployment/checkout\n"
                                "kubectl rollout status deployment/checkout"));
        QCOMPARE(runbook.steps.at(2).title, QStringLiteral("Tell the channel"));
        QCOMPARE(runbook.steps.at(2).command, QStringLiteral("echo done"));
    }

    void theSameFileGetsTheSameId()
    {
        RunbookProblem problem;
        const auto first = RunbookParser::parse(ExampleRunbook, QStringLiteral("a.md"), &problem);
        const auto second = RunbookParser::parse(ExampleRunbook, QStringLiteral("a.md"), &problem);
        const auto other = RunbookParser::parse(ExampleRunbook, QStringLiteral("b.md"), &problem);
        QVERIFY(first && second && other);
        QCOMPARE(first->runbook.id, second->runbook.id);
        QVERIFY(first->runbook.id != other->runbook.id);
    }

    void acceptsQuotesCommentsAndCrlf()
    {
        RunbookProblem problem;
        const auto parsed = RunbookParser::parse(
            "---\r\n# a comment\r\ntitle: \"Quoted: title\"\r\nservices: ['a', b]\r\n---\r\n"
            "- [ ] Step\r\n",
            QStringLiteral("x.md"), &problem);
        QVERIFY2(parsed, qPrintable(problem.toString()));
        QCOMPARE(parsed->runbook.title, QStringLiteral("Quoted: title"));
        QCOMPARE(parsed->runbook.services, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(parsed->runbook.steps.size(), 1);
        QVERIFY(parsed->matchers.isEmpty());
    }

    void brokenFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no front matter") << QByteArray("# Title\n- [ ] Step\n") << 1 << "---";
        QTest::newRow("never closed")
            << QByteArray("---\ntitle: Open\n- [ ] Step\n") << 1 << "never closed";
        QTest::newRow("not key value")
            << frontMatter("title: T\nowner payments") << 3 << "owner payments";
        QTest::newRow("indented key") << frontMatter("title: T\n  owner: x") << 3 << "key: value";
        QTest::newRow("nested value")
            << frontMatter("title: T\nservices:\n  - checkout") << 3 << "services";
        QTest::newRow("bad date") << frontMatter("title: T\nlast_reviewed: 2026-13-01") << 3
                                  << "2026-13-01";
        QTest::newRow("not iso date")
            << frontMatter("title: T\nlast_reviewed: 1.10.2026") << 3 << "1.10.2026";
        QTest::newRow("unknown key") << frontMatter("title: T\nowners: x") << 3 << "owners";
        QTest::newRow("duplicate key")
            << frontMatter("title: T\nowner: a\nowner: b") << 4 << "twice";
        QTest::newRow("services not a list")
            << frontMatter("title: T\nservices: checkout") << 3 << "[checkout, payments]";
        QTest::newRow("bad matcher")
            << frontMatter("title: T\nowner: a\nalerts: alertname=~\"(\"") << 4 << "alerts";
        QTest::newRow("free word as matcher")
            << frontMatter("title: T\nalerts: checkout") << 3 << "checkout";
        QTest::newRow("no title") << frontMatter("owner: a") << 1 << "title";
        QTest::newRow("unclosed code block")
            << QByteArray("---\ntitle: T\n---\n- [ ] Step\n  ```sh\n  echo\n") << 5
            << "never closed";
        QTest::newRow("empty step") << QByteArray("---\ntitle: T\n---\n- [ ]\n") << 4 << "text";
    }

    void brokenFilesNameTheLine()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        RunbookProblem problem;
        const auto parsed =
            RunbookParser::parse(markdown, QStringLiteral("dir/broken.md"), &problem);
        QVERIFY(!parsed);
        QCOMPARE(problem.file, QStringLiteral("dir/broken.md"));
        QCOMPARE(problem.line, line);
        QVERIFY2(problem.message.contains(mentions), qPrintable(problem.message));
        QVERIFY2(problem.toString().startsWith(QStringLiteral("dir/broken.md:%1: ").arg(line)),
                 qPrintable(problem.toString()));
    }

    void badMatcherNamesItsColumn()
    {
        RunbookProblem problem;
        QVERIFY(!RunbookParser::parse(frontMatter("title: T\nalerts: a=\"x\", checkout"),
                                      QStringLiteral("m.md"), &problem));
        QCOMPARE(problem.line, 3);
        QVERIFY2(problem.message.contains(QStringLiteral("column")), qPrintable(problem.message));
    }

    void libraryLoadsGoodFilesAndListsBrokenOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkout.md")), ExampleRunbook));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team/disk.md")),
                          frontMatter("title: Disk\nalerts: alertname=\"DiskFull\"")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team/broken.md")),
                          frontMatter("title: Broken\nlast_reviewed: yesterday")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("open.md")), "---\ntitle: x\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a runbook"));

        const RunbookLibrary library = RunbookLibrary::load(dir.path());
        QStringList titles;
        for (const Runbook &runbook : library.runbooks()) {
            titles.append(runbook.title);
        }
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Checkout error rate high"), QStringLiteral("Disk")}));
        QCOMPARE(library.problems().size(), 2);
        QCOMPARE(library.problems().at(0).file, dir.filePath(QStringLiteral("open.md")));
        QCOMPARE(library.problems().at(0).line, 1);
        QCOMPARE(library.problems().at(1).file, dir.filePath(QStringLiteral("team/broken.md")));
        QCOMPARE(library.problems().at(1).line, 3);
        QVERIFY(library.problems().at(1).message.contains(QStringLiteral("yesterday")));
    }

    void onlyShellBlocksAreCommands()
    {
        const QByteArray markdown = frontMatter("title: Samples") +
                                    "- [ ] Look at the payload\n"
                                    "  ```json\n  {\"replicas\": 3}\n  ```\n"
                                    "  ```bash\n  kubectl get pods\n  ```\n"
                                    "- [ ] Compare with the expected output\n"
                                    "  ```text\n  3 pods running\n  ```\n";
        RunbookProblem problem;
        const auto parsed = RunbookParser::parse(markdown, QStringLiteral("samples.md"), &problem);
        QVERIFY2(parsed, qPrintable(problem.toString()));
        QCOMPARE(parsed->runbook.steps.size(), 3); // frontMatter() starts with a step of its own
        QCOMPARE(parsed->runbook.steps.at(1).command, QStringLiteral("kubectl get pods"));
        QCOMPARE(parsed->runbook.steps.at(2).command, QString());
    }

    void repositoryFilesAreNotRunbooks()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkout.md")), ExampleRunbook));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("README.md")), "# Our runbooks\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ci/docker-compose.yml")),
                          "services:\n  web:\n    image: nginx\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ssm/broken.yaml")),
                          "schemaVersion: '0.3'\nmainSteps: 7\n"));
        const RunbookLibrary library = RunbookLibrary::load(dir.path());
        QCOMPARE(library.runbooks().size(), 1);
        QCOMPARE(library.problems().size(), 1); // the SSM document with steps that are not steps
        QCOMPARE(library.problems().first().file, dir.filePath(QStringLiteral("ssm/broken.yaml")));
    }

    void missingFolderIsAProblem()
    {
        const RunbookLibrary library = RunbookLibrary::load(QStringLiteral("/nonexistent/rb"));
        QVERIFY(library.runbooks().isEmpty());
        QCOMPARE(library.problems().size(), 1);
        QCOMPARE(library.problems().first().file, QStringLiteral("/nonexistent/rb"));
    }

    void staleAfterNinetyDays()
    {
        Runbook runbook;
        const QDate today(2026, 11, 21);
        runbook.lastReviewed = today.addDays(-90);
        QVERIFY(!RunbookLibrary::isStale(runbook, today));
        runbook.lastReviewed = today.addDays(-91);
        QVERIFY(RunbookLibrary::isStale(runbook, today));
        runbook.lastReviewed = today;
        QVERIFY(!RunbookLibrary::isStale(runbook, today));
        runbook.lastReviewed = {};
        QVERIFY(RunbookLibrary::isStale(runbook, today)); // never reviewed
    }

    void matchesAlertsByTheirLabels()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkout.md")), ExampleRunbook));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("nomatchers.md")),
                          frontMatter("title: No alerts")));
        const RunbookLibrary library = RunbookLibrary::load(dir.path());
        QCOMPARE(library.runbooks().size(), 2);

        const QString name = QStringLiteral("alertname");
        const QString severity = QStringLiteral("severity");
        const QList<Runbook> critical =
            library.matching(alertWith({{name, QStringLiteral("CheckoutErrorRateHigh")},
                                        {severity, QStringLiteral("critical")}}));
        QCOMPARE(critical.size(), 1);
        QCOMPARE(critical.first().title, QStringLiteral("Checkout error rate high"));
        QVERIFY(library
                    .matching(alertWith({{name, QStringLiteral("CheckoutErrorRateHigh")},
                                         {severity, QStringLiteral("info")}}))
                    .isEmpty());
        QVERIFY(library.matching(alertWith({{name, QStringLiteral("Other")}})).isEmpty());
    }

    void keysArePathsInsideTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkout.md")), ExampleRunbook));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team/disk.md")), frontMatter("title: D")));
        const RunbookLibrary library = RunbookLibrary::load(dir.path());
        QStringList keys;
        for (const Runbook &runbook : library.runbooks()) {
            keys.append(library.keyOf(runbook));
            QCOMPARE(library.find(keys.last())->id, runbook.id);
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("checkout.md"), QStringLiteral("team/disk.md")}));
        QVERIFY(!library.find(QStringLiteral("disk.md")));
        QVERIFY(!library.find(QStringLiteral("missing.md")));

        // A runbook from elsewhere is known by its id.
        Runbook imported;
        imported.id = QStringLiteral("0192b4c5-0000-7000-8000-000000000001");
        imported.sourcePath = QStringLiteral("/elsewhere/x.md");
        QCOMPARE(library.keyOf(imported), imported.id);
    }

    void forAlertFollowsRunbookUrl_data()
    {
        QTest::addColumn<QString>("runbookUrl"); // %1 is the library folder
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("webPage");
        const QString matched = QStringLiteral("Checkout error rate high");
        const QString disk = QStringLiteral("Disk");
        QTest::newRow("no annotation") << QString() << QStringList{matched} << QString();
        QTest::newRow("file url") << QStringLiteral("file://%1/team/disk.md") << QStringList{disk}
                                  << QString();
        QTest::newRow("absolute path")
            << QStringLiteral("%1/team/disk.md") << QStringList{disk} << QString();
        QTest::newRow("relative path")
            << QStringLiteral("team/disk.md") << QStringList{disk} << QString();
        QTest::newRow("relative with ./ and fragment")
            << QStringLiteral("./team/disk.md#step-2") << QStringList{disk} << QString();
        QTest::newRow("file name") << QStringLiteral("disk.md") << QStringList{disk} << QString();
        QTest::newRow("file name of two files")
            << QStringLiteral("same.md")
            << QStringList{QStringLiteral("Same A"), QStringLiteral("Same B")} << QString();
        QTest::newRow("path not in the library")
            << QStringLiteral("team/missing.md") << QStringList{matched} << QString();
        QTest::newRow("absolute path outside")
            << QStringLiteral("/etc/team/disk.md") << QStringList{matched} << QString();
        QTest::newRow("escaping the folder")
            << QStringLiteral("%1/../team/disk.md") << QStringList{matched} << QString();
        QTest::newRow("web page") << QStringLiteral("https://wiki.example.com/runbooks/checkout")
                                  << QStringList{matched}
                                  << QStringLiteral("https://wiki.example.com/runbooks/checkout");
        QTest::newRow("web page named like a file")
            << QStringLiteral("http://wiki.example.com/disk.md") << QStringList{matched}
            << QStringLiteral("http://wiki.example.com/disk.md");
        QTest::newRow("other scheme")
            << QStringLiteral("confluence:disk.md") << QStringList{matched} << QString();
    }

    void forAlertFollowsRunbookUrl()
    {
        QFETCH(QString, runbookUrl);
        QFETCH(QStringList, titles);
        QFETCH(QString, webPage);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("checkout.md")), ExampleRunbook));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team/disk.md")),
                          frontMatter("title: Disk\nalerts: alertname=\"DiskFull\"")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a/same.md")), frontMatter("title: Same A")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b/same.md")), frontMatter("title: Same B")));
        const RunbookLibrary library = RunbookLibrary::load(dir.path());
        QVERIFY(library.problems().isEmpty());

        Alert alert =
            alertWith({{QStringLiteral("alertname"), QStringLiteral("CheckoutErrorRateHigh")},
                       {QStringLiteral("severity"), QStringLiteral("critical")}});
        if (!runbookUrl.isEmpty()) {
            alert.annotations.insert(QStringLiteral("runbook_url"),
                                     runbookUrl.contains(QStringLiteral("%1"))
                                         ? runbookUrl.arg(dir.path())
                                         : runbookUrl);
        }
        const RunbookMatch match = library.forAlert(alert);
        QStringList found;
        for (const Runbook &runbook : match.runbooks) {
            found.append(runbook.title);
        }
        QCOMPARE(found, titles);
        QCOMPARE(match.webPage, QUrl(webPage));
    }

    void shippedDemoRunbooksLoad()
    {
        const RunbookLibrary library =
            RunbookLibrary::load(QStringLiteral(OPSDECK_SOURCE_DIR "/resources/demo/runbooks"));
        QStringList problems;
        for (const RunbookProblem &problem : library.problems()) {
            problems.append(problem.toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QList<Runbook> runbooks = library.runbooks();
        QCOMPARE(runbooks.size(), 4);

        const QDate reviewDay(2026, 11, 21);
        int stale = 0;
        int imported = 0;
        for (const Runbook &runbook : runbooks) {
            QVERIFY(!runbook.steps.isEmpty());
            QVERIFY(runbook.readOnly || !runbook.owner.isEmpty());
            stale += RunbookLibrary::isStale(runbook, reviewDay) ? 1 : 0;
            imported += runbook.readOnly ? 1 : 0;
        }
        QCOMPARE(stale, 1);
        QCOMPARE(imported, 1);

        // The SSM Automation document: three steps, the runCommand one with its commands.
        const auto ssm = library.find(QStringLiteral("restart-web-service.yaml"));
        QVERIFY(ssm);
        QCOMPARE(ssm->title, QStringLiteral("Restart the web service"));
        QCOMPARE(ssm->steps.size(), 3);
        QCOMPARE(ssm->steps.at(1).title, QStringLiteral("restartNginx (aws:runCommand)"));
        QVERIFY(ssm->steps.at(1).command.startsWith(QStringLiteral("sudo systemctl restart")));
        QVERIFY(library.find(QStringLiteral("storage/disk-will-fill.md")));

        // Each demo alert finds its runbook.
        for (const char *alertName :
             {"CheckoutErrorRateHigh", "DiskWillFillIn4Hours", "DemoTargetDown"}) {
            const Alert alert =
                alertWith({{QStringLiteral("alertname"), QLatin1String(alertName)},
                           {QStringLiteral("severity"), QStringLiteral("critical")}});
            QCOMPARE(library.matching(alert).size(), 1);
        }
    }
};

OPSDECK_TEST_GUILESS_MAIN(RunbooksTest)
#include "tst_runbooks.moc"
