#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <spdlog/common.h>
#include <string_view>

namespace spdlog {
class logger;
}

// Process-wide logging: one rotating file in the application's data folder plus stderr.
// Every line names its component (a backend, an incident, "ui", or a Qt logging category).
namespace opsdeck::logging {

// How long a line below warning may wait before it reaches the file (warnings go at once).
inline constexpr std::chrono::seconds FlushInterval{1};

struct Config {
    QString logDirectory; // empty: log to stderr only
    spdlog::level::level_enum level = spdlog::level::info;
    bool toStderr = true;
    spdlog::level::level_enum stderrLevel = spdlog::level::trace; // stderr shows at least this
    std::size_t maxFileBytes = std::size_t{5} * 1024 * 1024;
    std::size_t maxFiles = 3;
};

// Level names accepted by --log-level, in order of verbosity.
QStringList levelNames();
std::optional<spdlog::level::level_enum> parseLevel(const QString &name);

// Where logs go by default: <AppLocalDataLocation>/logs.
QString defaultLogDirectory();

// Sets up the shared sinks. Returns an empty string on success, or why the log file could not be
// opened; stderr logging works in either case.
QString initialize(const Config &config);

// The log file in use, or an empty string when logging to stderr only.
QString logFilePath();

// The logger for one component; created on first use, sharing the configured sinks and level.
std::shared_ptr<spdlog::logger> component(std::string_view name);

// Routes qDebug()/qWarning()/qCInfo(...) into the same sinks; the Qt category is the component.
void installQtMessageHandler();

// Flushes and drops all loggers and stops the periodic flush (before exit, so the last lines
// reach the file).
void shutdown();

} // namespace opsdeck::logging
