#include "application.h"

#include "alarms/alarmnotifier.h"
#include "alarms/alarmservice.h"
#include "backends/backendconfiguration.h"
#include "backendwiring.h"
#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/subcommandregistry.h"
#include "commandline.h"
#include "common/buildinfo.h"
#include "i18n/languagesupport.h"
#include "incidentwiring.h"
#include "logging/logging.h"
#include "metrics/metricqueryservice.h"
#include "postmortemwiring.h"
#include "secrets/secretstore.h"
#include "shell/icons.h"
#include "shell/mainwindow.h"
#include "shell/selftest.h"
#include "shell/viewregistry.h"
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

    const ui::ViewRegistry views = ui::ViewRegistry::standard();
    ui::MainWindowContext context{options.workspacePath, logging::logFilePath(), {}};
    int exitCode = cli::ExitOk;
    if (options.selfTest) {
        const ui::SelfTestResult result = ui::runSelfTest(views, context);
        for (const QString &line : result.passed) {
            log->debug("self-test ok: {}", line.toStdString());
        }
        for (const QString &line : result.failures) {
            cli::writeOut(QStringLiteral("FAILED  %1\n").arg(line));
        }
        cli::writeOut(QStringLiteral("self-test: %1 passed, %2 failed\n")
                          .arg(result.passed.size())
                          .arg(result.failures.size()));
        exitCode = result.ok() ? cli::ExitOk : cli::ExitFailure;
    } else {
        QString workspaceError;
        const std::unique_ptr<WorkspaceStore> workspace =
            WorkspaceStore::open(options.workspacePath, &workspaceError);
        if (!workspace) {
            log->error("{}", workspaceError.toStdString());
            return showStartupError(workspaceError);
        }
        SecretStore secrets(BuildInfo::organizationDomain());
        BackendConfiguration configuration(*workspace, secrets);
        AlarmService alarms;
        context.views.alarms = &alarms;
        if (options.backends.isEmpty()) {
            context.views.backendConfiguration = &configuration;
        }
        context.views.workspacePath = options.workspacePath;
        MetricQueryService metrics;
        context.views.metrics = &metrics;
        IncidentWiring incidents(*workspace, alarms, cli::loginUserName());
        incidents.provide(context.views);
        PostMortemWiring postMortems(*workspace);
        postMortems.provide(context.views);
        ui::MainWindow window(views, context);
        FirstPaintWatcher firstPaint(&window, [log, sinceStart] {
            log->info("main window painted {} ms after start", sinceStart.elapsed());
        });
        window.show();
        const ui::AlarmNotifier notifier(&alarms, &window);
        incidents.start();
        postMortems.start(window);
        // Polling starts once the window is up: the first paint never waits for the network.
        if (options.backends.isEmpty()) {
            followConfiguration(alarms, configuration, &metrics);
        } else {
            alarms.setBackends(sessionBackends(options.backends));
            metrics.setBackends(sessionBackends(options.backends));
            alarms.start();
        }
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
