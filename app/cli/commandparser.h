#pragma once

#include <QCommandLineParser>

#include <optional>

namespace opsdeck::app::cli {

// The command-line handling every headless command shares: --help, --format text|json, and
// one-line usage errors that point at the command's own help.
class CommandParser {
public:
    // `name` is the command as typed after "opsdeck", e.g. "info" or "workspace".
    CommandParser(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }

    // Parses `arguments` (the command's name first). Returns an exit code when the command is
    // done already (help shown, or a usage error printed), or nothing when it should run.
    std::optional<int> parse(const QStringList &arguments);

    bool json() const { return m_json; }
    // Prints a usage error pointing at this command's help; returns the usage exit code.
    int usageError(const QString &error) const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_format;
    QString m_helpCommand;
    bool m_json = false;
};

} // namespace opsdeck::app::cli
