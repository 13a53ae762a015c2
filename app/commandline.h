#pragma once

#include "model/backendendpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <spdlog/common.h>

namespace opsdeck::app {

// The options every run understands, before any subcommand.
struct GlobalOptions {
    QString workspacePath; // absolute; the default workspace when not given
    spdlog::level::level_enum logLevel = spdlog::level::info;
    QString language; // empty: follow the system locale
    bool selfTest = false;
    QList<BackendEndpoint> backends; // --prometheus / --alertmanager, for this session
    QString subcommand;              // empty: open the console window
    QStringList subcommandArguments; // the subcommand's name first, then its own arguments
};

// What to do after reading the command line.
struct CommandLineResult {
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    GlobalOptions options;
    QString error; // one line, for Action::Error
};

// Reads argv. Pure: needs no QCoreApplication, so the right kind of application object
// (console or GUI) can be created afterwards. Qt's own GUI options (-platform, -style ...)
// are accepted and left for QApplication.
class CommandLine {
public:
    static CommandLineResult parse(const QStringList &arguments);

    // Usage text; translated when a translator is installed.
    static QString helpText();
    static QString versionText();

    // Only --lang's value, found without a full parse (to translate the parse's own messages).
    static QString languageHint(const QStringList &arguments);
};

} // namespace opsdeck::app
