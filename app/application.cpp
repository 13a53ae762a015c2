#include "application.h"

#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/subcommandregistry.h"
#include "commandline.h"
#include "common/buildinfo.h"
#include "common/icons.h"
#include "common/terminationsignals.h"
#include "consolefeatures.h"
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

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(BuildInfo::executableName());
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    QCoreApplication::setOrganizationDomain(BuildInfo::organizationDomain());
}

void startLogging(const GlobalOptions &options, bool headless)
{
    logging::Config config;
    config.logDirectory = logging::defaultLogDirectory();
    config.level = options.logLevel;
    // A headless command keeps the terminal for its output: only warnings go to stderr
    // unless the user asked for more detail.
    config.stderrLevel = headless && options.logLevel >= spdlog::level::info ? spdlog::level::warn
                                                                             : options.logLevel;
    const QString error = logging::initialize(config);
    logging::installQtMessageHandler();
    if (!error.isEmpty()) {
        logging::component("app")->warn("{}", error.toStdString());
    }
}

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

// Help, version, bad arguments and headless commands: no window, no display needed.
int runConsole(int argc, char **argv, const QStringList &arguments, bool paints)
{
    std::unique_ptr<QCoreApplication> application;
    if (paints) {
        // Fonts and images for documents, never a window: no display needed, whatever
        // platform the environment names (an ssh session may name one it cannot reach).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    LanguageSupport::install(CommandLine::languageHint(arguments));
    // Parsed again now that translators are installed, so its messages are in the user's language.
    const CommandLineResult parsed = CommandLine::parse(arguments);
    switch (parsed.action) {
    case CommandLineResult::Action::ShowHelp:
        cli::writeOut(CommandLine::helpText());
        return cli::ExitOk;
    case CommandLineResult::Action::ShowVersion:
        cli::writeOut(CommandLine::versionText());
        return cli::ExitOk;
    case CommandLineResult::Action::Error:
        return cli::usageError(parsed.error);
    case CommandLineResult::Action::Run:
        break;
    }
    startLogging(parsed.options, true);
    const int exitCode = cli::SubcommandRegistry::standard().run(parsed.options);
    logging::shutdown();
    return exitCode;
}

int runGui(int argc, char **argv, const GlobalOptions &options, const QElapsedTimer &sinceStart)
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
        FirstPaintWatcher firstPaint(&window, [log, sinceStart] {
            log->info("main window painted {} ms after start", sinceStart.elapsed());
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
    QElapsedTimer sinceStart;
    sinceStart.start();
    setIdentity();
    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLineResult parsed = CommandLine::parse(arguments);
    if (parsed.action == CommandLineResult::Action::Run && parsed.options.subcommand.isEmpty()) {
        return runGui(argc, argv, parsed.options, sinceStart);
    }
    return runConsole(argc, argv, arguments,
                      parsed.action == CommandLineResult::Action::Run &&
                          cli::SubcommandRegistry::standard().paints(parsed.options.subcommand));
}

} // namespace opsdeck::app
