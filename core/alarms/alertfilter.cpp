#include "alarms/alertfilter.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('@') ||
           c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char(':');
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('{') || c == QLatin1Char('}');
}

// Reads the expression term by term. Every term is a matcher or a free word.
struct Term {
    bool isMatcher = false;
    LabelMatcher matcher;
    QString word;
    int column = 0;
};

class Tokenizer {
public:
    explicit Tokenizer(const QString &text)
        : m_text(text)
    {}

    // False at the end or on an error (then `error` is set).
    bool next(Term *term, FilterError *error)
    {
        while (m_pos < m_text.size() && isSeparator(m_text.at(m_pos))) {
            ++m_pos;
        }
        if (m_pos >= m_text.size()) {
            return false;
        }
        *term = Term{};
        term->column = int(m_pos) + 1;
        if (m_text.at(m_pos) == QLatin1Char('"')) {
            return readQuoted(&term->word, error);
        }
        const qsizetype nameStart = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos))) {
            ++m_pos;
        }
        const QString name = m_text.mid(nameStart, m_pos - nameStart);
        const auto op = readOperator();
        if (!op) {
            // A free word runs to the next separator.
            while (m_pos < m_text.size() && !isSeparator(m_text.at(m_pos))) {
                ++m_pos;
            }
            term->word = m_text.mid(nameStart, m_pos - nameStart);
            return true;
        }
        if (name.isEmpty()) {
            *error = {QCoreApplication::translate("AlertFilter",
                                                  "an operator needs a label name before it"),
                      term->column};
            return false;
        }
        term->isMatcher = true;
        term->matcher.name = name;
        term->matcher.op = *op;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
            if (!readQuoted(&term->matcher.value, error)) {
                return false;
            }
        } else {
            const qsizetype valueStart = m_pos;
            while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() &&
                   m_text.at(m_pos) != QLatin1Char(',') && m_text.at(m_pos) != QLatin1Char('}')) {
                ++m_pos;
            }
            term->matcher.value = m_text.mid(valueStart, m_pos - valueStart);
        }
        return true;
    }

private:
    std::optional<LabelMatcher::Op> readOperator()
    {
        const QStringView rest = QStringView(m_text).mid(m_pos);
        struct Spelling {
            const char *text;
            LabelMatcher::Op op;
        };
        // Two-character operators first, so "=~" is not read as "=" followed by "~".
        for (const Spelling spelling :
             {Spelling{"=~", LabelMatcher::Op::Regex}, Spelling{"!~", LabelMatcher::Op::NotRegex},
              Spelling{"!=", LabelMatcher::Op::NotEqual}, Spelling{"==", LabelMatcher::Op::Equal},
              Spelling{"=", LabelMatcher::Op::Equal}}) {
            if (rest.startsWith(QLatin1String(spelling.text))) {
                m_pos += qsizetype(qstrlen(spelling.text));
                return spelling.op;
            }
        }
        return std::nullopt;
    }

    bool readQuoted(QString *value, FilterError *error)
    {
        const int column = int(m_pos) + 1;
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
                // As Alertmanager reads matchers: \" \\ \n are escapes, any other backslash
                // is itself, so that regexes keep theirs (\d, \.).
                const QChar escaped = m_text.at(m_pos++);
                if (escaped == QLatin1Char('n')) {
                    value->append(QLatin1Char('\n'));
                } else if (escaped == QLatin1Char('"') || escaped == QLatin1Char('\\')) {
                    value->append(escaped);
                } else {
                    value->append(c);
                    value->append(escaped);
                }
            } else if (c == QLatin1Char('"')) {
                return true;
            } else {
                value->append(c);
            }
        }
        *error = {
            QCoreApplication::translate("AlertFilter", "the quote opened here is never closed"),
            column};
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

