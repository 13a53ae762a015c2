#pragma once

#include "shell/feature.h"

#include <QPointer>

#include <memory>

namespace opsdeck {
class DashboardCatalog;
class DashboardService;
class MetricQueryService;
class QueryEngine;
} // namespace opsdeck

namespace opsdeck::ui {

class DashboardDock;
class DashboardsDock;

// Dashboards: the workspace's dashboards listed, each opened in a dock of its own with its
// panels drawn from the Prometheus backends; Grafana and Opsdeck files imported and exported.
class DashboardsFeature : public Feature {
public:
    DashboardsFeature(const FeatureEnvironment &environment, MetricQueryService &metrics);
    ~DashboardsFeature() override;

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<PerspectivePlacement> placements() const override;
    void start(WindowHost &host) override;

    DashboardCatalog &catalog() { return *m_catalog; }
    QueryEngine &engine() { return *m_engine; }
    // Opens the dashboard with `id` in its dock (or shows the one already open).
    DashboardDock *open(WindowHost &host, const QString &id);

private:
    void chooseImport(WindowHost &host);
    void importFile(WindowHost &host, const QString &path);
    void exportFile(WindowHost &host, const QString &id, const QString &format);
    void confirmRemove(WindowHost &host, const QString &id);
    void remove(const QString &id);
    QString defaultBackendId() const;
    void rememberOpen() const;

    FeatureEnvironment m_environment;
    MetricQueryService &m_metrics;
    std::unique_ptr<DashboardCatalog> m_catalog;
    std::unique_ptr<DashboardService> m_service;
    std::unique_ptr<QueryEngine> m_engine;
    QPointer<DashboardsDock> m_dock;
    QList<QPointer<DashboardDock>> m_open;
};

} // namespace opsdeck::ui
