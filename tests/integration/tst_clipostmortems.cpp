#include "commandrun.h"
#include "testhome.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `opsdeck postmortem create`, `opsdeck postmortems`, `opsdeck export postmortem` and
// `opsdeck import postmortem` run as a user would: the built binary, one process a command,
// against a workspace in a temporary folder, with no backend anywhere.
class CliPostMortemsTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_key;
    QString m_id;

    Run opsdeck(const QStringList &arguments) const
    {
        return opsdeck::test::runCommand(
            QStringLiteral(OPSDECK_BINARY),
            QStringList{QStringLiteral("--workspace"), m_workspace} + arguments,
            {m_home.path(), {{QStringLiteral("USER"), QStringLiteral("tester")}}, {}, {}});
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QByteArray contentsOf(const QString &file)
    {
        QFile read(file);
        return read.open(QIODevice::ReadOnly) ? read.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("workspace.opsdeck"));
        const Run declared = opsdeck({QStringLiteral("incident"), QStringLiteral("declare"),
                                      QStringLiteral("--title"), QStringLiteral("Checkout fails"),
                                      QStringLiteral("--severity"), QStringLiteral("SEV2"),
                                      QStringLiteral("--service"), QStringLiteral("checkout")});
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));
        m_key = declared.out.trimmed();
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("status"), m_key,
                          QStringLiteral("resolved")})
                     .exitCode,
                 0);
    }

    void createdFromAnIncidentAndListed()
    {
        const Run created = opsdeck({QStringLiteral("postmortem"), QStringLiteral("create"),
                                     QStringLiteral("--from-incident"), m_key,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject postMortem = QJsonDocument::fromJson(created.out.toUtf8()).object();
        m_id = postMortem.value(QStringLiteral("id")).toString();
        QVERIFY(!m_id.isEmpty());
        QCOMPARE(postMortem.value(QStringLiteral("incidentKey")).toString(), m_key);
        QCOMPARE(postMortem.value(QStringLiteral("author")).toString(), QStringLiteral("tester"));

        const Run table = opsdeck({QStringLiteral("postmortems"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(m_id.left(13)) && table.out.contains(m_key) &&
                     table.out.contains(QStringLiteral("draft")),
                 qPrintable(table.out));
        const Run published = opsdeck({QStringLiteral("postmortems"), QStringLiteral("--state"),
                                       QStringLiteral("published")});
        QCOMPARE(published.exitCode, 0);
        QVERIFY2(published.out.contains(QStringLiteral("No post-mortems.")),
                 qPrintable(published.out));
        const Run json = opsdeck(
            {QStringLiteral("postmortems"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 1);
    }

    void exportedInEveryFormat()
    {
        const Run markdown =
            opsdeck({QStringLiteral("export"), QStringLiteral("postmortem"), m_id.left(13),
                     QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"),
                     path("pm.md")});
        QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.err));
        QVERIFY(contentsOf(path("pm.md")).startsWith("# Post-mortem: " + m_key.toUtf8()));

        const Run html = opsdeck({QStringLiteral("export"), QStringLiteral("postmortem"), m_id,
                                  QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.out.contains(m_key));

        const Run pdf = opsdeck({QStringLiteral("export"), QStringLiteral("postmortem"), m_id,
                                 QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--output"), path("pm.pdf")});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY(contentsOf(path("pm.pdf")).startsWith("%PDF"));
    }

    void importedBackWithTypedHtmlEscaped()
    {
        QByteArray markdown = contentsOf(path("pm.md"));
        const QByteArray summary = "## Summary\n";
        QVERIFY(markdown.contains(summary));
        markdown.replace(summary, summary + "\nThe pool ran dry. <script>alert(1)</script>\n");
        QFile written(path("edited.md"));
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(markdown);
        written.close();

        const Run imported =
            opsdeck({QStringLiteral("import"), QStringLiteral("postmortem"), path("edited.md"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject back = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        QCOMPARE(back.value(QStringLiteral("incidentKey")).toString(), m_key);
        const Run html = opsdeck({QStringLiteral("export"), QStringLiteral("postmortem"),
                                  back.value(QStringLiteral("id")).toString(),
                                  QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY(html.out.contains(QStringLiteral("The pool ran dry.")));
        QVERIFY(html.out.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.out.contains(QStringLiteral("<script")));
    }

    void badInputIsExplained()
    {
        QFile notes(path("notes.md"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Shopping list\n- milk\n");
        notes.close();
        const Run wrongFile =
            opsdeck({QStringLiteral("import"), QStringLiteral("postmortem"), path("notes.md")});
        QCOMPARE(wrongFile.exitCode, 1);
        QVERIFY2(wrongFile.err.contains(path("notes.md")) &&
                     wrongFile.err.contains(QStringLiteral("line 1")) &&
                     wrongFile.err.contains(QStringLiteral("expected a post-mortem")),
                 qPrintable(wrongFile.err));

        const Run badFormat = opsdeck({QStringLiteral("export"), QStringLiteral("postmortem"), m_id,
                                       QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY2(badFormat.err.contains(QStringLiteral("md, html or pdf")),
                 qPrintable(badFormat.err));

        const Run unknown = opsdeck({QStringLiteral("export"), QStringLiteral("postmortem"),
                                     QStringLiteral("0000000000000"), QStringLiteral("--format"),
                                     QStringLiteral("md")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no post-mortem")), qPrintable(unknown.err));

        const Run neither = opsdeck({QStringLiteral("postmortem"), QStringLiteral("create")});
        QCOMPARE(neither.exitCode, 2);
        QVERIFY2(neither.err.contains(QStringLiteral("--from-incident")), qPrintable(neither.err));

        const Run noIncident =
            opsdeck({QStringLiteral("postmortem"), QStringLiteral("create"),
                     QStringLiteral("--from-incident"), QStringLiteral("INC-1999-0001")});
        QCOMPARE(noIncident.exitCode, 1);
        QVERIFY2(noIncident.err.contains(QStringLiteral("INC-1999-0001")),
                 qPrintable(noIncident.err));
        // Nothing was added by the refused commands.
        const Run json = opsdeck(
            {QStringLiteral("postmortems"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 2);
    }
};

OPSDECK_TEST_GUILESS_MAIN(CliPostMortemsTest)
#include "tst_clipostmortems.moc"
