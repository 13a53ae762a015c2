#include "fuzztargets.h"

#include "alarms/alertanswerreader.h"
#include "alarms/alertfilter.h"
#include "alarms/alertparser.h"
#include "alarms/alerttextreader.h"
#include "alarms/silenceparser.h"
#include "backends/backendprobe.h"
#include "dashboards/grafanaexport.h"
#include "dashboards/grafanaimport.h"
#include "metrics/metricsnapshot.h"
#include "metrics/queryanswer.h"
#include "model/alert.h"
#include "model/assessment.h"
#include "model/backenddefinition.h"
#include "model/dashboard.h"
#include "model/deployment.h"
#include "model/incident.h"
#include "model/postmortem.h"
#include "model/runbook.h"
#include "model/silence.h"
#include "model/timelineevent.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemtemplate.h"
#include "runbooks/runbookparser.h"
#include "runbooks/ssmdocumentparser.h"
#include "store/workspacebundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

namespace opsdeck::fuzz {
namespace {

const QString Backend = QStringLiteral("fuzz");

// A broken contract: says which and stops the run, so libFuzzer keeps the input.
[[noreturn]] void violated(const char *target, const char *what)
{
    std::fprintf(stderr, "%s: %s\n", target, what);
    std::abort();
}

void require(bool holds, const char *target, const char *what)
{
    if (!holds) {
        violated(target, what);
    }
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    // Copied: a parser may keep views into its input, and the fuzzer's buffer does not outlive
    // the run.
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

// An alert that readAlertmanagerAlert takes from `text` is what Qt's JSON reader reads there.
void requireFastReadingAgrees(QByteArrayView text, AlertTextPool &pool)
{
    const std::optional<Alert> fast = readAlertmanagerAlert(text, {Backend}, pool);
    if (!fast) {
        return;
    }
    const ParsedAlertTexts full = AlertParser::parseTextFully(text, Backend);
    require(full.error.isEmpty() && full.warnings.isEmpty() && full.alerts.size() == 1,
            "alertmanager_alerts", "the fast reading took an alert the full reading refuses");
    require(*fast == full.alerts.first(), "alertmanager_alerts",
            "the fast reading read an alert otherwise than the full reading");
}

int alertmanagerAlerts(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = bytesOf(data, size);
    AlertParseCache cache;
    const ParsedAlerts first = AlertParser::parseAlertmanager(body, Backend, &cache);
    // The second poll of the same answer comes from the cache and must read the same.
    const ParsedAlerts second = AlertParser::parseAlertmanager(body, Backend, &cache);
    require(first.ok() == second.ok(), "alertmanager_alerts", "a cached parse disagrees");
    require(first.alerts.size() == second.alerts.size(), "alertmanager_alerts",
            "a cached parse has another number of alerts");
    require(std::all_of(first.alerts.cbegin(), first.alerts.cend(),
                        [](const Alert &alert) { return alert.sources == QStringList{Backend}; }),
            "alertmanager_alerts", "an alert lost its backend");
    // Read as it arrives off the network, in pieces whose sizes the input's bytes choose, the
    // answer must read exactly as it does whole.
    AlertmanagerAnswerReader reader(Backend);
    for (qsizetype at = 0, piece = 1; at < body.size(); at += piece) {
        piece = 1 + quint8(body.at(at)) % 17;
        reader.feed(QByteArrayView(body).sliced(at, std::min(piece, body.size() - at)));
    }
    const ParsedAlerts pieces = reader.finish();
    require(pieces.error == first.error && pieces.warnings == first.warnings &&
                pieces.alerts.size() == first.alerts.size(),
            "alertmanager_alerts", "an answer read in pieces reads otherwise than whole");
    // Cut into batches of a size the input chooses, each parsed on its own (as workers do)
    // and joined in order, it must read as whole too.
    AlertmanagerAnswerSplitter splitter(body.isEmpty() ? 1 : 1 + quint8(body.back()) % 97);
    QList<ParsedAlertTexts> batches;
    const auto parse = [&batches](const AlertTexts &texts) {
        batches.append(AlertParser::parseTexts(texts, Backend));
    };
    for (qsizetype at = 0, piece = 1; at < body.size(); at += piece) {
        piece = 1 + quint8(body.at(at)) % 23;
        splitter.feed(body.sliced(at, std::min(piece, body.size() - at)), parse);
    }
    const QString answerError = splitter.finish(parse);
    const ParsedAlerts joined = AlertParser::join(std::move(batches), answerError);
    require(joined.error == first.error && joined.warnings == first.warnings &&
                joined.alerts.size() == first.alerts.size(),
            "alertmanager_alerts", "an answer read in batches reads otherwise than whole");
    // The input as one alert's text, and each element of it as an answer.
    AlertTextPool pool;
    requireFastReadingAgrees(body, pool);
    AlertmanagerAnswerSplitter elements(1);
    const auto compare = [&pool](const AlertTexts &texts) {
        for (qsizetype i = 0; i < texts.texts.size(); ++i) {
            requireFastReadingAgrees(texts.text(i), pool);
        }
    };
    elements.feed(body, compare);
    elements.finish(compare);
    return 0;
}

int prometheusAlerts(const std::uint8_t *data, std::size_t size)
{
    const ParsedAlerts parsed = AlertParser::parsePrometheus(bytesOf(data, size), Backend);
    require(parsed.ok() || parsed.alerts.isEmpty(), "prometheus_alerts", "alerts beside an error");
    return 0;
}

int alertmanagerSilences(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = bytesOf(data, size);
    const ParsedSilences parsed = SilenceParser::parse(body, Backend);
    require(parsed.ok() || parsed.silences.isEmpty(), "alertmanager_silences",
            "silences beside an error");
    // The answer to creating a silence: an id, or an error saying why not.
    QString error;
    const QString id = SilenceParser::createdId(body, &error);
    require(!id.isEmpty() || !error.isEmpty(), "alertmanager_silences",
            "neither an id nor an error");
    return 0;
}

int prometheusQueryRange(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = bytesOf(data, size);
    QString error;
    qsizetype inAnswer = 0;
    QStringList warnings;
    const QList<MetricSnapshot::Series> series =
        MetricSnapshot::parseQueryRange(body, &error, 3, &inAnswer, &warnings);
    require(series.size() <= 3, "prometheus_query_range", "more series than asked for");
    require(error.isEmpty() || series.isEmpty(), "prometheus_query_range",
            "series beside an error");
    require(!error.isEmpty() || inAnswer >= series.size(), "prometheus_query_range",
            "fewer series in the answer than kept");
    // The same reader serves instant queries (vector, scalar, string) for dashboards.
    const std::optional<QueryAnswer> answer = QueryAnswer::parse(body, 3, &error);
    require(answer.has_value() == error.isEmpty(), "prometheus_query_range",
            "an answer beside an error, or neither");
    if (answer) {
        require(answer->series.size() <= 3 && answer->seriesInAnswer >= answer->series.size(),
                "prometheus_query_range", "more series kept than asked for or than came");
        require(answer->resultType == QueryAnswer::ResultType::String || answer->text.isEmpty(),
                "prometheus_query_range", "text beside a numeric result");
    }
    return 0;
}

int backendStatus(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = bytesOf(data, size);
    for (const BackendKind kind : {BackendKind::Prometheus, BackendKind::Alertmanager}) {
        const ProbeResult result = BackendProbe::parseStatus(kind, body);
        require(!result.ok || !result.version.isNull(), "backend_status", "ok without a version");
    }
    return 0;
}

int filterExpression(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytesOf(data, size));
    FilterError error;
    const AlertFilter filter = AlertFilter::parse(text, &error);
    if (!error.isEmpty()) {
        require(error.column >= 1 && error.column <= text.size() + 1, "filter_expression",
                "an error's column outside the text");
    } else {
        Alert alert;
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                        {QStringLiteral("severity"), QStringLiteral("critical")}};
        alert.annotations = {{QStringLiteral("summary"), QStringLiteral("Disk / is 97% full")}};
        alert.sources = {Backend};
        filter.matches(alert, {{Backend, QStringLiteral("am-eu")}});
    }
    FilterError matcherError;
    const QList<LabelMatcher> matchers = AlertFilter::parseMatchers(text, &matcherError);
    require(matcherError.isEmpty() || matchers.isEmpty(), "filter_expression",
            "matchers beside an error");
    for (const LabelMatcher &matcher : matchers) {
        // What the console sends to Alertmanager reads back as the same matcher.
        FilterError again;
        const QList<LabelMatcher> reread = AlertFilter::parseMatchers(matcher.toString(), &again);
        require(again.isEmpty() && reread.size() == 1, "filter_expression",
                "a matcher's own text does not parse");
    }
    return 0;
}

void requireProblem(bool parsed, const RunbookProblem &problem, const char *target)
{
    require(parsed || !problem.message.isEmpty(), target, "refused without a message");
    require(parsed || problem.line >= 0, target, "a problem before the first line");
}

int runbookMarkdown(const std::uint8_t *data, std::size_t size)
{
    RunbookProblem problem;
    const auto parsed =
        RunbookParser::parse(bytesOf(data, size), QStringLiteral("fuzz.md"), &problem);
    requireProblem(parsed.has_value(), problem, "runbook_markdown");
    return 0;
}

int ssmDocument(const std::uint8_t *data, std::size_t size, SsmDocumentParser::Format format,
                const char *target)
{
    RunbookProblem problem;
    const auto parsed = SsmDocumentParser::parse(bytesOf(data, size), format,
                                                 QStringLiteral("fuzz.document"), &problem);
    requireProblem(parsed.has_value(), problem, target);
    return 0;
}

int ssmJson(const std::uint8_t *data, std::size_t size)
{
    return ssmDocument(data, size, SsmDocumentParser::Format::JsonDocument, "ssm_json");
}

int ssmYaml(const std::uint8_t *data, std::size_t size)
{
    return ssmDocument(data, size, SsmDocumentParser::Format::YamlDocument, "ssm_yaml");
}

int postMortemMarkdown(const std::uint8_t *data, std::size_t size)
{
    const QList<PostMortem::Section> sections = PostMortemTemplates::blameless();
    QString error;
    const auto read = PostMortemMarkdown::read(bytesOf(data, size), sections, &error);
    require(read.has_value() || !error.isEmpty(), "postmortem_markdown",
            "refused without a message");
    if (read) {
        // What Opsdeck writes it reads back.
        QString again;
        require(PostMortemMarkdown::read(PostMortemMarkdown::write(*read), sections, &again)
                    .has_value(),
                "postmortem_markdown", "its own export does not read back");
    }
    return 0;
}

int postMortemTemplate(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const auto read = PostMortemTemplates::fromMarkdown(bytesOf(data, size),
                                                        PostMortemTemplates::builtIn(), &error);
    require(read.has_value() || !error.isEmpty(), "postmortem_template",
            "refused without a message");
    return 0;
}

// QSqlDatabase needs an application object for its drivers; the replay test has one already.
void ensureApplication()
{
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "opsdeck-fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication application(argc, argv);
    }
}

