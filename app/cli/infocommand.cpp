#include "cli/infocommand.h"

#include "cli/console.h"
#include "common/appsettings.h"
#include "common/buildinfo.h"
#include "i18n/languagesupport.h"
#include "logging/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck::app::cli {

int runInfoCommand(const QStringList &arguments, const GlobalOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Subcommands", "Show the version and where logs, settings and "
                                                   "the workspace are kept."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("Subcommands", "Output FORMAT: text or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({help, format});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), QStringLiteral("opsdeck info --help"));
    }
    if (parser.isSet(help)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QCoreApplication::translate("Subcommands", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().first()),
                          QStringLiteral("opsdeck info --help"));
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        return usageError(QCoreApplication::translate("Subcommands",
                                                      "unknown format '%1' (expected text or json)")
                              .arg(formatName),
                          QStringLiteral("opsdeck info --help"));
    }

    const QList<QPair<QString, QString>> facts = {
        {QStringLiteral("version"), BuildInfo::version()},
        {QStringLiteral("qt"), BuildInfo::qtRuntimeVersion()},
        {QStringLiteral("workspace"), options.workspacePath},
        {QStringLiteral("log_file"), logging::logFilePath()},
        {QStringLiteral("settings_file"), openAppSettings()->fileName()},
    };
    if (formatName == QLatin1String("json")) {
        QJsonObject object;
        for (const auto &[key, value] : facts) {
            object.insert(key, value);
        }
        object.insert(QStringLiteral("languages"),
                      QJsonArray::fromStringList(LanguageSupport::available()));
        writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    for (const auto &[key, value] : facts) {
        writeOut(QStringLiteral("%1 %2\n").arg(key + QLatin1Char(':'), -15).arg(value));
    }
    return ExitOk;
}

} // namespace opsdeck::app::cli
