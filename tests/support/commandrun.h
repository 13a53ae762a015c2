#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace opsdeck::test {

// What a finished command printed and how it ended (exitCode -1: crashed or timed out).
struct CommandRun {
    int exitCode = -1;
    QString out;
    QString err;
};

struct CommandOptions {
    QString home;                       // HOME of the command
    QMap<QString, QString> environment; // set on top (e.g. DBUS_SESSION_BUS_ADDRESS, USER)
    QByteArray input;                   // written to its standard input, then closed
    QString workingDirectory;           // empty: the test's
    int timeoutMs = 60000;
};

// Runs a program as a user would from a plain terminal: no display, no proxy, no XDG folders
// but the given HOME, C.UTF-8. The child ends with the test process; one that does not finish
// in time is stopped by its process id.
CommandRun runCommand(const QString &program, const QStringList &arguments,
                      const CommandOptions &options);

} // namespace opsdeck::test
