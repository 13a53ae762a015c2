#include "commandrun.h"

#include "childprocess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace opsdeck::test {

CommandRun runCommand(const QString &program, const QStringList &arguments,
                      const CommandOptions &options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "XDG_CONFIG_HOME",
          "XDG_DATA_HOME", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"}) {
        environment.remove(QString::fromLatin1(variable));
    }
    environment.insert(QStringLiteral("HOME"), options.home);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!options.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(options.workingDirectory);
    }
    endWithParent(process);
    process.start(program, arguments);
    process.write(options.input);
    process.closeWriteChannel();
    CommandRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        stopByProcessId(process, 2000);
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace opsdeck::test
