#include "cli/commandparser.h"

#include "cli/console.h"

#include <QCoreApplication>

namespace opsdeck::app::cli {

CommandParser::CommandParser(const QString &name, const QString &description)
    : m_help({QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("CommandLine", "Show this help and exit."))
    , m_format(QStringLiteral("format"),
               QCoreApplication::translate("Subcommands", "Output FORMAT: text or json."),
               QStringLiteral("FORMAT"), QStringLiteral("text"))
    , m_helpCommand(QStringLiteral("opsdeck %1 --help").arg(name))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOptions({m_help, m_format});
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    // QCommandLineParser takes the first argument for the program's name: here the command's.
    if (!m_parser.parse(arguments)) {
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        writeOut(m_parser.helpText());
        return ExitOk;
    }
    const QString format = m_parser.value(m_format);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usageError(QCoreApplication::translate("Subcommands",
                                                      "unknown format '%1' (expected text or json)")
                              .arg(format));
    }
    m_json = format == QLatin1String("json");
    return std::nullopt;
}

int CommandParser::usageError(const QString &error) const
{
    return cli::usageError(error, m_helpCommand);
}

} // namespace opsdeck::app::cli
