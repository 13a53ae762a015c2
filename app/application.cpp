#include "application.h"

#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/incidentexport.h"
#include "cli/subcommandregistry.h"
#include "commandline.h"
#include "common/buildinfo.h"
#include "common/icons.h"
#include "common/terminationsignals.h"
#include "consolefeatures.h"
#include "headless.h"
#include "i18n/languagesupport.h"
#include "logging/logging.h"
#include "secrets/secretstore.h"
#include "shell/mainwindow.h"
#include "shell/selftest.h"
#include "store/workspacestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
#include <spdlog/logger.h>

namespace opsdeck::app {
namespace {

// Calls `painted` once, after the window's first paint event has been handled.
class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> painted)
        : m_painted(std::move(painted))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_painted);
        }
        return false;
    }

private:
    std::function<void()> m_painted;
};

// The workspace could not be opened: say why in a window (the console may have been started
// from a desktop menu, where nobody reads stderr), then exit with code 1.
int showStartupError(const QString &error)
{
    auto *box = new QMessageBox(
        QMessageBox::Critical, BuildInfo::applicationName(),
        QCoreApplication::translate("Application", "Opsdeck cannot open its workspace."),
        QMessageBox::Close);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp,
                     [] { QCoreApplication::exit(cli::ExitFailure); });
    box->open();
    const int exitCode = QApplication::exec();
    logging::shutdown();
    return exitCode;
}

// Builds every feature against a temporary workspace and checks the window they make; reads
// and writes no user settings (XDG_CONFIG_HOME points at a temporary folder).
int runSelfTest()
{
    const auto log = logging::component("app");
    QTemporaryDir scratch;
    QString error;
    const std::unique_ptr<WorkspaceStore> workspace =
        WorkspaceStore::open(scratch.filePath(QStringLiteral("self-test.opsdeck")), &error);
    if (!workspace) {
        cli::writeOut(QStringLiteral("FAILED  temporary workspace: %1\n").arg(error));
        return cli::ExitFailure;
    }
    SecretStore secrets(BuildInfo::organizationDomain());
    ConsoleFeatures features({*workspace, secrets, cli::loginUserName()});
    const ui::SelfTestResult result =
        ui::runSelfTest(features.list(), {workspace->path(), logging::logFilePath()});
    for (const QString &line : result.passed) {
        log->debug("self-test ok: {}", line.toStdString());
    }
    for (const QString &line : result.failures) {
        cli::writeOut(QStringLiteral("FAILED  %1\n").arg(line));
    }
    cli::writeOut(QStringLiteral("self-test: %1 passed, %2 failed\n")
                      .arg(result.passed.size())
                      .arg(result.failures.size()));
    return result.ok() ? cli::ExitOk : cli::ExitFailure;
}

// The commands `opsdeck` hands over: the export command draws HTML and PDF with the ui layer.
const cli::SubcommandRegistry &consoleCommands()
{
    static const cli::SubcommandRegistry commands = cli::SubcommandRegistry::standard().providing(
        QStringLiteral("export"), &cli::runExportCommand);
    return commands;
}

// `startedAtMs`: QElapsedTimer::msecsSinceReference() when the program started.
int runGui(int argc, char **argv, const GlobalOptions &options, qint64 startedAtMs)
{
    // The self-test checks the built-in layouts: it reads and writes no user settings.
    QTemporaryDir selfTestSettings;
    if (options.selfTest) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        qputenv("XDG_CONFIG_HOME", selfTestSettings.path().toLocal8Bit());
    }
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(BuildInfo::applicationName());
    QApplication::setDesktopFileName(QStringLiteral("org.opsdeck.Opsdeck"));
    QApplication::setWindowIcon(ui::Icons::application());
    const QString language = LanguageSupport::install(options.language);
    startLogging(options, false);
    const auto log = logging::component("app");
    log->info("Opsdeck {} (Qt {}) starting; workspace {}, language {}",
              BuildInfo::version().toStdString(), BuildInfo::qtRuntimeVersion().toStdString(),
              options.workspacePath.toStdString(), language.toStdString());

    int exitCode = cli::ExitOk;
    if (options.selfTest) {
        exitCode = runSelfTest();
    } else {
        QString workspaceError;
        const std::unique_ptr<WorkspaceStore> workspace =
            WorkspaceStore::open(options.workspacePath, &workspaceError);
        if (!workspace) {
            log->error("{}", workspaceError.toStdString());
            return showStartupError(workspaceError);
        }
        SecretStore secrets(BuildInfo::organizationDomain());
        ConsoleFeatures features({*workspace, secrets, cli::loginUserName()}, options.backends);
        ui::MainWindow window(features.list(), {options.workspacePath, logging::logFilePath()});
        FirstPaintWatcher firstPaint(&window, [log, startedAtMs] {
            QElapsedTimer now;
            now.start();
            log->info("main window painted {} ms after start",
                      now.msecsSinceReference() - startedAtMs);
            log->flush(); // the start-up lines are in the file as soon as the window is
        });
        // `kill`, Ctrl+C or a closed terminal: quit as the window's Quit does.
        TerminationSignals terminationSignals;
        QObject::connect(
            &terminationSignals, &TerminationSignals::received, &window, [log](int signal) {
                log->info("{} received; quitting", TerminationSignals::name(signal).toStdString());
                QApplication::quit();
            });
        window.show();
        features.start(window);
        exitCode = QApplication::exec();
        log->info("Opsdeck exiting with code {}", exitCode);
    }
    logging::shutdown();
    return exitCode;
}

} // namespace

int run(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    qint64 startedAtMs = clock.msecsSinceReference();
    // Started by `opsdeck`, which says when it started; the variable is not for the commands
    // that runbooks run.
    bool handedOver = false;
    const qint64 launcherStartedAtMs = qgetenv(StartedAtVariable).toLongLong(&handedOver);
    if (handedOver && launcherStartedAtMs > 0 && launcherStartedAtMs <= startedAtMs) {
        startedAtMs = launcherStartedAtMs;
    }
    qunsetenv(StartedAtVariable);
    setIdentity();
    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLineResult parsed = CommandLine::parse(arguments);
    if (parsed.action == CommandLineResult::Action::Run && parsed.options.subcommand.isEmpty()) {
        return runGui(argc, argv, parsed.options, startedAtMs);
    }
    std::unique_ptr<QCoreApplication> application;
    if (parsed.action == CommandLineResult::Action::Run &&
        consoleCommands().paints(parsed.options.subcommand)) {
        // Fonts and images for documents, never a window: no display needed, whatever
        // platform the environment names (an ssh session may name one it cannot reach).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    return runHeadless(arguments, consoleCommands());
}

} // namespace opsdeck::app
