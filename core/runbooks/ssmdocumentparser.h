#pragma once

#include "model/runbook.h"
#include "runbooks/runbookparser.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace opsdeck {

// Reads an AWS Systems Manager Automation document (JSON or YAML) as a read-only runbook:
//
//   schemaVersion: '0.3'                     (required; other versions are not Automation)
//   description: Restart the web service     (first line → title; else the file name)
//   mainSteps:                               (required, at least one)
//     - name: restartService                 (required)
//       action: aws:runCommand               (required)
//       inputs:
//         Parameters:
//           commands: [systemctl restart nginx]
//
// Each main step becomes a step titled "name (action)". The commands of aws:runCommand
// (inputs.Parameters.commands) and the script of aws:executeScript (inputs.Script) become the
// step's command: shown and copyable, never run by Opsdeck (they run in AWS). Problems name the
// file, the line and the field path, e.g. "doc.yaml:14: mainSteps[2].action is missing".
class SsmDocumentParser {
public:
    enum class Format { JsonDocument, YamlDocument };

    // The files this parser reads: *.json, *.yaml, *.yml.
    static bool handles(const QString &filePath);

    // The format is taken from the file name (.json is JSON, anything else YAML).
    static std::optional<Runbook> parse(const QByteArray &content, const QString &filePath,
                                        RunbookProblem *problem);
    static std::optional<Runbook> parse(const QByteArray &content, Format format,
                                        const QString &filePath, RunbookProblem *problem);
};

} // namespace opsdeck
