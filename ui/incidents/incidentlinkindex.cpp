#include "incidents/incidentlinkindex.h"

#include "common/statustexts.h"
#include "incidents/incidentcatalog.h"

namespace opsdeck::ui {
namespace {

bool isOpen(const Incident &incident)
{
    return incident.status < Incident::Status::Resolved;
}

// Open before ended, then the newest declared.
bool comesFirst(const Incident &candidate, const Incident &current)
{
    if (isOpen(candidate) != isOpen(current)) {
        return isOpen(candidate);
    }
    return candidate.declaredAt > current.declaredAt;
}

} // namespace

IncidentLinkIndex::IncidentLinkIndex(const IncidentCatalog &catalog)
    : m_catalog(catalog)
{}

void IncidentLinkIndex::build() const
{
    m_byFingerprint.clear();
    const QList<Incident> &incidents = m_catalog.incidents();
    for (int row = 0; row < incidents.size(); ++row) {
        for (const QString &fingerprint : incidents.at(row).alertFingerprints) {
            const auto found = m_byFingerprint.constFind(fingerprint);
            if (found == m_byFingerprint.cend() ||
                comesFirst(incidents.at(row), incidents.at(*found))) {
                m_byFingerprint.insert(fingerprint, row);
            }
        }
    }
    m_built = true;
}

std::optional<IncidentLink> IncidentLinkIndex::incidentOf(const QString &fingerprint) const
{
    if (!m_built) {
        build();
    }
    const auto found = m_byFingerprint.constFind(fingerprint);
    if (found == m_byFingerprint.cend()) {
        return std::nullopt;
    }
    const Incident &incident = m_catalog.incidents().at(*found);
    return IncidentLink{incident.id, incident.key, StatusTexts::incidentStatus(incident.status),
                        isOpen(incident)};
}

QStringList IncidentLinkIndex::fingerprints() const
{
    if (!m_built) {
        build();
    }
    return m_byFingerprint.keys();
}

} // namespace opsdeck::ui
