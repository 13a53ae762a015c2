// A post-mortem author whose console is killed (SIGKILL: no chance to save anything on the way
// out) loses at most the last five seconds of typing. One executable, two roles: started with
// `--typist WORKSPACE POSTMORTEM_ID` it is the console, typing into the real editor dock with
// the product's autosave intervals and printing `typed COUNT MSECS_SINCE_EPOCH` after every
// character; otherwise it is the test, which starts itself as the typist, kills it while it
// types and reads back what the workspace recovered.
#include "childprocess.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/sectioneditor.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QApplication>
#include <QDateTime>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

constexpr int KeystrokeIntervalMs = 40; // a steady typist
// How long the author types before the kill: just before the third autosave of continuous
// typing (every 4 s), where the most is at stake.
constexpr qint64 TypingBeforeKillMs = 11900;
constexpr qint64 AllowedLossMs = 5000;         // the promise: at most this much typing lost
constexpr int FirstKeystrokeTimeoutMs = 30000; // start-up on a busy machine
constexpr int TypistLifetimeMs = 120 * 1000;   // a typist nobody kills stops on its own

// What the typist types: "w0001 w0002 w0003 …", so any prefix of it can be recognised.
QString typingScript()
{
    QString script;
    for (int word = 1; word <= 1000; ++word) {
        script += QStringLiteral("w%1 ").arg(word, 4, 10, QLatin1Char('0'));
    }
    return script;
}

