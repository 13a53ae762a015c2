#pragma once

#include <QCommandLineParser>

#include <optional>

namespace opsdeck::app::cli {

// The command-line handling every headless command shares: --help, --format text|json, and
// one-line usage errors that point at the command's own help.
class CommandParser {
public:
    // `name` is the command as typed after "opsdeck", e.g. "info" or "workspace". `formats`
    // are the values --format takes, the first being the default.
    CommandParser(const QString &name, const QString &description,
                  const QStringList &formats = {QStringLiteral("text"), QStringLiteral("json")});

    QCommandLineParser &parser() { return m_parser; }

    // Parses `arguments` (the command's name first). Returns an exit code when the command is
    // done already (help shown, or a usage error printed), or nothing when it should run.
    std::optional<int> parse(const QStringList &arguments);

    bool json() const { return m_json; }
    QString format() const { return m_parser.value(m_format); }
    bool formatGiven() const { return m_parser.isSet(m_format); }
    // Prints a usage error pointing at this command's help; returns the usage exit code.
    int usageError(const QString &error) const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_format;
    QString m_helpCommand;
    QStringList m_formats;
    bool m_json = false;
};

} // namespace opsdeck::app::cli
