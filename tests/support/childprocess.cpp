#include "childprocess.h"

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace opsdeck::test {

void endWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

void stopByProcessId(QProcess &process, int graceMs)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.terminate(); // SIGTERM to this process id
    if (!process.waitForFinished(graceMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace opsdeck::test