int workspaceBundle(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    const QTemporaryDir folder;
    require(folder.isValid(), "workspace_bundle", "no temporary folder");
    QFile bundle(folder.filePath(QStringLiteral("fuzz.opsdeck-bundle")));
    require(bundle.open(QIODevice::WriteOnly) && bundle.write(bytesOf(data, size)) == qint64(size),
            "workspace_bundle", "the bundle could not be written");
    bundle.close();
    QString error;
    const bool imported = WorkspaceBundle::importFrom(
        bundle.fileName(), folder.filePath(QStringLiteral("imported.opsdeck")), &error);
    require(imported || !error.isEmpty(), "workspace_bundle", "refused without a message");
    return 0;
}

// A JSON document read as `Document`: a result, or a ModelError naming what and where.
template <typename Document>
void readDocument(const Json &json, const char *target)
{
    try {
        static_cast<void>(Document::fromJson(json, QStringLiteral("document")));
    } catch (const ModelError &error) {
        require(!error.message().isEmpty(), target, "a model error without a message");
        require(error.path().startsWith(QStringLiteral("document")), target,
                "a model error that does not say where");
    }
}

Json jsonOf(const std::uint8_t *data, std::size_t size)
{
    return Json::parse(data, data + size, nullptr, false);
}

int backendDefinition(const std::uint8_t *data, std::size_t size)
{
    readDocument<BackendDefinition>(jsonOf(data, size), "backend_definition");
    return 0;
}

