#include "model/runbook.h"

namespace opsdeck {

Json Runbook::toJson() const
{
    Json stepList = Json::array();
    for (const Step &step : steps) {
        stepList.push_back({{"title", step.title}, {"command", step.command}});
    }
    return {
        {"schema", SchemaVersion},
        {"id", id},
        {"title", title},
        {"owner", owner},
        {"services", services},
        {"lastReviewed",
         lastReviewed.isValid() ? Json(lastReviewed.toString(Qt::ISODate)) : Json()},
        {"alertMatchers", alertMatchers},
        {"steps", stepList},
        {"sourcePath", sourcePath},
        {"readOnly", readOnly},
    };
}

Runbook Runbook::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    Runbook runbook;
    runbook.id = reader.id("id");
    runbook.title = reader.string("title");
    runbook.owner = reader.optionalString("owner");
    runbook.services = reader.strings("services");
    runbook.lastReviewed = reader.optionalDate("lastReviewed");
    runbook.alertMatchers = reader.strings("alertMatchers");
    runbook.steps = reader.list<Step>("steps", [](const JsonReader &item) {
        return Step{item.string("title"), item.optionalString("command")};
    });
    runbook.sourcePath = reader.optionalString("sourcePath");
    runbook.readOnly = reader.boolean("readOnly", false);
    return runbook;
}

QStringList RunbookExecution::stepStatusNames()
{
    return {QStringLiteral("pending"), QStringLiteral("started"), QStringLiteral("done"),
            QStringLiteral("skipped"), QStringLiteral("failed")};
}

QString RunbookExecution::stepStatusName(StepState::Status status)
{
    return stepStatusNames().at(int(status));
}

std::optional<RunbookExecution::StepState::Status>
RunbookExecution::stepStatusFromName(const QString &name)
{
    return enumFromName<StepState::Status>(stepStatusNames(), name);
}

Json RunbookExecution::toJson() const
{
    Json stepList = Json::array();
    for (const StepState &step : steps) {
        stepList.push_back({{"index", step.index},
                            {"state", stepStatusName(step.status)},
                            {"by", step.by},
                            {"at", step.at.isValid() ? Json(toIsoUtc(step.at)) : Json()},
                            {"reason", step.reason},
                            {"output", step.output},
                            {"exitCode", step.exitCode ? Json(*step.exitCode) : Json()}});
    }
    return {{"schema", SchemaVersion},          {"id", id},
            {"incidentId", incidentId},         {"runbookId", runbookId},
            {"startedAt", toIsoUtc(startedAt)}, {"steps", stepList}};
}

RunbookExecution RunbookExecution::fromJson(const Json &json, const QString &path)
{
    const JsonReader reader(json, path);
    reader.checkSchema(SchemaVersion);
    RunbookExecution execution;
    execution.id = reader.id("id");
    execution.incidentId = reader.id("incidentId");
    execution.runbookId = reader.id("runbookId");
    execution.startedAt = reader.time("startedAt");
    execution.steps = reader.list<StepState>("steps", [](const JsonReader &item) {
        StepState step;
        step.index = int(item.integer("index"));
        step.status = item.enumeration<StepState::Status>("state", stepStatusNames());
        step.by = item.optionalString("by");
        step.at = item.optionalTime("at");
        step.reason = item.optionalString("reason");
        step.output = item.optionalString("output");
        if (item.present("exitCode")) {
            step.exitCode = int(item.integer("exitCode"));
        }
        return step;
    });
    return execution;
}

} // namespace opsdeck
