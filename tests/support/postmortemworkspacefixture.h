#pragma once

#include "incidents/incidentcatalog.h"
#include "incidents/incidentservice.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemservices.h"
#include "postmortems/postmortemtemplatelibrary.h"
#include "store/workspacestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// What the tests of the post-mortem lists and dialogs share (tst_postmortemlists,
// tst_postmortemdialogs): a workspace file in a temporary folder with the incident and
// post-mortem services and catalogues the views are built on, and the steps the tests take. A
// test class derives from it (after QObject) and opens the workspace in initTestCase().
class PostMortemWorkspaceFixture {
protected:
    // Opens `fileName` in the temporary folder and loads both catalogues: empty, or what failed.
    QString openWorkspace(const QString &fileName)
    {
        QString error;
        m_store = opsdeck::WorkspaceStore::open(m_dir.filePath(fileName), &error);
        if (!m_store) {
            return error;
        }
        m_incidentService = std::make_unique<opsdeck::IncidentService>(*m_store);
        m_incidents = std::make_unique<opsdeck::IncidentCatalog>(*m_store);
        m_service = std::make_unique<opsdeck::PostMortemService>(*m_store);
        m_templates = std::make_unique<opsdeck::PostMortemTemplateLibrary>(*m_store);
        m_catalog = std::make_unique<opsdeck::PostMortemCatalog>(*m_store);
        QSignalSpy incidentsLoaded(m_incidents.get(), &opsdeck::IncidentCatalog::loaded);
        m_incidents->load();
        if (!incidentsLoaded.wait(5000)) {
            return QStringLiteral("the incident catalogue did not load within 5 s");
        }
        QSignalSpy loaded(m_catalog.get(), &opsdeck::PostMortemCatalog::loaded);
        m_catalog->load();
        if (!loaded.wait(5000)) {
            return QStringLiteral("the post-mortem catalogue did not load within 5 s");
        }
        return {};
    }

    opsdeck::ui::PostMortemServices services() const
    {
        return {*m_service,     *m_templates, *m_catalog, *m_incidents, QStringLiteral("tester"),
                m_store->path()};
    }

    opsdeck::PostMortem blank(const QString &title)
    {
        QString error;
        const std::optional<opsdeck::PostMortem> made =
            m_service->createBlank(title, QStringLiteral("alice"), &error);
        if (!made) {
            qWarning("createBlank: %s", qPrintable(error));
            return {};
        }
        return *made;
    }

    // Saves `edited` and waits until the catalogue has the saved text.
    opsdeck::PostMortem save(const opsdeck::PostMortem &edited)
    {
        QString error;
        const std::optional<opsdeck::PostMortem> saved =
            m_service->save(edited, QStringLiteral("alice"), &error);
        if (!saved) {
            qWarning("save: %s", qPrintable(error));
            return edited;
        }
        waitForCatalogue(*saved);
        return *saved;
    }

    bool waitForCatalogue(const opsdeck::PostMortem &expected)
    {
        return QTest::qWaitFor(
            [&]() {
                const opsdeck::PostMortem *listed = m_catalog->find(expected.id);
                return listed != nullptr && listed->versions.size() == expected.versions.size() &&
                       listed->reviewState == expected.reviewState;
            },
            5000);
    }

    opsdeck::Incident declare(const QString &title, const QString &service)
    {
        opsdeck::Incident incident;
        incident.title = title;
        incident.severity = opsdeck::Incident::Severity::Sev2;
        incident.services = {service};
        QString error;
        if (!m_incidentService->declare(incident, {}, QStringLiteral("alice"), &error)) {
            qWarning("declare: %s", qPrintable(error));
        }
        return incident;
    }

    static QString sectionText(const opsdeck::PostMortem &postMortem, const char *key)
    {
        const opsdeck::PostMortem::Section *section = postMortem.section(QString::fromLatin1(key));
        return section != nullptr ? section->markdown : QString();
    }

    static opsdeck::PostMortem withSection(opsdeck::PostMortem postMortem, const char *key,
                                           const QString &text)
    {
        for (opsdeck::PostMortem::Section &section : postMortem.sections) {
            if (section.key == QLatin1String(key)) {
                section.markdown = text;
            }
        }
        return postMortem;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<opsdeck::WorkspaceStore> m_store;
    std::unique_ptr<opsdeck::IncidentService> m_incidentService;
    std::unique_ptr<opsdeck::IncidentCatalog> m_incidents;
    std::unique_ptr<opsdeck::PostMortemService> m_service;
    std::unique_ptr<opsdeck::PostMortemTemplateLibrary> m_templates;
    std::unique_ptr<opsdeck::PostMortemCatalog> m_catalog;
};
