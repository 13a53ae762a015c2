#include "cli/infocommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/appsettings.h"
#include "common/buildinfo.h"
#include "i18n/languagesupport.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
