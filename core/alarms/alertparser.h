#pragma once

#include "model/alert.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace opsdeck {

// The alerts of one backend's answer, and what was wrong with it. A bad alert is skipped with
// a warning naming where it is ("[12].labels"); a bad document gives `error` and no alerts.
struct ParsedAlerts {
    QList<Alert> alerts;
    QStringList warnings;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// What one backend's last answer held, alert by alert, keyed by a hash of each alert's JSON
// text. A poll in which 1 % of the alerts changed parses only that 1 %: the rest are taken from
// here. One cache per backend; used by one poll at a time.
struct AlertParseCache {
    QHash<size_t, Alert> alerts;
};

// The texts of consecutive alerts of one Alertmanager answer, cut from it while it arrives by
// AlertmanagerAnswerSplitter. Batches are parsed on any thread, several at once, and joined in
// order: with 100,000 alerts every core parses while the rest of the answer is on its way.
struct AlertTexts {
    struct Text {
        qsizetype piece; // index into `pieces`
        qsizetype start;
        qsizetype size;
        qint64 offset; // where the text starts in the answer, for messages
    };
    QList<QByteArray> pieces; // the network's pieces the texts are in, shared, not copied
    QList<Text> texts;
    qint64 firstIndex = 0; // the answer's index of the first text
    qsizetype bytes = 0;   // of all the texts

    QByteArrayView text(qsizetype index) const
    {
        const Text &at = texts.at(index);
        return QByteArrayView(pieces.at(at.piece)).sliced(at.start, at.size);
    }
};

// What one batch of texts held.
struct ParsedAlertTexts {
    QList<Alert> alerts;
    QList<size_t> keys; // each alert's text hash, for the next answer's cache
    QStringList warnings;
    QString error; // the batch's first text that is not JSON; the texts after it are not read
};

// Reads /api/v2/alerts (Alertmanager) and /api/v1/alerts (Prometheus) answers. Runs on a worker
// thread: it touches nothing but its arguments.
class AlertParser {
public:
    static ParsedAlerts parseAlertmanager(const QByteArray &body, const QString &backendId,
                                          AlertParseCache *cache = nullptr);
    static ParsedAlerts parsePrometheus(const QByteArray &body, const QString &backendId);

    // One batch of an Alertmanager answer. `previous`, the backend's last answer, is only read:
    // batches of one answer may share it from several threads.
    static ParsedAlertTexts parseTexts(const AlertTexts &texts, const QString &backendId,
                                       const AlertParseCache *previous = nullptr);
    // One alert's text read by Qt's JSON reader alone, as parseTexts reads the texts that
    // readAlertmanagerAlert declines: the tests and the fuzz target hold the two to each other.
    static ParsedAlertTexts parseTextFully(QByteArrayView text, const QString &backendId);
    // The batches of one answer, in order, and the answer's own fault (from the splitter). A
    // bad answer gives an error and no alerts; else `next`, if given, then holds its alerts.
    static ParsedAlerts join(QList<ParsedAlertTexts> batches, const QString &answerError,
                             AlertParseCache *next = nullptr);

    // "the answer is not JSON (<reason> at byte <offset>)", for the splitter's faults too.
    static QString notJson(const QString &reason, qint64 offset);

    // Alertmanager's fingerprint of a label set (64-bit FNV-1a over the sorted "name\xffvalue\xff"
    // pairs, as 16 hex digits), so that Prometheus alerts and Alertmanager alerts of the same
    // labels are recognised as one.
    static QString fingerprint(const QMap<QString, QString> &labels);
};

} // namespace opsdeck