// The console role: opens the workspace, shows the post-mortem in the editor dock and types
// into its first section until it is killed.
int runTypist(int argc, char **argv, const QString &workspace, const QString &postMortemId)
{
    QStandardPaths::setTestModeEnabled(true); // HOME is the test's temporary one
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);

    QString error;
    const std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(workspace, &error);
    if (!store) {
        std::fprintf(stderr, "typist: cannot open %s: %s\n", qPrintable(workspace),
                     qPrintable(error));
        return 1;
    }
    PostMortemService service(*store);
    PostMortemCatalog catalog(*store);
    catalog.load();

    QMainWindow window;
    auto *dock = new PostMortemEditorDock(service, catalog, QStringLiteral("alice"),
                                          &window); // the product's autosave intervals
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.resize(1000, 700);
    dock->showPostMortem(postMortemId);
    if (dock->postMortemId() != postMortemId || dock->sectionEditor()->currentIndex() != 0) {
        std::fprintf(stderr, "typist: the editor does not show the first section of %s\n",
                     qPrintable(postMortemId));
        return 1;
    }
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "typist: the window was never shown\n");
        return 1;
    }

    auto *editor = dock->sectionEditor()->findChild<QPlainTextEdit *>();
    if (editor == nullptr || editor != dock->sectionEditor()->editor()) {
        std::fprintf(stderr, "typist: no section editor\n");
        return 1;
    }
    editor->setFocus();
    editor->moveCursor(QTextCursor::End); // below the template's prompt, as an author writes

    const QString script = typingScript();
    int typed = 0;
    QTimer keystrokes;
    keystrokes.setInterval(KeystrokeIntervalMs);
    QObject::connect(&keystrokes, &QTimer::timeout, &app, [&]() {
        if (typed >= script.size()) {
            keystrokes.stop();
            return;
        }
        QTest::keyClick(editor, script.at(typed).toLatin1());
        ++typed;
        std::printf("typed %d %lld\n", typed,
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
    keystrokes.start();
    QTimer::singleShot(TypistLifetimeMs, &app, &QCoreApplication::quit);
    return app.exec();
}

struct Keystroke {
    int count = 0; // characters typed so far
    qint64 at = 0; // milliseconds since the epoch
};

} // namespace

class PostMortemKillTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileTypingLosesAtMostFiveSeconds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = dir.filePath(QStringLiteral("kill.opsdeck"));
        QString id;
        QString prompt; // the first section as the template fills it
        {
            QString error;
            const std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(workspace, &error);
            QVERIFY2(store, qPrintable(error));
            PostMortemService service(*store);
            const std::optional<PostMortem> created = service.createBlank(
                QStringLiteral("Checkout outage"), QStringLiteral("alice"), &error);
            QVERIFY2(created, qPrintable(error));
            QVERIFY(!created->sections.isEmpty());
            id = created->id;
            prompt = created->sections.first().markdown;
        } // the store is closed before the console opens it

        QProcess typist;
        opsdeck::test::endWithParent(typist);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        typist.setProcessEnvironment(environment);
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typist.setProgram(QCoreApplication::applicationFilePath());
        typist.setArguments({QStringLiteral("--typist"), workspace, id});

        QList<Keystroke> keystrokes;
        const auto readLines = [&]() {
            while (typist.canReadLine()) {
                const QList<QByteArray> parts = typist.readLine().trimmed().split(' ');
                if (parts.size() == 3 && parts.at(0) == "typed") {
                    keystrokes.append({parts.at(1).toInt(), parts.at(2).toLongLong()});
                }
            }
        };
        connect(&typist, &QProcess::readyReadStandardOutput, this, readLines);

        typist.start();
        QVERIFY2(typist.waitForStarted(10000), qPrintable(typist.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!keystrokes.isEmpty() || typist.state() == QProcess::NotRunning,
                                 FirstKeystrokeTimeoutMs);
        QVERIFY2(!keystrokes.isEmpty(), "the console ended or never typed a character");

        // The author types on for about twelve seconds; then the console is killed mid-word.
        const qint64 killDue = keystrokes.first().at + TypingBeforeKillMs;
        while (QDateTime::currentMSecsSinceEpoch() < killDue &&
               typist.state() == QProcess::Running) {
            QTest::qWait(int(std::min<qint64>(100, killDue - QDateTime::currentMSecsSinceEpoch())));
        }
        QCOMPARE(typist.state(), QProcess::Running);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        typist.kill(); // SIGKILL to its process id
        QVERIFY(typist.waitForFinished(10000));
        readLines(); // what it printed before it died
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
        QCOMPARE(typist.error(), QProcess::Crashed);
        QVERIFY(!keystrokes.isEmpty());

        // What a restarted console finds.
        QString error;
        const std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(workspace, &error);
        QVERIFY2(store, qPrintable(error));
        PostMortemService service(*store);
        const std::optional<PostMortem> stored = service.find(id, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(!stored->sections.isEmpty());
        // Autosave writes beside the document, never over it.
        QCOMPARE(stored->sections.first().markdown, prompt);
        const std::optional<RecoveredDraft> recovered = service.recovered(id);
        QVERIFY2(recovered, "nothing was recovered");
        QVERIFY(!recovered->document.sections.isEmpty());
        const QString text = recovered->document.sections.first().markdown;
        QVERIFY2(text.startsWith(prompt), qPrintable(text.left(200)));
        const QString recoveredTyping = text.mid(prompt.size());
        // Exactly what was typed, in order, up to some point.
        QVERIFY2(typingScript().startsWith(recoveredTyping), qPrintable(recoveredTyping.left(200)));

        const int recoveredCount = int(recoveredTyping.size());
        const int typedCount = std::max(keystrokes.last().count, recoveredCount);
        int required = 0; // typed by five seconds before the kill
        qint64 lastRecoveredAt = keystrokes.first().at;
        for (const Keystroke &keystroke : std::as_const(keystrokes)) {
            if (keystroke.at <= killedAt - AllowedLossMs) {
                required = std::max(required, keystroke.count);
            }
            if (keystroke.count == recoveredCount) {
                lastRecoveredAt = keystroke.at;
            }
        }
        const qint64 typingMs = killedAt - keystrokes.first().at;
        const qint64 lostMs = recoveredCount > 0 ? killedAt - lastRecoveredAt : typingMs;
        qInfo("typed %d characters in %lld ms before the kill; recovered %d (autosaved %lld ms "
              "before the kill); lost %d characters = %lld ms of typing; the 5 s bound "
              "requires at least %d",
              typedCount, static_cast<long long>(typingMs), recoveredCount,
              static_cast<long long>(killedAt - recovered->savedAt.toMSecsSinceEpoch()),
              typedCount - recoveredCount, static_cast<long long>(lostMs), required);
        QVERIFY(required > 0);
        QVERIFY2(recoveredCount >= required,
                 qPrintable(QStringLiteral("%1 ms of typing lost: only %2 of the %3 characters "
                                           "typed 5 s before the kill were recovered")
                                .arg(lostMs)
                                .arg(recoveredCount)
                                .arg(required)));
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--typist") == 0) {
            if (i + 2 >= argc) {
                std::fprintf(stderr, "usage: %s --typist WORKSPACE POSTMORTEM_ID\n", argv[0]);
                return 2;
            }
            return runTypist(argc, argv, QString::fromLocal8Bit(argv[i + 1]),
                             QString::fromLocal8Bit(argv[i + 2]));
        }
    }
    const opsdeck::test::TestHome home;
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    PostMortemKillTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postmortemkill.moc"
