#include "runbooks/runbookparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>

namespace opsdeck {

namespace {

const QString FrontMatterFence = QStringLiteral("---");

QStringList knownKeys()
{
    return {QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("services"),
            QStringLiteral("last_reviewed"), QStringLiteral("alerts")};
}

QString unquoted(const QString &value)
{
    if (value.size() >= 2 &&
        ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) ||
         (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        return value.mid(1, value.size() - 2);
    }
    return value;
}

// Runs over the lines of one file and stops at the first problem.
class Reader {
public:
    Reader(const QStringList &lines, const QString &filePath)
        : m_lines(lines)
        , m_filePath(filePath)
    {}

    std::optional<ParsedRunbook> read(RunbookProblem *problem)
    {
        m_result.runbook.sourcePath = m_filePath;
        m_result.runbook.id =
            QUuid::createUuidV5(QUuid(), m_filePath).toString(QUuid::WithoutBraces);
        const bool ok = readFrontMatter() && readSteps();
        if (!ok) {
            *problem = m_problem;
            return std::nullopt;
        }
        *problem = {};
        return m_result;
    }

private:
    bool fail(int line, const QString &message)
    {
        m_problem = {m_filePath, line, message};
        return false;
    }

    bool readFrontMatter()
    {
        if (m_lines.isEmpty() || m_lines.first().trimmed() != FrontMatterFence) {
            return fail(
                1, QCoreApplication::translate(
                       "RunbookParser", "the file must start with a front matter block (---)"));
        }
        // Without a closing fence the body would be read as front matter: say that, not
        // "not key: value" about the first Markdown line.
        const bool closed =
            std::any_of(m_lines.cbegin() + 1, m_lines.cend(),
                        [](const QString &line) { return line.trimmed() == FrontMatterFence; });
        if (!closed) {
            return fail(
                1, QCoreApplication::translate(
                       "RunbookParser", "the front matter started here is never closed with ---"));
        }
        QSet<QString> seen;
        qsizetype index = 1;
        for (; index < m_lines.size(); ++index) {
            const QString &line = m_lines.at(index);
            const int lineNumber = int(index + 1);
            if (line.trimmed() == FrontMatterFence) {
                break;
            }
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#'))) {
                continue;
            }
            static const QRegularExpression keyValue(
                QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*):(?:\\s+(.*))?$"));
            const QRegularExpressionMatch match = keyValue.match(line);
            if (!match.hasMatch()) {
                return fail(
                    lineNumber,
                    QCoreApplication::translate(
                        "RunbookParser", "expected \"key: value\" in the front matter, got \"%1\"")
                        .arg(line.trimmed()));
            }
            const QString key = match.captured(1);
            const QString value = match.captured(2).trimmed();
            if (!knownKeys().contains(key)) {
                return fail(lineNumber,
                            QCoreApplication::translate("RunbookParser",
                                                        "unknown key \"%1\" (expected one of: %2)")
                                .arg(key, knownKeys().join(QStringLiteral(", "))));
            }
            if (seen.contains(key)) {
                return fail(
                    lineNumber,
                    QCoreApplication::translate("RunbookParser", "\"%1\" is given twice").arg(key));
            }
            seen.insert(key);
            if (value.isEmpty()) {
                return fail(lineNumber, QCoreApplication::translate(
                                            "RunbookParser",
                                            "\"%1\" has no value (nested YAML is not supported; "
                                            "write lists as [a, b])")
                                            .arg(key));
            }
            if (!readValue(key, value, lineNumber, int(match.capturedStart(2)))) {
                return false;
            }
        }
        if (m_result.runbook.title.isEmpty()) {
            return fail(1, QCoreApplication::translate("RunbookParser",
                                                       "the front matter has no \"title\""));
        }
        m_bodyStart = index + 1;
        return true;
    }

