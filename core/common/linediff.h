#pragma once

#include <QList>
#include <QStringList>

namespace opsdeck {

// The difference between two texts, line by line: a longest common subsequence of lines, the
// others removed from the first text or added by the second. Within a changed stretch the
// removed lines come before the added ones, as in a unified diff.
//
// The subsequence is found with a bit-parallel LCS (Allison–Dix, Hyyrö) after trimming the
// common head and tail: time grows with lines(a) × lines(b) / 64 and memory with the same
// product / 8 bytes (two texts of 5,000 lines: about 3 MB and a few milliseconds).
class LineDiff {
public:
    enum class Kind { Same, Removed, Added };
    struct Line {
        Kind kind = Kind::Same;
        QString text;

        friend bool operator==(const Line &, const Line &) = default;
    };

    // Every line of `a` and of `b` once, in order: Same lines are in both.
    static QList<Line> compute(const QStringList &a, const QStringList &b);

    // How many lines of a result are Removed and how many Added.
    static qsizetype countOf(const QList<Line> &diff, Kind kind);
};

} // namespace opsdeck
