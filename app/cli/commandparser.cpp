#include "cli/commandparser.h"

#include "cli/console.h"

#include <QCoreApplication>

namespace opsdeck::app::cli {
namespace {

// "text or json", "text, json or grafana".
QString alternatives(const QStringList &values)
{
    if (values.size() < 2) {
        return values.value(0);
    }
    return QCoreApplication::translate("Subcommands", "%1 or %2")
        .arg(values.first(values.size() - 1).join(QLatin1String(", ")), values.constLast());
}

} // namespace

CommandParser::CommandParser(const QString &name, const QString &description,
                             const QStringList &formats)
    : m_help({QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("CommandLine", "Show this help and exit."))
    , m_format(QStringLiteral("format"),
               QCoreApplication::translate("Subcommands", "Output FORMAT: %1.")
                   .arg(alternatives(formats)),
               QStringLiteral("FORMAT"), formats.value(0))
    , m_helpCommand(QStringLiteral("opsdeck %1 --help").arg(name))
    , m_formats(formats)
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
    if (!m_formats.contains(format)) {
        return usageError(
            QCoreApplication::translate("Subcommands", "unknown format '%1' (expected %2)")
                .arg(format, alternatives(m_formats)));
    }
    m_json = format == QLatin1String("json");
    return std::nullopt;
}

int CommandParser::usageError(const QString &error) const
{
    return cli::usageError(error, m_helpCommand);
}

} // namespace opsdeck::app::cli
