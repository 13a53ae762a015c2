#include "cli/clioutput.h"

#include "cli/console.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <iostream>
#include <pwd.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace opsdeck::app::cli {

QStringList acceptTableFormat(QStringList arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=table")) {
            arguments[i] = QStringLiteral("--format=text");
        } else if (arguments.at(i) == QLatin1String("--format") && i + 1 < arguments.size() &&
                   arguments.at(i + 1) == QLatin1String("table")) {
            arguments[i + 1] = QStringLiteral("text");
        }
    }
    return arguments;
}

void writeOutBytes(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&widths](const QStringList &row) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    };
    measure(header);
    for (const QStringList &row : rows) {
        measure(row);
    }
    QString text;
    const auto append = [&text, &widths](const QStringList &row) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            text += last
                        ? row.at(column)
                        : row.at(column).leftJustified(widths.value(column)) + QStringLiteral("  ");
        }
        text += QLatin1Char('\n');
    };
    append(header);
    for (const QStringList &row : rows) {
        append(row);
    }
    return text;
}

std::optional<qint64> parseDuration(const QString &text, QString *error)
{
    // One or more number-unit pairs, as Prometheus writes durations: 1h30m, 2d, 90s.
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+[smhdw])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)([smhdw])"));
    const QString trimmed = text.trimmed();
    if (!whole.match(trimmed).hasMatch()) {
        *error =
            QCoreApplication::translate(
                "SilenceCommand", "'%1' is not a duration (expected e.g. 15m, 1h, 4h, 1h30m or 2d)")
                .arg(text);
        return std::nullopt;
    }
    qint64 seconds = 0;
    auto parts = part.globalMatch(trimmed);
    while (parts.hasNext()) {
        const QRegularExpressionMatch match = parts.next();
        bool ok = false;
        const qint64 count = match.captured(1).toLongLong(&ok);
        const char unit = match.captured(2).at(0).toLatin1();
        const qint64 factor = unit == 's'   ? 1
                              : unit == 'm' ? 60
                              : unit == 'h' ? 3600
                              : unit == 'd' ? 86400
                                            : 7 * 86400;
        if (!ok || count > qint64{100} * 365 * 86400 / factor) {
            ok = false;
        }
        if (!ok) {
            *error = QCoreApplication::translate("SilenceCommand", "the duration '%1' is too long")
                         .arg(text);
            return std::nullopt;
        }
        seconds += count * factor;
    }
    if (seconds <= 0) {
        *error = QCoreApplication::translate("SilenceCommand",
                                             "the duration '%1' must be longer than zero")
                     .arg(text);
        return std::nullopt;
    }
    return seconds;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    // Room for the worst case (every character a \u00XX escape), written through a pointer and
    // cut to length: no capacity check per character.
    const qsizetype start = out.size();
    out.resize(start + size * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char32_t c = data[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *p++ = char(c);
        } else if (c < 0x80) {
            *p++ = '\\';
            switch (c) {
            case '"':
            case '\\':
                *p++ = char(c);
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\t':
                *p++ = 't';
                break;
            case '\r':
                *p++ = 'r';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < size && data[i + 1] >= 0xdc00 &&
                   data[i + 1] <= 0xdfff) {
            const char32_t code = 0x10000 + ((c - 0xd800) << 10) + (char32_t(data[i + 1]) - 0xdc00);
            ++i;
            *p++ = char(0xf0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3f));
            *p++ = char(0x80 | ((code >> 6) & 0x3f));
            *p++ = char(0x80 | (code & 0x3f));
        } else {
            // A lone surrogate cannot be encoded: U+FFFD, as QString::toUtf8() does.
            const char32_t code = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
            *p++ = char(0xe0 | (code >> 12));
            *p++ = char(0x80 | ((code >> 6) & 0x3f));
            *p++ = char(0x80 | (code & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.data());
}

std::optional<QString> readSecretLine(const QString &prompt, QString *error)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    if (!got || line.empty()) {
        *error = QCoreApplication::translate(
            "BackendsCommand", "no password or token on standard input (pipe it in, e.g. "
                               "'printf %s \"$TOKEN\" | opsdeck backends add ...')");
        return std::nullopt;
    }
    return QString::fromStdString(line);
}

QString loginUserName()
{
    // $USER first, as shells and sudo set it; the account name when it is not set.
    if (QString user = qEnvironmentVariable("USER"); !user.isEmpty()) {
        return user;
    }
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
    return {};
}

std::unique_ptr<WorkspaceStore> openWorkspace(const QString &path)
{
    QString error;
    std::unique_ptr<WorkspaceStore> store = WorkspaceStore::open(path, &error);
    if (!store) {
        writeErr(QStringLiteral("opsdeck: %1\n").arg(error));
    }
    return store;
}

} // namespace opsdeck::app::cli
