#pragma once

class QProcess;

namespace opsdeck::test {

// Makes the kernel end the child (SIGTERM) if the test process dies first. Call before start().
void endWithParent(QProcess &process);

// Stops a child by its process id: SIGTERM, then SIGKILL if it is still there after `graceMs`.
void stopByProcessId(QProcess &process, int graceMs = 10000);

} // namespace opsdeck::test
