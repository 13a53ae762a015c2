#pragma once

#include "shell/incidentdeclarer.h"

#include <QHash>

namespace opsdeck {
class IncidentCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

// Which incident each alert belongs to, read from the incident catalogue: built again on the
// first question after the catalogue changed (the Alarms view asks once a painted row).
class IncidentLinkIndex {
public:
    explicit IncidentLinkIndex(const IncidentCatalog &catalog);

    void invalidate() { m_built = false; }
    // The newest open incident `fingerprint` is linked to, else the newest.
    std::optional<IncidentLink> incidentOf(const QString &fingerprint) const;
    QStringList fingerprints() const; // of every alert linked to an incident

private:
    void build() const;

    const IncidentCatalog &m_catalog;
    mutable bool m_built = false;
    mutable QHash<QString, int> m_byFingerprint; // index into the catalogue's incidents
};

} // namespace opsdeck::ui
