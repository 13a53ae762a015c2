#include "headless.h"

#include "cli/console.h"
#include "cli/subcommandregistry.h"
#include "common/buildinfo.h"
#include "consoleexecutable.h"
#include "i18n/languagesupport.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif
#include <spdlog/logger.h>

namespace opsdeck::app {

void setIdentity()
{
    QCoreApplication::setApplicationName(BuildInfo::executableName());
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    QCoreApplication::setOrganizationDomain(BuildInfo::organizationDomain());
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void startLogging(const GlobalOptions &options, bool headless)
{
    logging::Config config;
    config.logDirectory = logging::defaultLogDirectory();
    config.level = options.logLevel;
    config.stderrLevel = headless && options.logLevel >= spdlog::level::info ? spdlog::level::warn
                                                                             : options.logLevel;
    const QString error = logging::initialize(config);
    logging::installQtMessageHandler();
    if (!error.isEmpty()) {
        logging::component("app")->warn("{}", error.toStdString());
    }
}

int runHeadless(const QStringList &arguments, const cli::SubcommandRegistry &commands)
{
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
    const int exitCode = commands.run(parsed.options);
    logging::shutdown();
    return exitCode;
}

namespace {

// A command runs for a moment and ends. glibc gives each freed block of 128 KiB or more (network
// pieces, blocks of printed JSON) back to the kernel at once and maps the next one afresh, and a
// run spends more time in those page faults and TLB flushes than in reading the answer
// (`opsdeck alerts`, 10,000 alerts: about a tenth of its wall time). Kept, the memory is reused.
void keepFreedMemory()
{
#ifdef __GLIBC__
    constexpr int MaxMmapThreshold = 32 * 1024 * 1024; // glibc's ceiling on 64-bit systems
    mallopt(M_MMAP_THRESHOLD, MaxMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace

int runCommandLine(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    setIdentity();
    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLineResult parsed = CommandLine::parse(arguments);
    const cli::SubcommandRegistry &commands = cli::SubcommandRegistry::standard();
    if (parsed.action == CommandLineResult::Action::Run &&
        (parsed.options.subcommand.isEmpty() || commands.paints(parsed.options.subcommand))) {
        qputenv(StartedAtVariable, QByteArray::number(started.msecsSinceReference()));
        return ConsoleExecutable::runInstead(argv);
    }
    keepFreedMemory();
    const QCoreApplication application(argc, argv);
    const int exitCode = runHeadless(arguments, commands);
    // The command has finished and said everything, and the log is flushed: the process ends
    // here instead of freeing what the command read piece by piece and joining idle threads
    // (at 10,000 alerts, 15 of the 20 ms between the last line and the exit).
    std::fflush(nullptr);
#ifdef __SANITIZE_ADDRESS__
    __lsan_do_leak_check(); // the sanitizers' leak check runs at a normal exit only
#endif
    std::_Exit(exitCode);
}

} // namespace opsdeck::app
