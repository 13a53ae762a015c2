#pragma once

#include "model/silence.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace opsdeck {

// The silences of one Alertmanager's answer; a bad silence is skipped with a warning naming
// where it is, a bad document gives `error`.
struct ParsedSilences {
    QList<Silence> silences;
    QStringList warnings;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Reads /api/v2/silences answers and writes the body Alertmanager expects for a new or changed
// silence. Pure functions: they run on worker threads and in the headless commands.
class SilenceParser {
public:
    static ParsedSilences parse(const QByteArray &body, const QString &backendId);

    // The matchers as Alertmanager writes them: [{"name", "value", "isRegex", "isEqual"}].
    static QJsonArray matchersJson(const Silence &silence);

    // POST /api/v2/silences body; with an id when `silence.id` is set (an edit).
    static QByteArray toApiJson(const Silence &silence);

    // The "silenceID" of Alertmanager's answer to a POST; empty with `error` set otherwise.
    static QString createdId(const QByteArray &body, QString *error);

    // The same silence reported by several Alertmanagers of one cluster becomes one (the most
    // recently updated copy), listing them all in `sources`; newest end first, expired last.
    static QList<Silence> merge(const QList<QList<Silence>> &perBackend);
};

} // namespace opsdeck
