#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>

namespace opsdeck {
class WorkspaceStore;
}

namespace opsdeck::app::cli {

// Helpers shared by the alarm commands (backends, alerts, silence).

// Accepts `--format table` as the same as `--format text` (amtool's word for it).
QStringList acceptTableFormat(QStringList arguments);

// Writes bytes to stdout in one call (large JSON answers skip the QString round trip).
void writeOutBytes(std::string_view bytes);
inline void writeOutBytes(const QByteArray &bytes)
{
    writeOutBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

// Columns padded to their widest cell; the last column is not padded.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

// "1h", "15m", "1h30m", "2d", "90s", "1w": a positive duration in seconds. Anything else gives
// nullopt with `error` saying what is wrong.
std::optional<qint64> parseDuration(const QString &text, QString *error);

// Appends `text` as a JSON string (quotes included), UTF-8, without a temporary copy.
void appendJsonString(QByteArray &out, const QString &text);

// Reads one line (a password or token) from standard input; when it is a terminal, asks for it
// on stderr with echo off. Empty input gives nullopt with `error` set.
std::optional<QString> readSecretLine(const QString &prompt, QString *error);

// The user who runs the command ($USER, else the account name): the author of silences,
// notes and incident changes made from the command line.
QString loginUserName();

// The workspace at `path`, or null after saying on stderr why it cannot be opened.
std::unique_ptr<WorkspaceStore> openWorkspace(const QString &path);

} // namespace opsdeck::app::cli
