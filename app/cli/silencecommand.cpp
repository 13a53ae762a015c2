#include "cli/silencecommand.h"

#include "alarms/alarmclient.h"
#include "alarms/alertfilter.h"
#include "cli/backendtargets.h"
#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/duration.h"
#include "model/json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace opsdeck::app::cli {
namespace {

// The model's JSON, with the Alertmanagers that hold each silence.
Json silenceJson(const Silence &silence)
{
    Json json = silence.toJson();
    json["sources"] = silence.sources;
    return json;
}

void printSilences(const QList<Silence> &silences, bool json)
{
    if (json) {
        Json array = Json::array();
        for (const Silence &silence : silences) {
            array.push_back(silenceJson(silence));
        }
        writeOut(QString::fromStdString(array.dump(2)) + QLatin1Char('\n'));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    for (const Silence &silence : silences) {
        const qint64 left = now.secsTo(silence.endsAt);
        rows.append(
            {silence.id, silenceMatchersText(silence, QStringLiteral(" ")),
             Silence::stateNames().at(int(silence.state)),
             left > 0
                 ? QCoreApplication::translate("SilenceCommand", "in %1").arg(formatDuration(left))
                 : QCoreApplication::translate("SilenceCommand", "%1 ago")
                       .arg(formatDuration(-left)),
             silence.createdBy, silence.comment.simplified(),
             silence.sources.join(QLatin1Char(','))});
    }
    writeOut(formatTable({QCoreApplication::translate("SilenceCommand", "ID"),
                          QCoreApplication::translate("SilenceCommand", "MATCHERS"),
                          QCoreApplication::translate("SilenceCommand", "STATE"),
                          QCoreApplication::translate("SilenceCommand", "ENDS"),
                          QCoreApplication::translate("SilenceCommand", "CREATED BY"),
                          QCoreApplication::translate("SilenceCommand", "COMMENT"),
                          QCoreApplication::translate("SilenceCommand", "SOURCES")},
                         rows));
}

void printErrors(const QStringList &errors)
{
    for (const QString &error : errors) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
    }
}

// Loads the targets' secrets, then runs `work` with a client for them; secret errors are
// printed and count as failures.
int withClient(BackendTargets &targets,
               const std::function<void(AlarmClient &client, const std::function<void(int)> &finish,
                                        bool failed)> &work)
{
    std::unique_ptr<AlarmClient> client;
    return runInMainLoop([&targets, &client, work](const std::function<void(int)> &finish) {
        targets.loadSecrets([&targets, &client, work, finish](const QStringList &errors) {
            printErrors(errors);
            client = std::make_unique<AlarmClient>(targets.targets());
            work(*client, finish, !errors.isEmpty());
        });
    });
}

// A change is printed with what was left out (unreachable members of a cluster that took it):
// the silence exists, but a script is told that not every Alertmanager answered.
int finishChange(const SilenceChange &change, bool failedBefore)
{
    printErrors(change.unreachable);
    printErrors(change.errors);
    return change.ok() && change.unreachable.isEmpty() && !failedBefore ? ExitOk : ExitFailure;
}

int add(BackendTargets &targets, const Silence &silence, bool json)
{
    return withClient(targets, [silence, json](AlarmClient &client,
                                               const std::function<void(int)> &finish,
                                               bool failedBefore) {
        client.createSilence(silence, [json, finish, failedBefore](const SilenceChange &change) {
            if (json) {
                writeOut(QString::fromStdString(Json{{"ids", change.ids}}.dump()) +
                         QLatin1Char('\n'));
            } else if (!change.ids.isEmpty()) {
                writeOut(change.ids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
            }
            finish(finishChange(change, failedBefore));
        });
    });
}

int list(BackendTargets &targets, bool expired, bool json)
{
    return withClient(targets, [expired, json](AlarmClient &client,
                                               const std::function<void(int)> &finish,
                                               bool failedBefore) {
        client.fetchSilences([expired, json, finish, failedBefore](const FetchedSilences &fetched) {
            printErrors(fetched.errors);
            QList<Silence> silences = fetched.silences;
            silences.removeIf([expired](const Silence &silence) {
                return (silence.state == Silence::State::Expired) != expired;
            });
            printSilences(silences, json);
            finish(failedBefore || !fetched.errors.isEmpty() ? ExitFailure : ExitOk);
        });
    });
}

int expire(BackendTargets &targets, const QString &id)
{
    return withClient(targets, [id](AlarmClient &client, const std::function<void(int)> &finish,
                                    bool failedBefore) {
        client.expireSilence(id, {}, [id, finish, failedBefore](const SilenceChange &change) {
            if (change.ok()) {
                writeOut(
                    QCoreApplication::translate("SilenceCommand", "Expired silence %1.\n").arg(id));
                finish(finishChange(change, failedBefore));
                return;
            }
            writeErr(QCoreApplication::translate("SilenceCommand",
                                                 "opsdeck: silence %1 was not expired: %2\n")
                         .arg(id, (change.errors + change.unreachable).join(QStringLiteral("; "))));
            finish(ExitFailure);
        });
    });
}

} // namespace

int runSilenceCommand(const QStringList &arguments, const GlobalOptions &options)
{
    CommandParser command(
        QStringLiteral("silence"),
        QCoreApplication::translate(
            "SilenceCommand",
            "Add, list and expire Alertmanager silences on the Alertmanagers given with "
            "--alertmanager or --backend, or else on every configured one. Of the members of one "
            "cluster only one gets a new silence, and one holding it an expiry; the cluster "
            "spreads it."));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QCoreApplication::translate("SilenceCommand",
                                    "How long the silence lasts from now: 15m, 1h, 4h, 2d."),
        QStringLiteral("DURATION"));
    const QCommandLineOption comment(
        QStringLiteral("comment"),
        QCoreApplication::translate("SilenceCommand", "Why the alerts are silenced."),
        QStringLiteral("TEXT"));
    const QCommandLineOption author(
        QStringLiteral("author"),
        QCoreApplication::translate("SilenceCommand", "Who silences (default: your login name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption alertmanager(
        QStringLiteral("alertmanager"),
        QCoreApplication::translate("SilenceCommand", "Use the Alertmanager at URL."),
        QStringLiteral("URL"));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        QCoreApplication::translate("SilenceCommand", "Use the configured Alertmanager NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption expired(
        QStringLiteral("expired"),
        QCoreApplication::translate("SilenceCommand",
                                    "List expired silences instead of active and pending ones."));
    command.parser().addOptions({duration, comment, author, alertmanager, backend, expired});
    command.parser().addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("SilenceCommand",
                                    "add MATCHER... --duration D, list, or expire ID."),
        QStringLiteral("add MATCHER...|list|expire ID"));
    if (const auto done = command.parse(acceptTableFormat(arguments))) {
        return *done;
    }
    const QCommandLineParser &parser = command.parser();
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool adding = action == QLatin1String("add");
    const bool listing = action == QLatin1String("list");
    const bool expiring = action == QLatin1String("expire");
    if (!adding && !listing && !expiring) {
        return command.usageError(
            action.isEmpty()
                ? QCoreApplication::translate("SilenceCommand",
                                              "silence needs an action: add, list or expire")
                : QCoreApplication::translate("SilenceCommand",
                                              "unknown action '%1' (expected add, list or expire)")
                      .arg(action));
    }
    if (listing && positional.size() != 1) {
        return command.usageError(QCoreApplication::translate(
            "SilenceCommand", "'silence list' takes no further arguments"));
    }
    if (expiring && positional.size() != 2) {
        return command.usageError(QCoreApplication::translate(
            "SilenceCommand", "'silence expire' needs exactly one silence ID"));
    }
    if (!adding) {
        for (const QCommandLineOption *option : {&duration, &comment, &author}) {
            if (parser.isSet(*option)) {
                return command.usageError(
                    QCoreApplication::translate("SilenceCommand", "--%1 is only for 'silence add'")
                        .arg(option->names().constFirst()));
            }
        }
    }
    if (!listing && parser.isSet(expired)) {
        return command.usageError(
            QCoreApplication::translate("SilenceCommand", "--expired is only for 'silence list'"));
    }

