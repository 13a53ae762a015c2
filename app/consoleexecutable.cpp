#include "consoleexecutable.h"

#include "cli/console.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace opsdeck::app {

QString ConsoleExecutable::path()
{
    const QFileInfo self(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")));
    return QDir::cleanPath(self.absolutePath() + QLatin1Char('/') +
                           QStringLiteral(OPSDECK_CONSOLE_FROM_BINDIR));
}

int ConsoleExecutable::runInstead(char **argv)
{
    const QByteArray file = QFile::encodeName(path());
    ::execv(file.constData(), argv);
    const int error = errno;
    // No translator is installed yet: the few words this can say are English.
    std::fprintf(stderr, "opsdeck: cannot start the console executable %s: %s\n", file.constData(),
                 std::strerror(error));
    return cli::ExitFailure;
}

} // namespace opsdeck::app
