#include "common/statustexts.h"

namespace opsdeck::ui {
namespace {

const QString RunbookScheme = QStringLiteral("opsdeck-runbook");

} // namespace

QString StatusTexts::alertState(Alert::State state)
{
    switch (state) {
    case Alert::State::Active:
        return tr("active");
    case Alert::State::Suppressed:
        return tr("suppressed");
    case Alert::State::Unprocessed:
        return tr("unprocessed");
    case Alert::State::Pending:
        return tr("pending");
    case Alert::State::Firing:
        return tr("firing");
    }
    return {};
}

QString StatusTexts::incidentStatus(Incident::Status status)
{
    switch (status) {
    case Incident::Status::Triage:
        return tr("Triage");
    case Incident::Status::Investigating:
        return tr("Investigating");
    case Incident::Status::Identified:
        return tr("Identified");
    case Incident::Status::Mitigated:
        return tr("Mitigated");
    case Incident::Status::Resolved:
        return tr("Resolved");
    case Incident::Status::Closed:
        break;
    }
    return tr("Closed");
}

QUrl runbookLink(const QString &key)
{
    QUrl url;
    url.setScheme(RunbookScheme);
    url.setPath(key);
    return url;
}

std::optional<QString> runbookKeyOf(const QUrl &link)
{
    if (link.scheme() != RunbookScheme) {
        return std::nullopt;
    }
    return link.path();
}

} // namespace opsdeck::ui
