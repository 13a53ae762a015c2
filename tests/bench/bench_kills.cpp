// The kill suite: a process writing to a workspace is killed with SIGKILL at a random moment
// after its first commit, once for each round, the kinds of write taking turns (timeline notes,
// status changes, post-mortem saves and autosaves, bundle imports, search indexing). After
// each kill the workspace must pass SQLite's integrity_check and the FTS5 integrity check, and
// hold every write the process reported as committed. The seed is printed: the same seed kills
// at the same moments again.
//
//   bench_kills [--kills N] [--seed S] [--kinds note,status,...] [--max-delay MS]
#include "killedwrites.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace opsdeck::test;

namespace {

struct KindFigures {
    int kills = 0;
    int insideWrite = 0;
    qint64 commits = 0;
    qint64 checkMs = 0;
    int problems = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption killsOption(QStringLiteral("kills"), QStringLiteral("How many kills."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Seed of the kill moments (random if not given)."),
        QStringLiteral("S"));
    const QCommandLineOption kindsOption(
        QStringLiteral("kinds"), QStringLiteral("Kinds of write, comma-separated."),
        QStringLiteral("KINDS"), writeKindNames().join(QLatin1Char(',')));
    const QCommandLineOption delayOption(
        QStringLiteral("max-delay"),
        QStringLiteral("Longest wait after the first commit before the kill, in ms."),
        QStringLiteral("MS"), QStringLiteral("500"));
    parser.addOptions({killsOption, seedOption, kindsOption, delayOption});
    parser.addHelpOption();
    parser.process(app);

    const int kills = parser.value(killsOption).toInt();
    const int maxDelay = parser.value(delayOption).toInt();
    QList<WriteKind> kinds;
    for (const QString &name : parser.value(kindsOption).split(QLatin1Char(','))) {
        const std::optional<WriteKind> kind = writeKindFromName(name.trimmed());
        if (!kind) {
            std::fprintf(stderr, "--kinds: unknown kind '%s' (one of %s)\n", qPrintable(name),
                         qPrintable(writeKindNames().join(QStringLiteral(", "))));
            return 2;
        }
        kinds.append(*kind);
    }
    if (kills < 1 || maxDelay < 1) {
        std::fprintf(stderr, "--kills and --max-delay need positive whole numbers\n");
        return 2;
    }
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt()
                                                  : QRandomGenerator::system()->generate();
    QRandomGenerator random(seed);
    const QString churn =
        QCoreApplication::applicationDirPath() + QStringLiteral("/workspace_churn");
    QTemporaryDir dir;

    std::printf("%d kills, seed %u, kill 0-%d ms after the first commit\n", kills, seed, maxDelay);
    QHash<WriteKind, KindFigures> figures;
    QElapsedTimer total;
    total.start();
    int problems = 0;
    for (int round = 0; round < kills; ++round) {
        const WriteKind kind = kinds.at(round % kinds.size());
        const int delay = int(random.bounded(maxDelay));
        const QString workspace = dir.filePath(QStringLiteral("kill-%1.opsdeck").arg(round));
        const KilledWrite killed = killDuringWrites(churn, workspace, kind, delay);
        KindFigures &kindFigures = figures[kind];
        kindFigures.kills += 1;
        kindFigures.insideWrite += killed.insideWrite ? 1 : 0;
        kindFigures.commits += killed.committed;
        kindFigures.checkMs += killed.checkMs;
        if (!killed.problem.isEmpty()) {
            kindFigures.problems += 1;
            problems += 1;
            std::printf("round %d (%s, killed %d ms after the first commit): %s\n", round,
                        qPrintable(writeKindName(kind)), delay, qPrintable(killed.problem));
        }
    }
    std::printf("%-10s %6s %14s %18s %14s %9s\n", "write", "kills", "inside a write",
                "commits reported", "check ms/kill", "problems");
    for (WriteKind kind : kinds) {
        if (!figures.contains(kind)) {
            continue;
        }
        const KindFigures kindFigures = figures.take(kind);
        std::printf("%-10s %6d %14d %18lld %14lld %9d\n", qPrintable(writeKindName(kind)),
                    kindFigures.kills, kindFigures.insideWrite, kindFigures.commits,
                    kindFigures.checkMs / kindFigures.kills, kindFigures.problems);
    }
    std::printf("%d kills in %.1f s, %d with a problem\n", kills, double(total.elapsed()) / 1000.0,
                problems);
    return problems == 0 ? 0 : 1;
}
