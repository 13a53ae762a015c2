#pragma once

#include "model/alert.h"
#include "model/silence.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace opsdeck {

// One `name op value` term, as amtool, karma and Alertmanager write them.
struct LabelMatcher {
    enum class Op { Equal, NotEqual, Regex, NotRegex };

    QString name;
    Op op = Op::Equal;
    QString value;
    QRegularExpression regex; // anchored, for Regex and NotRegex

    bool matches(const QString &actual) const;
    QString toString() const; // name="value", name=~"re" ...
    Silence::Matcher toSilenceMatcher() const;
    static LabelMatcher fromSilenceMatcher(const Silence::Matcher &matcher);
};

// Where a filter expression is wrong: the message names the term; `column` is 1-based.
struct FilterError {
    QString message;
    int column = 0;
    bool isEmpty() const { return message.isEmpty(); }
};

// A filter over alerts: label matchers (`severity=critical`, `job!~"node.*"`), the
// pseudo-labels `@state=`, `@backend=` and `@silenced=true|false`, and free words that must
// each appear in the alert's name, a label value or its summary/description. Terms are
// separated by spaces or commas and all must hold; `{…}` around matchers is accepted.
class AlertFilter {
public:
    static AlertFilter parse(const QString &text, FilterError *error);

    // Matchers only (no @fields, no free text): what a silence is made of.
    static QList<LabelMatcher> parseMatchers(const QString &text, FilterError *error);

    bool isEmpty() const { return m_matchers.isEmpty() && m_pseudo.isEmpty() && m_words.isEmpty(); }

    // `backendNames` maps backend ids to the names @backend= compares against.
    bool matches(const Alert &alert, const QHash<QString, QString> &backendNames = {}) const;

private:
    QList<LabelMatcher> m_matchers;
    QList<LabelMatcher> m_pseudo; // name without the '@'
    QStringList m_words;          // lower case
};

// Whether every matcher holds for the alert's labels (Alertmanager's rule for silences).
bool allMatch(const QList<LabelMatcher> &matchers, const Alert &alert);
QList<LabelMatcher> matchersOf(const Silence &silence);
bool silenceCovers(const Silence &silence, const Alert &alert);

// A silence's matchers as the filter syntax writes them: alertname="Foo", job=~"api.*".
QString silenceMatchersText(const Silence &silence,
                            const QString &separator = QStringLiteral(", "));

} // namespace opsdeck
