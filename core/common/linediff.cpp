#include "common/linediff.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace opsdeck {
namespace {

using Word = std::uint64_t;
constexpr qsizetype WordBits = 64;

// The rows of the bit-parallel LCS table for a[first, first + n) against b[first, first + m):
// bit j of row i is 0 exactly where LCS(a[..i], b[..j + 1]) is one more than LCS(a[..i],
// b[..j]). Row 0 is all ones.
class LcsRows {
public:
    LcsRows(const std::vector<int> &a, const std::vector<int> &b, int alphabet)
        : m_words((qsizetype(b.size()) + WordBits - 1) / WordBits)
        , m_rows(a.size() + 1)
    {
        // Where each line of b occurs, as a bit mask over b.
        std::vector<Word> masks(std::size_t(alphabet) * std::size_t(m_words), 0);
        for (std::size_t j = 0; j < b.size(); ++j) {
            if (b[j] >= 0) {
                masks[std::size_t(b[j]) * std::size_t(m_words) + j / WordBits] |= Word(1)
                                                                                  << (j % WordBits);
            }
        }
        const std::vector<Word> none(std::size_t(m_words), 0);
        m_bits.assign(m_rows * std::size_t(m_words), ~Word(0));
        for (std::size_t i = 1; i < m_rows; ++i) {
            const Word *previous = row(i - 1);
            Word *current = rowData(i);
            const Word *match =
                a[i - 1] >= 0 ? &masks[std::size_t(a[i - 1]) * std::size_t(m_words)] : none.data();
            Word carry = 0;
            Word borrow = 0;
            for (qsizetype w = 0; w < m_words; ++w) {
                const Word v = previous[w];
                const Word u = v & match[w];
                // (V + U) | (V - U), over the whole width with carry and borrow.
                const Word sum = v + u;
                const Word sumWithCarry = sum + carry;
                carry = Word(sum < v) | Word(sumWithCarry < sum);
                const Word difference = v - u;
                const Word differenceWithBorrow = difference - borrow;
                borrow = Word(v < u) | Word(difference < borrow);
                current[w] = sumWithCarry | differenceWithBorrow;
            }
        }
    }

    // LCS(a[..i], b[..j]): the zeros among the first j bits of row i.
    qsizetype length(std::size_t i, qsizetype j) const
    {
        const Word *bits = row(i);
        qsizetype ones = 0;
        const qsizetype full = j / WordBits;
        for (qsizetype w = 0; w < full; ++w) {
            ones += std::popcount(bits[w]);
        }
        if (const qsizetype rest = j % WordBits; rest > 0) {
            ones += std::popcount(bits[full] & ((Word(1) << rest) - 1));
        }
        return j - ones;
    }

private:
    const Word *row(std::size_t i) const { return &m_bits[i * std::size_t(m_words)]; }
    Word *rowData(std::size_t i) { return &m_bits[i * std::size_t(m_words)]; }

    qsizetype m_words;
    std::size_t m_rows;
    std::vector<Word> m_bits;
};

} // namespace

QList<LineDiff::Line> LineDiff::compute(const QStringList &a, const QStringList &b)
{
    // The common head and tail need no table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail)) {
        ++tail;
    }
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    // Lines as numbers: those of b numbered, lines of a that b lacks are -1 (never a match).
    QHash<QString, int> numbers;
    numbers.reserve(m);
    std::vector<int> bNumbers(std::size_t(m), 0);
    for (qsizetype j = 0; j < m; ++j) {
        const auto found = numbers.constFind(b.at(head + j));
        bNumbers[std::size_t(j)] =
            found != numbers.cend() ? *found : *numbers.insert(b.at(head + j), int(numbers.size()));
    }
    std::vector<int> aNumbers(std::size_t(n), -1);
    for (qsizetype i = 0; i < n; ++i) {
        aNumbers[std::size_t(i)] = numbers.value(a.at(head + i), -1);
    }

    // Walks back from the end, so the middle comes out reversed.
    QList<Line> middle;
    middle.reserve(n + m);
    if (n > 0 && m > 0) {
        const LcsRows rows(aNumbers, bNumbers, int(numbers.size()));
        std::size_t i = std::size_t(n);
        qsizetype j = m;
        while (i > 0 && j > 0) {
            if (aNumbers[i - 1] >= 0 && aNumbers[i - 1] == bNumbers[std::size_t(j - 1)]) {
                middle.append({Kind::Same, a.at(head + qsizetype(i) - 1)});
                --i;
                --j;
            } else if (rows.length(i, j - 1) == rows.length(i, j)) {
                // Added lines first on the way back: removed ones first when read forwards.
                middle.append({Kind::Added, b.at(head + j - 1)});
                --j;
            } else {
                middle.append({Kind::Removed, a.at(head + qsizetype(i) - 1)});
                --i;
            }
        }
        for (; j > 0; --j) {
            middle.append({Kind::Added, b.at(head + j - 1)});
        }
        for (; i > 0; --i) {
            middle.append({Kind::Removed, a.at(head + qsizetype(i) - 1)});
        }
    } else {
        for (qsizetype j = m; j > 0; --j) {
            middle.append({Kind::Added, b.at(head + j - 1)});
        }
        for (qsizetype i = n; i > 0; --i) {
            middle.append({Kind::Removed, a.at(head + i - 1)});
        }
    }

    QList<Line> diff;
    diff.reserve(head + middle.size() + tail);
    for (qsizetype i = 0; i < head; ++i) {
        diff.append({Kind::Same, a.at(i)});
    }
    std::reverse(middle.begin(), middle.end());
    diff.append(middle);
    for (qsizetype i = a.size() - tail; i < a.size(); ++i) {
        diff.append({Kind::Same, a.at(i)});
    }
    return diff;
}

qsizetype LineDiff::countOf(const QList<Line> &diff, Kind kind)
{
    return std::count_if(diff.cbegin(), diff.cend(),
                         [kind](const Line &line) { return line.kind == kind; });
}

} // namespace opsdeck
