// The command line: its own file because it links the app layer (the subcommands' names).
#include "commandline.h"

#include <QByteArray>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace opsdeck::fuzz {

// The bytes are the arguments after "opsdeck", one a line.
int commandLine(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{QStringLiteral("opsdeck")};
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : bytes.split('\n')) {
        arguments.append(QString::fromUtf8(line));
    }
    const app::CommandLineResult result = app::CommandLine::parse(arguments);
    if (result.action == app::CommandLineResult::Action::Error && result.error.isEmpty()) {
        std::fprintf(stderr, "command_line: refused without a message\n");
        std::abort();
    }
    static_cast<void>(app::CommandLine::languageHint(arguments));
    return 0;
}

} // namespace opsdeck::fuzz