// Every document the workspace stores, as a bundle or a team store hands it back. The first
// byte picks the kind.
int modelDocuments(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    using Reader = void (*)(const Json &, const char *);
    static constexpr std::array<Reader, 12> readers{&readDocument<Incident>,
                                                    &readDocument<TimelineEvent>,
                                                    &readDocument<Alert>,
                                                    &readDocument<Silence>,
                                                    &readDocument<PostMortem>,
                                                    &readDocument<Runbook>,
                                                    &readDocument<Dashboard>,
                                                    &readDocument<Assessment>,
                                                    &readDocument<Deployment>,
                                                    &readDocument<RunbookExecution>,
                                                    &readDocument<BackendDefinition>,
                                                    &readDocument<PostMortemTemplate>};
    readers.at(data[0] % readers.size())(jsonOf(data + 1, size - 1), "model_documents");
    return 0;
}

// A dashboard with its panels' ids taken away: Grafana's ids are numbers, so an export gives
// an id that is not a number one of its own.
Dashboard withoutPanelIds(Dashboard dashboard)
{
    dashboard.id.clear();
    for (DashboardPanel &panel : dashboard.panels) {
        panel.id.clear();
    }
    for (DashboardRow &row : dashboard.rows) {
        for (DashboardPanel &panel : row.panels) {
            panel.id.clear();
        }
    }
    return dashboard;
}

