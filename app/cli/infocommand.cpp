#include "cli/infocommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/appsettings.h"
#include "common/buildinfo.h"
#include "i18n/languagesupport.h"
#include "logging/logging.h"
#include "model/json.h"

#include <QCoreApplication>

namespace opsdeck::app::cli {

int runInfoCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(QStringLiteral("info"),
                          QCoreApplication::translate("Subcommands",
                                                      "Show the version and where logs, settings "
                                                      "and the workspace are kept."));
    if (const auto done = command.parse(arguments)) {
        return *done;
    }
    if (!command.parser().positionalArguments().isEmpty()) {
        return command.usageError(
            QCoreApplication::translate("Subcommands", "unexpected argument '%1'")
                .arg(command.parser().positionalArguments().first()));
    }

    const QList<QPair<QString, QString>> facts = {
        {QStringLiteral("version"), BuildInfo::version()},
        {QStringLiteral("qt"), BuildInfo::qtRuntimeVersion()},
        {QStringLiteral("workspace"), options.workspacePath},
        {QStringLiteral("log_file"), logging::logFilePath()},
        {QStringLiteral("settings_file"), openAppSettings()->fileName()},
    };
    if (command.json()) {
        Json object = Json::object();
        for (const auto &[key, value] : facts) {
            object[key.toStdString()] = value;
        }
        object["languages"] = LanguageSupport::available();
        writeOut(QString::fromStdString(object.dump(4)) + QLatin1Char('\n'));
        return ExitOk;
    }
    for (const auto &[key, value] : facts) {
        writeOut(QStringLiteral("%1 %2\n").arg(key + QLatin1Char(':'), -15).arg(value));
    }
    return ExitOk;
}

} // namespace opsdeck::app::cli
