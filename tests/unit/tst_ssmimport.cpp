#include "runbooks/runbooklibrary.h"
#include "runbooks/ssmdocumentparser.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

const QByteArray YamlDocument = R"(---
schemaVersion: '0.3'
description: |-
  ## Restart the web service
  Second line of the description.
mainSteps:
  - name: stopTraffic
    action: aws:executeAwsApi
    inputs:
      Service: elbv2
      Api: DeregisterTargets
  - name: restartNginx
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      Parameters:
        commands:
          - sudo systemctl restart nginx
          - systemctl is-active nginx
  - name: checkHealth
    action: aws:executeScript
    inputs:
      Runtime: python3.8
      Script: |
        def handler(events, context):
            return {'ok': True}
)";

const QByteArray JsonDocument = R"({
  "schemaVersion": "0.3",
  "description": "Rotate the logs\nand more",
  "mainSteps": [
    {
      "name": "rotate",
      "action": "aws:runCommand",
      "inputs": {"Parameters": {"commands": ["logrotate -f /etc/logrotate.conf", "echo \u0022done\u0022 \u00e9 a\\b \/"]}}
    },
    {
      "name": "wait",
      "action": "aws:sleep",
      "inputs": {"Duration": "PT1M"}
    }
  ]
}
)";

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class SsmImportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsYaml()
    {
        RunbookProblem problem;
        const auto runbook =
            SsmDocumentParser::parse(YamlDocument, QStringLiteral("dir/restart.yaml"), &problem);
        QVERIFY2(runbook, qPrintable(problem.toString()));
        QCOMPARE(runbook->title, QStringLiteral("Restart the web service"));
        QVERIFY(runbook->readOnly);
        QCOMPARE(runbook->sourcePath, QStringLiteral("dir/restart.yaml"));
        QVERIFY(!runbook->id.isEmpty());
        QVERIFY(runbook->alertMatchers.isEmpty());
        QCOMPARE(runbook->steps.size(), 3);
        QCOMPARE(runbook->steps.at(0).title, QStringLiteral("stopTraffic (aws:executeAwsApi)"));
        QCOMPARE(runbook->steps.at(0).command, QString());
        QCOMPARE(runbook->steps.at(1).title, QStringLiteral("restartNginx (aws:runCommand)"));
        QCOMPARE(runbook->steps.at(1).command,
                 QStringLiteral("sudo systemctl restart nginx\nsystemctl is-active nginx"));
        QCOMPARE(runbook->steps.at(2).title, QStringLiteral("checkHealth (aws:executeScript)"));
        QCOMPARE(runbook->steps.at(2).command,
                 QStringLiteral("def handler(events, context):\n    return {'ok': True}"));
    }

    void readsJson()
    {
        RunbookProblem problem;
        const auto runbook =
            SsmDocumentParser::parse(JsonDocument, QStringLiteral("rotate.json"), &problem);
        QVERIFY2(runbook, qPrintable(problem.toString()));
        QCOMPARE(runbook->title, QStringLiteral("Rotate the logs"));
        QVERIFY(runbook->readOnly);
        QCOMPARE(runbook->steps.size(), 2);
        QCOMPARE(runbook->steps.at(0).title, QStringLiteral("rotate (aws:runCommand)"));
        QCOMPARE(
            runbook->steps.at(0).command,
            QString::fromUtf8("logrotate -f /etc/logrotate.conf\necho \"done\" \xc3\xa9 a\\b /"));
        QCOMPARE(runbook->steps.at(1).title, QStringLiteral("wait (aws:sleep)"));
        QCOMPARE(runbook->steps.at(1).command, QString());
    }

    void theSameDocumentInYamlAndJsonReadsTheSame()
    {
        // JSON is valid YAML, too: the explicit format decides which reader runs.
        RunbookProblem problem;
        const auto asJson = SsmDocumentParser::parse(
            JsonDocument, SsmDocumentParser::Format::JsonDocument, QStringLiteral("x"), &problem);
        const auto asYaml = SsmDocumentParser::parse(
            JsonDocument, SsmDocumentParser::Format::YamlDocument, QStringLiteral("x"), &problem);
        QVERIFY(asJson && asYaml);
        QCOMPARE(QString::fromStdString(asJson->toJson().dump()),
                 QString::fromStdString(asYaml->toJson().dump()));
    }

    void withoutDescriptionTheFileNameIsTheTitle()
    {
        RunbookProblem problem;
        const auto runbook = SsmDocumentParser::parse(
            "schemaVersion: \"0.3\"\nmainSteps:\n- {name: a, action: 'aws:sleep'}\n",
            QStringLiteral("team/restart-web.yml"), &problem);
        QVERIFY2(runbook, qPrintable(problem.toString()));
        QCOMPARE(runbook->title, QStringLiteral("restart-web"));
        QCOMPARE(runbook->steps.size(), 1);
    }

    void brokenDocumentsNameFileLineAndField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        const QByteArray steps = "mainSteps:\n  - name: a\n    action: aws:sleep\n";
        QTest::newRow("yaml wrong version")
            << "doc.yaml" << ("description: x\nschemaVersion: '2.2'\n" + steps)
            << "doc.yaml:2: schemaVersion: expected '0.3' (an Automation document), got '2.2'";
        QTest::newRow("yaml no version")
            << "doc.yaml" << ("description: x\n" + steps) << "doc.yaml:1: schemaVersion is missing";
        QTest::newRow("yaml no mainSteps")
            << "doc.yaml" << QByteArray("schemaVersion: '0.3'\ndescription: x\n")
            << "doc.yaml:1: mainSteps is missing";
        QTest::newRow("yaml null mainSteps")
            << "doc.yaml" << QByteArray("schemaVersion: '0.3'\nmainSteps:\n\n\n")
            << "doc.yaml:2: mainSteps is missing";
        QTest::newRow("json null name")
            << "doc.json"
            << QByteArray("{\"schemaVersion\": \"0.3\", \"mainSteps\": [{\"action\": \"x\",\n"
                          "  \"name\": null}]}")
            << "doc.json:2: mainSteps[0].name is missing";
        QTest::newRow("yaml empty mainSteps")
            << "doc.yaml" << QByteArray("schemaVersion: '0.3'\n\nmainSteps: []\n")
            << "doc.yaml:3: mainSteps: expected a list of at least one step";
        QTest::newRow("yaml step without action")
            << "doc.yml"
            << QByteArray("schemaVersion: '0.3'\nmainSteps:\n  - name: a\n    action: aws:sleep\n"
                          "  - name: b\n    action: aws:sleep\n  - name: c\n    inputs: {}\n")
            << "doc.yml:7: mainSteps[2].action is missing";
        QTest::newRow("yaml step with empty name")
            << "doc.yaml"
            << QByteArray("schemaVersion: '0.3'\nmainSteps:\n  - action: aws:sleep\n    name:\n")
            << "doc.yaml:4: mainSteps[0].name is missing";
        QTest::newRow("yaml step not a mapping")
            << "doc.yaml" << QByteArray("schemaVersion: '0.3'\nmainSteps:\n  - just text\n")
            << "doc.yaml:3: mainSteps[0]: expected a mapping with name and action";
        QTest::newRow("yaml commands not a list")
            << "doc.yaml"
            << QByteArray("schemaVersion: '0.3'\nmainSteps:\n  - name: a\n    action: "
                          "aws:runCommand\n    inputs:\n      Parameters:\n        commands:\n"
                          "          x: y\n")
            << "doc.yaml:8: mainSteps[0].inputs.Parameters.commands: expected a list of command "
               "lines";
        QTest::newRow("yaml syntax")
            << "doc.yaml" << QByteArray("schemaVersion: '0.3'\nmainSteps:\n  - name: [a\n")
            << "doc.yaml:4: not valid YAML: ";
        QTest::newRow("yaml not a mapping")
            << "doc.yaml" << QByteArray("- a\n- b\n")
            << "doc.yaml:1: expected a mapping with schemaVersion and mainSteps (an SSM "
               "Automation document)";

        QTest::newRow("json syntax")
            << "doc.json"
            << QByteArray("{\n  \"schemaVersion\": \"0.3\",\n  \"mainSteps\": [\n"
                          "    {\"name\": \"a\" \"action\": \"x\"}\n  ]\n}\n")
            << "doc.json:4: not valid JSON: ";
        QTest::newRow("json wrong version")
            << "doc.json" << QByteArray("{\n  \"mainSteps\": [],\n  \"schemaVersion\": 0.2\n}\n")
            << "doc.json:3: schemaVersion: expected '0.3' (an Automation document), got '0.2'";
        QTest::newRow("json step without name")
            << "doc.json"
            << QByteArray("{\"schemaVersion\": \"0.3\",\n \"mainSteps\": [\n"
                          "  {\"name\": \"a\", \"action\": \"aws:sleep\"},\n"
                          "  {\n   \"action\": \"aws:sleep\"\n  }\n ]\n}\n")
            << "doc.json:4: mainSteps[1].name is missing";
        QTest::newRow("json action not text")
            << "doc.json"
            << QByteArray("{\"schemaVersion\": \"0.3\",\n \"mainSteps\": [\n"
                          "  {\"name\": \"a\",\n   \"action\": [\"aws:sleep\"]}\n ]\n}\n")
            << "doc.json:4: mainSteps[0].action: expected text";
        QTest::newRow("json script not text")
            << "doc.json"
            << QByteArray("{\"schemaVersion\": \"0.3\", \"mainSteps\": [\n"
                          "  {\"name\": \"a\", \"action\": \"aws:executeScript\",\n"
                          "   \"inputs\": {\"Script\":\n     {\"x\": 1}}}]}\n")
            << "doc.json:4: mainSteps[0].inputs.Script: expected text";
        QTest::newRow("not utf-8") << "doc.json" << QByteArray("{\"schemaVersion\": \"\xff\"}")
                                   << "doc.json: the file is not valid UTF-8";
    }

    void brokenDocumentsNameFileLineAndField()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        RunbookProblem problem;
        QVERIFY(!SsmDocumentParser::parse(content, file, &problem));
        QVERIFY2(problem.toString().startsWith(expected), qPrintable(problem.toString()));
        if (expected.endsWith(QStringLiteral(": "))) { // syntax errors: the reader's own words
            QVERIFY(problem.toString().size() > expected.size());
        } else {
            QCOMPARE(problem.toString(), expected);
        }
    }

    void handlesJsonAndYamlFiles()
    {
        QVERIFY(SsmDocumentParser::handles(QStringLiteral("a/b.json")));
        QVERIFY(SsmDocumentParser::handles(QStringLiteral("b.YAML")));
        QVERIFY(SsmDocumentParser::handles(QStringLiteral("b.yml")));
        QVERIFY(!SsmDocumentParser::handles(QStringLiteral("b.md")));
        QVERIFY(!SsmDocumentParser::handles(QStringLiteral("yaml")));
    }

    void libraryMixesMarkdownAndSsmDocuments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("disk.md")),
                          "---\ntitle: Disk\nalerts: alertname=\"DiskFull\"\n---\n- [ ] Look\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("aws/restart.yaml")), YamlDocument));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("aws/rotate.json")), JsonDocument));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("aws/broken.yml")),
                          "schemaVersion: '0.3'\nmainSteps:\n  - name: a\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("aws/notes.txt")), "not a runbook"));

        const RunbookLibrary library = RunbookLibrary::load(dir.path());
        QStringList titles;
        QStringList keys;
        for (const Runbook &runbook : library.runbooks()) {
            titles.append(runbook.title);
            keys.append(library.keyOf(runbook));
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("Restart the web service"),
                                      QStringLiteral("Rotate the logs"), QStringLiteral("Disk")}));
        QCOMPARE(keys, (QStringList{QStringLiteral("aws/restart.yaml"),
                                    QStringLiteral("aws/rotate.json"), QStringLiteral("disk.md")}));
        QCOMPARE(library.problems().size(), 1);
        QCOMPARE(library.problems().first().toString(),
                 dir.filePath(QStringLiteral("aws/broken.yml")) +
                     QStringLiteral(":3: mainSteps[0].action is missing"));

        const auto found = library.find(QStringLiteral("aws/rotate.json"));
        QVERIFY(found);
        QVERIFY(found->readOnly);
        QCOMPARE(found->steps.size(), 2);
        QVERIFY(!library.find(QStringLiteral("aws/broken.yml")));
        QVERIFY(!library.find(QStringLiteral("rotate.json")));
        // Imported documents are reviewed where they come from.
        QVERIFY(!RunbookLibrary::isStale(*found, QDate(2030, 1, 1)));
    }
};

OPSDECK_TEST_GUILESS_MAIN(SsmImportTest)
#include "tst_ssmimport.moc"
