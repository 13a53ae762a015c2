#include "cli/console.h"

#include <QCoreApplication>

#include <cstdio>

namespace opsdeck::app::cli {
namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void writeOut(const QString &text)
{
    write(stdout, text);
}
void writeErr(const QString &text)
{
    write(stderr, text);
}

int failure(const QString &error)
{
    writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
    return ExitFailure;
}

int usageError(const QString &error, const QString &helpCommand)
{
    QString line = error.simplified();
    if (line.endsWith(QLatin1Char('.'))) {
        line.chop(1);
    }
    writeErr(QCoreApplication::translate("CommandLine", "opsdeck: %1 (see '%2')\n")
                 .arg(line, helpCommand));
    return ExitUsage;
}

} // namespace opsdeck::app::cli