// Compiles the regular expression of a matcher; false and an error if it is not one.
bool prepare(LabelMatcher *matcher, int column, FilterError *error)
{
    if (matcher->op != LabelMatcher::Op::Regex && matcher->op != LabelMatcher::Op::NotRegex) {
        return true;
    }
    // Checked as typed: anchored, an unclosed "[" would swallow the anchor and be reported as
    // an invalid escape instead of the missing "]".
    const QRegularExpression typed(matcher->value);
    if (!typed.isValid()) {
        *error = {QCoreApplication::translate("AlertFilter", "%1: not a regular expression: %2")
                      .arg(matcher->name, typed.errorString()),
                  column};
        return false;
    }
    // Anchored on both ends, as Prometheus and Alertmanager match.
    matcher->regex = QRegularExpression(QRegularExpression::anchoredPattern(matcher->value));
    return matcher->regex.isValid();
}

QString stateName(Alert::State state)
{
    return Alert::stateNames().at(int(state));
}

} // namespace

bool LabelMatcher::matches(const QString &actual) const
{
    switch (op) {
    case Op::Equal:
        return actual == value;
    case Op::NotEqual:
        return actual != value;
    case Op::Regex:
        return regex.match(actual).hasMatch();
    case Op::NotRegex:
        return !regex.match(actual).hasMatch();
    }
    return false;
}

QString LabelMatcher::toString() const
{
    static const char *const spellings[] = {"=", "!=", "=~", "!~"};
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return name + QLatin1String(spellings[int(op)]) + QLatin1Char('"') + quoted + QLatin1Char('"');
}

Silence::Matcher LabelMatcher::toSilenceMatcher() const
{
    return {name, value, op == Op::Regex || op == Op::NotRegex, op == Op::Equal || op == Op::Regex};
}

LabelMatcher LabelMatcher::fromSilenceMatcher(const Silence::Matcher &matcher)
{
    LabelMatcher result;
    result.name = matcher.name;
    result.value = matcher.value;
    result.op = matcher.isRegex ? (matcher.isEqual ? Op::Regex : Op::NotRegex)
                                : (matcher.isEqual ? Op::Equal : Op::NotEqual);
    if (matcher.isRegex) {
        result.regex = QRegularExpression(QRegularExpression::anchoredPattern(matcher.value));
    }
    return result;
}

AlertFilter AlertFilter::parse(const QString &text, FilterError *error)
{
    *error = {};
    AlertFilter filter;
    Tokenizer tokens(text);
    Term term;
    while (tokens.next(&term, error)) {
        if (!term.isMatcher) {
            filter.m_words.append(term.word.toLower());
            continue;
        }
        if (!prepare(&term.matcher, term.column, error)) {
            return {};
        }
        if (!term.matcher.name.startsWith(QLatin1Char('@'))) {
            filter.m_matchers.append(term.matcher);
            continue;
        }
        term.matcher.name = term.matcher.name.mid(1);
        const QString &field = term.matcher.name;
        if (field == QLatin1String("state")) {
            const bool plain = term.matcher.op == LabelMatcher::Op::Equal ||
                               term.matcher.op == LabelMatcher::Op::NotEqual;
            if (plain && !Alert::stateNames().contains(term.matcher.value)) {
                *error = {
                    QCoreApplication::translate("AlertFilter", "@state is one of %1, not \"%2\"")
                        .arg(Alert::stateNames().join(QStringLiteral(", ")), term.matcher.value),
                    term.column};
                return {};
            }
        } else if (field == QLatin1String("silenced")) {
            if (term.matcher.value != QLatin1String("true") &&
                term.matcher.value != QLatin1String("false")) {
                *error = {QCoreApplication::translate("AlertFilter",
                                                      "@silenced is true or false, not \"%1\"")
                              .arg(term.matcher.value),
                          term.column};
                return {};
            }
        } else if (field != QLatin1String("backend")) {
            *error = {QCoreApplication::translate(
                          "AlertFilter", "unknown field @%1; use @state, @backend or @silenced")
                          .arg(field),
                      term.column};
            return {};
        }
        filter.m_pseudo.append(term.matcher);
    }
    if (!error->isEmpty()) {
        return {};
    }
    return filter;
}

