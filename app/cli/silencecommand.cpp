#include "cli/silencecommand.h"

#include "alarms/alertfilter.h"
#include "alarms/silenceparser.h"
#include "backends/backendclient.h"
#include "cli/backendtargets.h"
#include "cli/clioutput.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "common/duration.h"
#include "model/json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace opsdeck::app::cli {
namespace {

using EachAnswer = std::function<void(const BackendTarget &, const HttpAnswer &)>;

// Sends one request to every target at once; `each` sees every answer, `done` runs after the
// last one.
void sendToAll(QObject *owner, const QList<BackendTarget> &targets, const QByteArray &method,
               const QString &path, const QByteArray &body, const EachAnswer &each,
               const std::function<void()> &done)
{
    auto remaining = std::make_shared<qsizetype>(targets.size());
    if (targets.isEmpty()) {
        done();
        return;
    }
    for (const BackendTarget &target : targets) {
        auto *client = new BackendClient(target.definition, target.secret, owner);
        const auto answered = [target, each, done, remaining](const HttpAnswer &answer) {
            each(target, answer);
            if (--*remaining == 0) {
                done();
            }
        };
        if (method == "GET") {
            client->get(path, answered);
        } else {
            client->send(method, path, body, answered);
        }
    }
}

QJsonObject silenceJson(const Silence &silence)
{
    return {{QStringLiteral("id"), silence.id},
            {QStringLiteral("matchers"), SilenceParser::matchersJson(silence)},
            {QStringLiteral("startsAt"), toIsoUtc(silence.startsAt)},
            {QStringLiteral("endsAt"), toIsoUtc(silence.endsAt)},
            {QStringLiteral("createdBy"), silence.createdBy},
            {QStringLiteral("comment"), silence.comment},
            {QStringLiteral("state"), Silence::stateNames().at(int(silence.state))},
            {QStringLiteral("sources"), QJsonArray::fromStringList(silence.sources)}};
}

void printSilences(const QList<Silence> &silences, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Silence &silence : silences) {
            array.append(silenceJson(silence));
        }
        writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
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

QString describeFailure(const BackendTarget &target, const QString &error)
{
    return QStringLiteral("%1: %2").arg(BackendTargets::describe(target.definition), error);
}

// Loads the targets' secrets, then runs `work`; secret errors are printed and count as failures.
int withTargets(
    BackendTargets &targets,
    const std::function<void(const std::function<void(int)> &finish, bool failed)> &work)
{
    return runInMainLoop([&targets, work](const std::function<void(int)> &finish) {
        targets.loadSecrets([work, finish](const QStringList &errors) {
            for (const QString &error : errors) {
                writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
            }
            work(finish, !errors.isEmpty());
        });
    });
}

int add(BackendTargets &targets, const Silence &silence, bool json)
{
    QObject owner;
    return withTargets(targets, [&owner, &targets, silence,
                                 json](const std::function<void(int)> &finish, bool failedBefore) {
        auto ids = std::make_shared<QStringList>();
        auto failed = std::make_shared<bool>(failedBefore);
        sendToAll(
            &owner, targets.targets(), "POST", QStringLiteral("api/v2/silences"),
            SilenceParser::toApiJson(silence),
            [ids, failed](const BackendTarget &target, const HttpAnswer &answer) {
                QString error = answer.error;
                const QString id =
                    answer.ok() ? SilenceParser::createdId(answer.body, &error) : QString();
                if (!error.isEmpty()) {
                    writeErr(QStringLiteral("opsdeck: %1\n").arg(describeFailure(target, error)));
                    *failed = true;
                } else if (!ids->contains(id)) {
                    ids->append(id);
                }
            },
            [ids, failed, json, finish] {
                if (json) {
                    writeOut(QString::fromUtf8(
                                 QJsonDocument(QJsonObject{{QStringLiteral("ids"),
                                                            QJsonArray::fromStringList(*ids)}})
                                     .toJson(QJsonDocument::Compact)) +
                             QLatin1Char('\n'));
                } else if (!ids->isEmpty()) {
                    writeOut(ids->join(QLatin1Char('\n')) + QLatin1Char('\n'));
                }
                finish(*failed || ids->isEmpty() ? ExitFailure : ExitOk);
            });
    });
}

int list(BackendTargets &targets, bool expired, bool json)
{
    QObject owner;
    return withTargets(targets, [&owner, &targets, expired,
                                 json](const std::function<void(int)> &finish, bool failedBefore) {
        auto perBackend = std::make_shared<QList<QList<Silence>>>();
        auto failed = std::make_shared<bool>(failedBefore);
        sendToAll(
            &owner, targets.targets(), "GET", QStringLiteral("api/v2/silences"), {},
            [perBackend, failed](const BackendTarget &target, const HttpAnswer &answer) {
                ParsedSilences parsed;
                if (answer.ok()) {
                    parsed = SilenceParser::parse(answer.body, target.definition.name);
                }
                const QString error = answer.ok() ? parsed.error : answer.error;
                if (!error.isEmpty()) {
                    writeErr(QStringLiteral("opsdeck: %1\n").arg(describeFailure(target, error)));
                    *failed = true;
                    return;
                }
                perBackend->append(parsed.silences);
            },
            [perBackend, failed, expired, json, finish] {
                QList<Silence> silences = SilenceParser::merge(*perBackend);
                silences.removeIf([expired](const Silence &silence) {
                    return (silence.state == Silence::State::Expired) != expired;
                });
                printSilences(silences, json);
                finish(*failed ? ExitFailure : ExitOk);
            });
    });
}

int expire(BackendTargets &targets, const QString &id)
{
    QObject owner;
    return withTargets(targets, [&owner, &targets, id](const std::function<void(int)> &finish,
                                                       bool failedBefore) {
        auto errors = std::make_shared<QStringList>();
        auto expiredSomewhere = std::make_shared<bool>(false);
        sendToAll(
            &owner, targets.targets(), "DELETE",
            QStringLiteral("api/v2/silence/%1")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
            {},
            [errors, expiredSomewhere](const BackendTarget &target, const HttpAnswer &answer) {
                if (answer.ok()) {
                    *expiredSomewhere = true;
                } else {
                    errors->append(describeFailure(target, answer.error));
                }
            },
            [errors, expiredSomewhere, id, failedBefore, finish] {
                // In a cluster one Alertmanager expiring it is enough; the others follow.
                if (*expiredSomewhere) {
                    writeOut(QCoreApplication::translate("SilenceCommand", "Expired silence %1.\n")
                                 .arg(id));
                    finish(failedBefore ? ExitFailure : ExitOk);
                    return;
                }
                writeErr(QCoreApplication::translate("SilenceCommand",
                                                     "opsdeck: silence %1 was not expired: %2\n")
                             .arg(id, errors->join(QStringLiteral("; "))));
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
            "Add, list and expire Alertmanager silences. Without --alertmanager or --backend, "
            "'add' uses the first configured Alertmanager (its cluster spreads the silence); "
            "'list' and 'expire' use all of them."));
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
                         QStringLiteral("alertmanager"), &error, &exitCode)) {
        if (exitCode == ExitUsage) {
            return command.usageError(error);
        }
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
        return exitCode;
    }
    if (adding) {
        // Nothing named: one Alertmanager, as in a cluster the others learn it by gossip.
        const bool named = !adHoc.isEmpty() || !parser.values(backend).isEmpty();
        if (!named) {
            targets.keepFirst();
        }
        return add(targets, silence, command.json());
    }
    if (listing) {
        return list(targets, parser.isSet(expired), command.json());
    }
    return expire(targets, positional.at(1));
}

} // namespace opsdeck::app::cli
