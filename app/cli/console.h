#pragma once

#include <QString>

namespace opsdeck::app::cli {

// Text for the terminal, UTF-8.
void writeOut(const QString &text);
void writeErr(const QString &text);

// Exit codes of every command: 0 done, 1 it failed (said why), 2 the command line was wrong.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Prints "opsdeck: <error>" on one line and returns ExitFailure.
int failure(const QString &error);

// Prints "opsdeck: <error> (see 'opsdeck --help')" on one line and returns ExitUsage.
int usageError(const QString &error, const QString &helpCommand = QStringLiteral("opsdeck --help"));

} // namespace opsdeck::app::cli