QList<LabelMatcher> AlertFilter::parseMatchers(const QString &text, FilterError *error)
{
    *error = {};
    QList<LabelMatcher> matchers;
    Tokenizer tokens(text);
    Term term;
    while (tokens.next(&term, error)) {
        if (!term.isMatcher || term.matcher.name.startsWith(QLatin1Char('@'))) {
            *error = {QCoreApplication::translate("AlertFilter",
                                                  "\"%1\" is not a matcher like name=\"value\"")
                          .arg(term.isMatcher ? term.matcher.name : term.word),
                      term.column};
            return {};
        }
        if (!prepare(&term.matcher, term.column, error)) {
            return {};
        }
        matchers.append(term.matcher);
    }
    if (error->isEmpty() && matchers.isEmpty()) {
        *error = {
            QCoreApplication::translate(
                "AlertFilter", "at least one matcher is needed, like alertname=\"HighLatency\""),
            1};
    }
    return error->isEmpty() ? matchers : QList<LabelMatcher>{};
}

bool AlertFilter::matches(const Alert &alert, const QHash<QString, QString> &backendNames) const
{
    for (const LabelMatcher &matcher : m_matchers) {
        if (!matcher.matches(alert.labels.value(matcher.name))) {
            return false;
        }
    }
    for (const LabelMatcher &matcher : m_pseudo) {
        if (matcher.name == QLatin1String("state")) {
            if (!matcher.matches(stateName(alert.state))) {
                return false;
            }
        } else if (matcher.name == QLatin1String("silenced")) {
            const bool silenced = !alert.silencedBy.isEmpty();
            if (!matcher.matches(silenced ? QStringLiteral("true") : QStringLiteral("false"))) {
                return false;
            }
        } else {
            // @backend holds when any source matches (for != and !~: when none is excluded).
            const bool negative = matcher.op == LabelMatcher::Op::NotEqual ||
                                  matcher.op == LabelMatcher::Op::NotRegex;
            bool any = false;
            bool all = true;
            for (const QString &source : alert.sources) {
                const bool match = matcher.matches(backendNames.value(source, source));
                any = any || match;
                all = all && match;
            }
            if (negative ? !all : !any) {
                return false;
            }
        }
    }
    for (const QString &word : m_words) {
        bool found = alert.name().contains(word, Qt::CaseInsensitive);
        for (auto it = alert.labels.cbegin(); !found && it != alert.labels.cend(); ++it) {
            found = it.value().contains(word, Qt::CaseInsensitive);
        }
        found = found ||
                alert.annotations.value(QStringLiteral("summary"))
                    .contains(word, Qt::CaseInsensitive) ||
                alert.annotations.value(QStringLiteral("description"))
                    .contains(word, Qt::CaseInsensitive);
        if (!found) {
            return false;
        }
    }
    return true;
}

bool allMatch(const QList<LabelMatcher> &matchers, const Alert &alert)
{
    if (matchers.isEmpty()) {
        return false;
    }
    for (const LabelMatcher &matcher : matchers) {
        if (!matcher.matches(alert.labels.value(matcher.name))) {
            return false;
        }
    }
    return true;
}

QList<LabelMatcher> matchersOf(const Silence &silence)
{
    QList<LabelMatcher> result;
    for (const Silence::Matcher &matcher : silence.matchers) {
        result.append(LabelMatcher::fromSilenceMatcher(matcher));
    }
    return result;
}

bool silenceCovers(const Silence &silence, const Alert &alert)
{
    return allMatch(matchersOf(silence), alert);
}

QString silenceMatchersText(const Silence &silence, const QString &separator)
{
    QStringList terms;
    for (const Silence::Matcher &matcher : silence.matchers) {
        terms.append(LabelMatcher::fromSilenceMatcher(matcher).toString());
    }
    return terms.join(separator);
}

} // namespace opsdeck