    bool readValue(const QString &key, const QString &value, int lineNumber, int valueColumn)
    {
        Runbook &runbook = m_result.runbook;
        if (key == QLatin1String("title")) {
            runbook.title = unquoted(value);
        } else if (key == QLatin1String("owner")) {
            runbook.owner = unquoted(value);
        } else if (key == QLatin1String("services")) {
            if (!value.startsWith(QLatin1Char('[')) || !value.endsWith(QLatin1Char(']'))) {
                return fail(
                    lineNumber,
                    QCoreApplication::translate(
                        "RunbookParser", "\"services\" must be a list like [checkout, payments]"));
            }
            const QStringList items = value.mid(1, value.size() - 2).split(QLatin1Char(','));
            for (const QString &item : items) {
                const QString service = unquoted(item.trimmed());
                if (!service.isEmpty()) {
                    runbook.services.append(service);
                }
            }
        } else if (key == QLatin1String("last_reviewed")) {
            const QString text = unquoted(value);
            static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!isoDate.match(text).hasMatch() || !date.isValid()) {
                return fail(lineNumber, QCoreApplication::translate(
                                            "RunbookParser", "\"%1\" is not a date like 2026-10-01")
                                            .arg(text));
            }
            runbook.lastReviewed = date;
        } else if (key == QLatin1String("alerts")) {
            FilterError error;
            const QList<LabelMatcher> matchers = AlertFilter::parseMatchers(value, &error);
            if (!error.isEmpty()) {
                return fail(lineNumber,
                            QCoreApplication::translate("RunbookParser", "alerts (column %1): %2")
                                .arg(valueColumn + error.column)
                                .arg(error.message));
            }
            m_result.matchers = matchers;
            for (const LabelMatcher &matcher : matchers) {
                runbook.alertMatchers.append(matcher.toString());
            }
        }
        return true;
    }

    static bool isShellBlock(const QString &infoString)
    {
        static const QStringList shells{QStringLiteral("sh"), QStringLiteral("bash"),
                                        QStringLiteral("shell"), QStringLiteral("zsh"),
                                        QStringLiteral("console")};
        const QString language = infoString.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
        return language.isEmpty() || shells.contains(language);
    }

    bool readSteps()
    {
        static const QRegularExpression checklistItem(
            QStringLiteral("^\\s*[-*+]\\s+\\[[ xX]\\]\\s*(.*)$"));
        static const QRegularExpression fence(QStringLiteral("^(\\s*)(```+|~~~+)"));
        // The step still waiting for its command; -1 once it has one or a heading intervened.
        qsizetype openStep = -1;
        for (qsizetype index = m_bodyStart; index < m_lines.size(); ++index) {
            const QString &line = m_lines.at(index);
            const int lineNumber = int(index + 1);
            const QRegularExpressionMatch fenceMatch = fence.match(line);
            if (fenceMatch.hasMatch()) {
                QString command;
                if (!readFence(&index, fenceMatch, &command)) {
                    return fail(lineNumber, QCoreApplication::translate(
                                                "RunbookParser",
                                                "the code block started here is never closed"));
                }
                // Only a shell block is a command; a JSON sample or example output is not.
                if (openStep >= 0 && isShellBlock(line.mid(fenceMatch.capturedEnd()))) {
                    m_result.runbook.steps[openStep].command = command;
                    openStep = -1;
                }
                continue;
            }
            const QRegularExpressionMatch item = checklistItem.match(line);
            if (item.hasMatch()) {
                const QString title = item.captured(1).trimmed();
                if (title.isEmpty()) {
                    return fail(lineNumber, QCoreApplication::translate(
                                                "RunbookParser", "a checklist item without text"));
                }
                m_result.runbook.steps.append({title, {}});
                openStep = m_result.runbook.steps.size() - 1;
            } else if (line.startsWith(QLatin1Char('#'))) {
                openStep = -1;
            }
        }
        return true;
    }

    // Reads the block opened at *index up to its closing fence, leaving *index on that fence.
    bool readFence(qsizetype *index, const QRegularExpressionMatch &opening, QString *command)
    {
        const qsizetype indent = opening.capturedLength(1);
        const QString marker = opening.captured(2);
        QStringList body;
        for (qsizetype next = *index + 1; next < m_lines.size(); ++next) {
            const QString &line = m_lines.at(next);
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(marker) && trimmed.count(marker.at(0)) == trimmed.size()) {
                *index = next;
                *command = body.join(QLatin1Char('\n'));
                return true;
            }
            qsizetype strip = 0;
            while (strip < indent && strip < line.size() && line.at(strip) == QLatin1Char(' ')) {
                ++strip;
            }
            body.append(line.mid(strip));
        }
        return false;
    }

    const QStringList m_lines;
    const QString m_filePath;
    ParsedRunbook m_result;
    RunbookProblem m_problem;
    qsizetype m_bodyStart = 0;
};

} // namespace

QString RunbookProblem::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

std::optional<ParsedRunbook> RunbookParser::parse(const QByteArray &markdown,
                                                  const QString &filePath, RunbookProblem *problem)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(markdown);
    if (decoder.hasError()) {
        *problem = {filePath, 0,
                    QCoreApplication::translate("RunbookParser", "the file is not valid UTF-8")};
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.remove(QLatin1Char('\r'));
    return Reader(text.split(QLatin1Char('\n')), filePath).read(problem);
}

} // namespace opsdeck
