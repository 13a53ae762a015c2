#include "commandline.h"

#include "cli/subcommandregistry.h"
#include "common/buildinfo.h"
#include "i18n/languagesupport.h"
#include "logging/logging.h"
#include "workspace/workspacelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace opsdeck::app {
namespace {

// Options QApplication consumes itself; declared hidden so that our parser lets them through.
void addQtGuiOptions(QCommandLineParser &parser)
{
    const char *withValue[] = {"platform",        "platformpluginpath",
                               "platformtheme",   "plugin",
                               "qwindowgeometry", "qwindowicon",
                               "qwindowtitle",    "display",
                               "geometry",        "style",
                               "stylesheet",      "name",
                               "title",           "session"};
    const char *flags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    for (const char *name : withValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : flags) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

struct Options {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("CommandLine", "Show this help and exit.")};
    QCommandLineOption version{
        QStringLiteral("version"),
        QCoreApplication::translate("CommandLine", "Show the version and exit.")};
    QCommandLineOption workspace{
        QStringLiteral("workspace"),
        QCoreApplication::translate("CommandLine", "Open the workspace file PATH."),
        QStringLiteral("PATH")};
    QCommandLineOption logLevel{
        QStringLiteral("log-level"),
        QCoreApplication::translate("CommandLine", "Log at LEVEL: %1 (default: info).")
            .arg(logging::levelNames().join(QStringLiteral(", "))),
        QStringLiteral("LEVEL"), QStringLiteral("info")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Use language CODE: %1 (default: the system's language).")
            .arg(LanguageSupport::available().join(QStringLiteral(", "))),
        QStringLiteral("CODE")};
    QCommandLineOption prometheus{
        QStringLiteral("prometheus"),
        QCoreApplication::translate(
            "CommandLine", "Watch the Prometheus server at URL in this session (repeatable)."),
        QStringLiteral("URL")};
    QCommandLineOption alertmanager{
        QStringLiteral("alertmanager"),
        QCoreApplication::translate("CommandLine",
                                    "Watch the Alertmanager at URL in this session (repeatable)."),
        QStringLiteral("URL")};
    QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QCoreApplication::translate(
            "CommandLine", "Build the main window offscreen, check every view, and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {help, version, workspace, logLevel, language, prometheus, alertmanager, selfTest});
        addQtGuiOptions(parser);
        parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate("CommandLine", "Run COMMAND without opening a window."),
            QStringLiteral("[COMMAND [ARGUMENTS...]]"));
    }
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Opsdeck, the desktop operations console: alerts, incidents, runbooks, "
                       "post-mortems and maturity reviews."));
    options.addTo(parser);
}

CommandLineResult failure(const QString &error)
{
    CommandLineResult result;
    result.action = CommandLineResult::Action::Error;
    result.error = error;
    return result;
}

} // namespace

CommandLineResult CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    if (!parser.parse(arguments)) {
        return failure(parser.errorText());
    }
    CommandLineResult result;
    if (parser.isSet(options.help)) {
        result.action = CommandLineResult::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = CommandLineResult::Action::ShowVersion;
        return result;
    }
    GlobalOptions &global = result.options;

    const QString level = parser.value(options.logLevel);
    const auto parsedLevel = logging::parseLevel(level);
    if (!parsedLevel) {
        return failure(QCoreApplication::translate("CommandLine",
                                                   "unknown log level '%1' (expected one of: %2)")
                           .arg(level, logging::levelNames().join(QStringLiteral(", "))));
    }
    global.logLevel = *parsedLevel;

    if (parser.isSet(options.language)) {
        const QString code = parser.value(options.language);
        global.language = LanguageSupport::normalize(code);
        if (global.language.isEmpty()) {
            return failure(QCoreApplication::translate("CommandLine",
                                                       "unsupported language '%1' (available: %2)")
                               .arg(code, LanguageSupport::available().join(QStringLiteral(", "))));
        }
    }

    QString workspaceError;
    global.workspacePath =
        parser.isSet(options.workspace)
            ? WorkspaceLocation::resolve(parser.value(options.workspace), &workspaceError)
            : WorkspaceLocation::defaultPath();
    if (global.workspacePath.isEmpty()) {
        return failure(workspaceError);
    }

    for (const auto &[option, kind] :
         {std::pair{&options.prometheus, BackendEndpoint::Kind::Prometheus},
          std::pair{&options.alertmanager, BackendEndpoint::Kind::Alertmanager}}) {
        for (const QString &value : parser.values(*option)) {
            QString urlError;
            const QUrl url = BackendEndpoint::parseUrl(value, &urlError);
            if (!url.isValid()) {
                return failure(
                    QStringLiteral("--%1: %2").arg(option->names().constFirst(), urlError));
            }
            global.backends.append({kind, url.authority(), url});
        }
    }

    global.selfTest = parser.isSet(options.selfTest);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (global.selfTest) {
            return failure(QCoreApplication::translate(
                "CommandLine", "--self-test cannot be combined with a command"));
        }
        if (!cli::SubcommandRegistry::standard().contains(positional.first())) {
            return failure(
                QCoreApplication::translate("CommandLine", "unknown command '%1' (commands: %2)")
                    .arg(positional.first(),
                         cli::SubcommandRegistry::standard().names().join(QStringLiteral(", "))));
        }
        global.subcommand = positional.first();
        global.subcommandArguments = positional;
    }
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    QString text = parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Commands:") +
            QLatin1Char('\n');
    for (const auto &[name, summary] : cli::SubcommandRegistry::standard().summaries()) {
        text += QStringLiteral("  %1  %2\n").arg(name, -12).arg(summary);
    }
    text += QCoreApplication::translate("CommandLine",
                                        "Run 'opsdeck COMMAND --help' for a command's options.") +
            QLatin1Char('\n');
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("%1 %2 (Qt %3)\n")
        .arg(BuildInfo::executableName(), BuildInfo::version(), BuildInfo::qtRuntimeVersion());
}

QString CommandLine::languageHint(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) &&
            i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (argument.startsWith(QLatin1String("--lang="))) {
            return argument.mid(7);
        }
    }
    return {};
}

} // namespace opsdeck::app
