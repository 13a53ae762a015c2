#include "cli/runbookscommand.h"

#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/appsettings.h"
#include "model/json.h"
#include "runbooks/runbooklibrary.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace opsdeck::app::cli {

namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("RunbooksCommand", "yes")
                 : QCoreApplication::translate("RunbooksCommand", "no");
}

int listRunbooks(const RunbookLibrary &library, bool json)
{
    const QDate today = QDate::currentDate();
    const QList<Runbook> runbooks = library.runbooks();
    if (json) {
        // A summary per runbook (the keys scripts read), not the stored document.
        Json list = Json::array();
        for (const Runbook &runbook : runbooks) {
            list.push_back({
                {"title", runbook.title},
                {"key", library.keyOf(runbook)},
                {"file", runbook.sourcePath},
                {"read_only", runbook.readOnly},
                {"steps", runbook.steps.size()},
                {"owner", runbook.owner},
                {"services", runbook.services},
                {"last_reviewed", runbook.lastReviewed.toString(Qt::ISODate)},
                {"stale", RunbookLibrary::isStale(runbook, today)},
                {"alerts", runbook.alertMatchers},
            });
        }
        writeOut(QString::fromStdString(list.dump(4)) + QLatin1Char('\n'));
    } else {
        QList<QStringList> rows;
        for (const Runbook &runbook : runbooks) {
            rows.append({runbook.title, runbook.sourcePath, QString::number(runbook.steps.size()),
                         runbook.owner, yesNo(RunbookLibrary::isStale(runbook, today))});
        }
        writeOut(formatTable({QCoreApplication::translate("RunbooksCommand", "TITLE"),
                              QCoreApplication::translate("RunbooksCommand", "FILE"),
                              QCoreApplication::translate("RunbooksCommand", "STEPS"),
                              QCoreApplication::translate("RunbooksCommand", "OWNER"),
                              QCoreApplication::translate("RunbooksCommand", "STALE")},
                             rows));
    }
    if (!library.problems().isEmpty()) {
        writeErr(QCoreApplication::translate(
            "RunbooksCommand",
            "%n runbook file(s) could not be read; see 'opsdeck runbooks check'\n", nullptr,
            int(library.problems().size())));
    }
    return ExitOk;
}

int checkRunbooks(const RunbookLibrary &library)
{
    for (const RunbookProblem &problem : library.problems()) {
        writeOut(problem.toString() + QLatin1Char('\n'));
    }
    if (!library.problems().isEmpty()) {
        return ExitFailure;
    }
    writeOut(QCoreApplication::translate("RunbooksCommand", "%n runbook(s), all readable\n",
                                         nullptr, int(library.runbooks().size())));
    return ExitOk;
}

} // namespace

int runRunbooksCommand(const QStringList &arguments, const GlobalOptions &options)
{
    Q_UNUSED(options)
    CommandParser command(
        QStringLiteral("runbooks"),
        QCoreApplication::translate("RunbooksCommand",
                                    "List the runbooks of a folder (Markdown and SSM "
                                    "Automation documents), or check that every one of them "
                                    "can be read (list, check)."));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"),
        QCoreApplication::translate(
            "RunbooksCommand", "The runbook folder DIR (default: the runbooks/folder setting)."),
        QStringLiteral("DIR"));
    command.parser().addOption(folderOption);
    command.parser().addPositionalArgument(
        QStringLiteral("action"), QCoreApplication::translate("RunbooksCommand", "list or check"));
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 1 || (positional.first() != QLatin1String("list") &&
                                   positional.first() != QLatin1String("check"))) {
        return command.usageError(
            QCoreApplication::translate("RunbooksCommand", "expected 'list' or 'check'"));
    }
    QString folder = command.parser().value(folderOption);
    if (folder.isEmpty()) {
        folder = readSetting(settings::RunbooksFolder);
    }
    if (folder.isEmpty()) {
        return command.usageError(QCoreApplication::translate(
            "RunbooksCommand", "no runbook folder: give --folder DIR or set runbooks/folder"));
    }
    if (!QFileInfo(folder).isDir()) {
        writeErr(QStringLiteral("opsdeck: %1\n")
                     .arg(QCoreApplication::translate("RunbooksCommand",
                                                      "the runbook folder %1 does not exist")
                              .arg(folder)));
        return ExitFailure;
    }
    const RunbookLibrary library = RunbookLibrary::load(folder);
    if (positional.first() == QLatin1String("check")) {
        return checkRunbooks(library);
    }
    return listRunbooks(library, command.json());
}

} // namespace opsdeck::app::cli
