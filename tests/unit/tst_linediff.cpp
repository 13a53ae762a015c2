#include "common/linediff.h"
#include "testhome.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace opsdeck;

namespace {

using Kind = LineDiff::Kind;

// The lines a diff keeps from one side: Same and Removed for the first, Same and Added for the
// second.
QStringList side(const QList<LineDiff::Line> &diff, Kind other)
{
    QStringList lines;
    for (const LineDiff::Line &line : diff) {
        if (line.kind != other) {
            lines.append(line.text);
        }
    }
    return lines;
}

// The textbook LCS length, to check that the diff keeps as many lines as possible.
qsizetype lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<qsizetype>> table(std::size_t(a.size() + 1),
                                              std::vector<qsizetype>(std::size_t(b.size() + 1)));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            auto &cell = table[std::size_t(i)][std::size_t(j)];
            cell = a.at(i - 1) == b.at(j - 1) ? table[std::size_t(i - 1)][std::size_t(j - 1)] + 1
                                              : std::max(table[std::size_t(i - 1)][std::size_t(j)],
                                                         table[std::size_t(i)][std::size_t(j - 1)]);
        }
    }
    return table[std::size_t(a.size())][std::size_t(b.size())];
}

QStringList numbered(int count, const QString &prefix)
{
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines.append(QStringLiteral("%1 line %2").arg(prefix).arg(i));
    }
    return lines;
}

void checkDiff(const QStringList &a, const QStringList &b)
{
    const QList<LineDiff::Line> diff = LineDiff::compute(a, b);
    QCOMPARE(side(diff, Kind::Added), a);
    QCOMPARE(side(diff, Kind::Removed), b);
    QCOMPARE(LineDiff::countOf(diff, Kind::Same), lcsLength(a, b));
}

} // namespace

// Line diffs for comparing post-mortem versions.
class LineDiffTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anEditShowsAsRemovedThenAdded()
    {
        const QStringList a{QStringLiteral("# Title"), QStringLiteral("old words"),
                            QStringLiteral("kept")};
        const QStringList b{QStringLiteral("# Title"), QStringLiteral("new words"),
                            QStringLiteral("kept"), QStringLiteral("appended")};
        const QList<LineDiff::Line> expected{{Kind::Same, QStringLiteral("# Title")},
                                             {Kind::Removed, QStringLiteral("old words")},
                                             {Kind::Added, QStringLiteral("new words")},
                                             {Kind::Same, QStringLiteral("kept")},
                                             {Kind::Added, QStringLiteral("appended")}};
        QCOMPARE(LineDiff::compute(a, b), expected);
    }

    void emptyTexts()
    {
        QVERIFY(LineDiff::compute({}, {}).isEmpty());
        const QStringList lines{QStringLiteral("a"), QStringLiteral("b")};
        const QList<LineDiff::Line> added = LineDiff::compute({}, lines);
        QCOMPARE(LineDiff::countOf(added, Kind::Added), 2);
        QCOMPARE(side(added, Kind::Removed), lines);
        const QList<LineDiff::Line> removed = LineDiff::compute(lines, {});
        QCOMPARE(LineDiff::countOf(removed, Kind::Removed), 2);
        QCOMPARE(LineDiff::countOf(LineDiff::compute(lines, lines), Kind::Same), 2);
    }

    void aRemovedStretchInsideRepeatedLines()
    {
        // Blank lines repeat: the diff still keeps every one it can.
        const QStringList a{QStringLiteral("a"), QString(),           QStringLiteral("b"),
                            QString(),           QStringLiteral("c"), QString()};
        const QStringList b{QStringLiteral("a"), QString(), QStringLiteral("c"), QString()};
        const QList<LineDiff::Line> diff = LineDiff::compute(a, b);
        QCOMPARE(LineDiff::countOf(diff, Kind::Removed), 2);
        QCOMPARE(LineDiff::countOf(diff, Kind::Added), 0);
        checkDiff(a, b);
    }

    void randomTextsKeepTheLongestCommonLines()
    {
        // Small alphabets make many repeats; widths around 64 cross word boundaries.
        QRandomGenerator random(20261121);
        for (int round = 0; round < 300; ++round) {
            const int alphabet = 1 + random.bounded(6);
            QStringList a;
            QStringList b;
            const int n = random.bounded(150);
            const int m = random.bounded(150);
            for (int i = 0; i < n; ++i) {
                a.append(QString::number(random.bounded(alphabet)));
            }
            for (int j = 0; j < m; ++j) {
                b.append(QString::number(random.bounded(alphabet)));
            }
            checkDiff(a, b);
            if (QTest::currentTestFailed()) {
                qWarning("round %d: %lld × %lld lines", round, qlonglong(n), qlonglong(m));
                return;
            }
        }
    }

    void fiveThousandLinesInUnderASecond_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        const QStringList original = numbered(5000, QStringLiteral("original"));
        QStringList edited = original;
        QRandomGenerator random(7);
        for (int edit = 0; edit < 400; ++edit) {
            const int at = random.bounded(int(edited.size()));
            switch (edit % 3) {
            case 0:
                edited[at] = QStringLiteral("edited %1").arg(edit);
                break;
            case 1:
                edited.insert(at, QStringLiteral("inserted %1").arg(edit));
                break;
            default:
                edited.removeAt(at);
            }
        }
        QStringList reversed = original;
        std::reverse(reversed.begin(), reversed.end());
        QStringList shuffled = original;
        for (qsizetype i = shuffled.size() - 1; i > 0; --i) {
            shuffled.swapItemsAt(i, random.bounded(int(i) + 1));
        }
        QTest::newRow("scattered edits") << original << edited;
        QTest::newRow("nothing in common") << original << numbered(5000, QStringLiteral("other"));
        QTest::newRow("reversed") << original << reversed;
        QTest::newRow("shuffled") << original << shuffled;
    }

    void fiveThousandLinesInUnderASecond()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QElapsedTimer timer;
        timer.start();
        const QList<LineDiff::Line> diff = LineDiff::compute(a, b);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QCOMPARE(side(diff, Kind::Added), a);
        QCOMPARE(side(diff, Kind::Removed), b);
    }

    void scatteredEditsKeepTheUnchangedLines()
    {
        QStringList a = numbered(3000, QStringLiteral("text"));
        QStringList b = a;
        b[10] = QStringLiteral("changed");
        b.insert(2000, QStringLiteral("new"));
        b.removeAt(2500);
        const QList<LineDiff::Line> diff = LineDiff::compute(a, b);
        QCOMPARE(LineDiff::countOf(diff, Kind::Same), 2998);
        QCOMPARE(LineDiff::countOf(diff, Kind::Removed), 2);
        QCOMPARE(LineDiff::countOf(diff, Kind::Added), 2);
    }
};

OPSDECK_TEST_GUILESS_MAIN(LineDiffTest)
#include "tst_linediff.moc"