// A Grafana classic dashboard: a dashboard with its report, or an error naming where and no
// report; what was made is an Opsdeck dashboard that reads back as itself, and that exported
// to Grafana imports again as the same dashboard.
int grafanaDashboard(const std::uint8_t *data, std::size_t size)
{
    const char *const target = "grafana_dashboard";
    const DashboardImport result =
        GrafanaImport::read(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                            QStringLiteral("backend"));
    require(result.ok() == result.error.isEmpty(), target, "both a dashboard and an error");
    if (!result.ok()) {
        require(result.report.entries.isEmpty(), target, "a report beside an error");
        return 0;
    }
    const Json json = result.dashboard->toJson();
    try {
        require(Dashboard::fromJson(Json::parse(json.dump())) == *result.dashboard, target,
                "an imported dashboard that reads back otherwise");
        const DashboardImport again =
            GrafanaImport::fromJson(Json::parse(GrafanaExport::toJson(*result.dashboard).dump()),
                                    QStringLiteral("backend"));
        require(again.ok() &&
                    withoutPanelIds(*again.dashboard) == withoutPanelIds(*result.dashboard),
                target, "an exported dashboard that imports otherwise");
    } catch (const ModelError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.text()));
        require(false, target, "an imported dashboard that does not read back");
    }
    return 0;
}

} // namespace

int commandLine(const std::uint8_t *data, std::size_t size); // fuzzcommandline.cpp

std::span<const Target> targets()
{
    static constexpr std::array all{
        Target{"alertmanager_alerts", &alertmanagerAlerts},
        Target{"prometheus_alerts", &prometheusAlerts},
        Target{"alertmanager_silences", &alertmanagerSilences},
        Target{"prometheus_query_range", &prometheusQueryRange},
        Target{"backend_status", &backendStatus},
        Target{"filter_expression", &filterExpression},
        Target{"runbook_markdown", &runbookMarkdown},
        Target{"ssm_json", &ssmJson},
        Target{"ssm_yaml", &ssmYaml},
        Target{"postmortem_markdown", &postMortemMarkdown},
        Target{"postmortem_template", &postMortemTemplate},
        Target{"workspace_bundle", &workspaceBundle},
        Target{"backend_definition", &backendDefinition},
        Target{"model_documents", &modelDocuments},
        Target{"command_line", &commandLine},
        Target{"grafana_dashboard", &grafanaDashboard},
    };
    return all;
}

const Target *findTarget(std::string_view name)
{
    const auto all = targets();
    const auto found = std::find_if(all.begin(), all.end(),
                                    [name](const Target &target) { return target.name == name; });
    return found == all.end() ? nullptr : &*found;
}

} // namespace opsdeck::fuzz