    Silence silence;
    if (adding) {
        const QString text = positional.mid(1).join(QLatin1Char(' '));
        if (text.trimmed().isEmpty()) {
            return command.usageError(QCoreApplication::translate(
                "SilenceCommand",
                "'silence add' needs at least one MATCHER, e.g. alertname=DiskFull"));
        }
        FilterError matcherError;
        const QList<LabelMatcher> matchers = AlertFilter::parseMatchers(text, &matcherError);
        if (!matcherError.isEmpty()) {
            return command.usageError(
                QCoreApplication::translate("SilenceCommand", "matchers '%1', column %2: %3")
                    .arg(text)
                    .arg(matcherError.column)
                    .arg(matcherError.message));
        }
        if (!parser.isSet(duration)) {
            return command.usageError(QCoreApplication::translate(
                "SilenceCommand", "'silence add' needs --duration, e.g. --duration 1h"));
        }
        QString durationError;
        const auto seconds = parseDuration(parser.value(duration), &durationError);
        if (!seconds) {
            return command.usageError(QStringLiteral("--duration: %1").arg(durationError));
        }
        for (const LabelMatcher &matcher : matchers) {
            silence.matchers.append(matcher.toSilenceMatcher());
        }
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(*seconds);
        silence.createdBy = parser.isSet(author) ? parser.value(author) : loginUserName();
        silence.comment = parser.isSet(comment)
                              ? parser.value(comment)
                              : QCoreApplication::translate("SilenceCommand",
                                                            "Silenced with 'opsdeck silence add'.");
        if (silence.createdBy.trimmed().isEmpty() || silence.comment.trimmed().isEmpty()) {
            return command.usageError(QCoreApplication::translate(
                "SilenceCommand", "a silence needs an author and a comment"));
        }
    }

    QList<BackendEndpoint> adHoc;
    for (const QString &value : parser.values(alertmanager)) {
        QString urlError;
        const QUrl url = BackendEndpoint::parseUrl(value, &urlError);
        if (!url.isValid()) {
            return command.usageError(QStringLiteral("--alertmanager: %1").arg(urlError));
        }
        adHoc.append({BackendEndpoint::Kind::Alertmanager, url.authority(), url});
    }
    for (const BackendEndpoint &endpoint : options.backends) {
        if (endpoint.kind == BackendEndpoint::Kind::Alertmanager) {
            adHoc.append(endpoint);
        }
    }
    BackendTargets targets;
    QString error;
    int exitCode = ExitOk;
    if (!targets.resolve(parser.values(backend), adHoc, options.workspacePath,
                         BackendKind::Alertmanager, &error, &exitCode)) {
        if (exitCode == ExitUsage) {
            return command.usageError(error);
        }
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return exitCode;
    }
    if (adding) {
        return add(targets, silence, command.json());
    }
    if (listing) {
        return list(targets, parser.isSet(expired), command.json());
    }
    return expire(targets, positional.at(1));
}

} // namespace opsdeck::app::cli
