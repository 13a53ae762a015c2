#include "logging/logging.h"

#include <QDir>
#include <QStandardPaths>

#include <mutex>
#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace opsdeck::logging {
namespace {

constexpr const char *kPattern = "[%Y-%m-%d %H:%M:%S.%e] [%l] [%n] %v";

struct State {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::warn;
    QString filePath;
    bool initialized = false;
};

State &state()
{
    static State instance;
    return instance;
}

// Before initialize() runs (unit tests, early start-up) warnings still reach stderr.
void ensureDefaultSinksLocked(State &s)
{
    if (s.sinks.empty()) {
        auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        sink->set_pattern(kPattern);
        s.sinks.push_back(std::move(sink));
    }
}

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category;
    const std::string_view name = (category == nullptr || std::string_view(category) == "default")
                                      ? std::string_view("qt")
                                      : std::string_view(category);
    const QByteArray text = message.toUtf8();
    auto logger = component(name);
    logger->log(levelFor(type), std::string_view(text.constData(), size_t(text.size())));
    if (type == QtFatalMsg) {
        logger->flush();
    }
}

} // namespace

QStringList levelNames()
{
    return {QStringLiteral("trace"),   QStringLiteral("debug"), QStringLiteral("info"),
            QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical"),
            QStringLiteral("off")};
}

std::optional<spdlog::level::level_enum> parseLevel(const QString &name)
{
    static const spdlog::level::level_enum levels[] = {
        spdlog::level::trace, spdlog::level::debug,    spdlog::level::info, spdlog::level::warn,
        spdlog::level::err,   spdlog::level::critical, spdlog::level::off};
    const QStringList names = levelNames();
    const auto index = names.indexOf(name.trimmed().toLower());
    if (index < 0) {
        return std::nullopt;
    }
    return levels[index];
}

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/logs");
}

QString initialize(const Config &config)
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    QString error;
    s.sinks.clear();
    s.filePath.clear();
    if (config.toStderr) {
        auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        sink->set_pattern(kPattern);
        sink->set_level(config.stderrLevel);
        s.sinks.push_back(std::move(sink));
    }
    if (!config.logDirectory.isEmpty()) {
        const QString path = QDir(config.logDirectory).filePath(QStringLiteral("opsdeck.log"));
        if (!QDir().mkpath(config.logDirectory)) {
            error = QStringLiteral("cannot create the log folder %1").arg(config.logDirectory);
        } else {
            try {
                auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), config.maxFileBytes, config.maxFiles);
                sink->set_pattern(kPattern);
                s.sinks.push_back(std::move(sink));
                s.filePath = path;
            } catch (const spdlog::spdlog_ex &ex) {
                error = QStringLiteral("cannot open the log file %1: %2")
                            .arg(path, QString::fromStdString(ex.what()));
            }
        }
    }
    s.level = config.level;
    s.initialized = true;
    // Lines below warning wait in the file sink's buffer; spdlog's flusher writes them out
    // every second, so the file says what happened up to a second before a crash or a kill.
    spdlog::flush_every(FlushInterval);
    // Loggers made before now keep the old sinks; rebuild them on next use.
    spdlog::drop_all();
    return error;
}

QString logFilePath()
{
    State &s = state();
    const std::lock_guard lock(s.mutex);
    return s.filePath;
}

std::shared_ptr<spdlog::logger> component(std::string_view name)
{
    const std::string key(name);
    if (auto existing = spdlog::get(key)) {
        return existing;
    }
    State &s = state();
    const std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(key)) { // another thread won the race
        return existing;
    }
    ensureDefaultSinksLocked(s);
    auto logger = std::make_shared<spdlog::logger>(key, s.sinks.begin(), s.sinks.end());
    logger->set_level(s.level);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) { logger->flush(); });
    spdlog::shutdown(); // stops the flusher too
}

} // namespace opsdeck::logging
