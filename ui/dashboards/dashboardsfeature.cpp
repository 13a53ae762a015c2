#include "dashboards/dashboardsfeature.h"

#include "common/appsettings.h"
#include "common/exportfiledialog.h"
#include "dashboards/dashboardcatalog.h"
#include "dashboards/dashboarddock.h"
#include "dashboards/dashboardfile.h"
#include "dashboards/dashboardsdock.h"
#include "dashboards/dashboardservice.h"
#include "dashboards/grafanaexport.h"
#include "dashboards/queryengine.h"
#include "metrics/metricqueryservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace opsdeck::ui {

DashboardsFeature::DashboardsFeature(const FeatureEnvironment &environment,
                                     MetricQueryService &metrics)
    : m_environment(environment)
    , m_metrics(metrics)
    , m_catalog(std::make_unique<DashboardCatalog>(environment.store))
    , m_service(std::make_unique<DashboardService>(environment.store))
    , m_engine(std::make_unique<QueryEngine>(metrics))
{}

// The docks (owned by the window) go before the engine they ask.
DashboardsFeature::~DashboardsFeature()
{
    for (const QPointer<DashboardDock> &dock : std::as_const(m_open)) {
        delete dock.data();
    }
}

QList<ViewDock *> DashboardsFeature::createViews(WindowHost &host)
{
    auto *dock = new DashboardsDock(*m_catalog, host.windowWidget());
    m_dock = dock;
    QObject::connect(dock, &DashboardsDock::openRequested, dock,
                     [this, &host](const QString &id) { open(host, id); });
    QObject::connect(dock, &DashboardsDock::importRequested, dock,
                     [this, &host] { chooseImport(host); });
    QObject::connect(
        dock, &DashboardsDock::exportRequested, dock,
        [this, &host](const QString &id, const QString &format) { exportFile(host, id, format); });
    QObject::connect(dock, &DashboardsDock::deleteRequested, dock,
                     [this, &host](const QString &id) { confirmRemove(host, id); });
    return {dock};
}

QList<PerspectivePlacement> DashboardsFeature::placements() const
{
    return {{QStringLiteral("review"),
             DockPlacement::inArea(DashboardsDock::Id, Qt::LeftDockWidgetArea, 40)}};
}

void DashboardsFeature::start(WindowHost &host)
{
    // What was open when the console last quit opens again once the list is read.
    auto reopen = std::make_shared<QMetaObject::Connection>();
    *reopen = QObject::connect(m_catalog.get(), &CatalogSignals::loaded, m_catalog.get(),
                               [this, &host, reopen] {
                                   QObject::disconnect(*reopen);
                                   const QStringList ids = readSetting(settings::OpenDashboards);
                                   for (const QString &id : ids) {
                                       if (m_catalog->find(id) != nullptr) {
                                           open(host, id);
                                       }
                                   }
                                   rememberOpen(); // without those that are gone
                               });
    m_catalog->load();
}

void DashboardsFeature::rememberOpen() const
{
    QStringList ids;
    for (const QPointer<DashboardDock> &dock : m_open) {
        if (dock) {
            ids.append(dock->dashboardId());
        }
    }
    writeSetting(settings::OpenDashboards, ids);
}

QString DashboardsFeature::defaultBackendId() const
{
    const QList<BackendDefinition> &backends = m_metrics.prometheusBackends();
    return backends.isEmpty() ? QString() : backends.constFirst().id;
}

DashboardDock *DashboardsFeature::open(WindowHost &host, const QString &id)
{
    m_open.removeAll(nullptr);
    for (const QPointer<DashboardDock> &dock : std::as_const(m_open)) {
        if (dock->dashboardId() == id) {
            dock->show();
            dock->raise();
            return dock;
        }
    }
    const Dashboard *dashboard = m_catalog->find(id);
    if (dashboard == nullptr) {
        if (m_dock && !id.isEmpty()) {
            m_dock->showMessage(
                QCoreApplication::translate("DashboardsFeature", "That dashboard is gone."), true);
        }
        return nullptr;
    }
    auto *dock = new DashboardDock(*dashboard, *m_engine, defaultBackendId());
    m_open.append(dock);
    QObject::connect(dock, &DashboardDock::closedByUser, dock, [this, dock] {
        m_open.removeAll(dock);
        rememberOpen();
    });
    host.addDocumentDock(dock, QString::fromLatin1(DashboardsDock::Id));
    rememberOpen();
    return dock;
}

void DashboardsFeature::chooseImport(WindowHost &host)
{
    auto *dialog = new QFileDialog(
        host.windowWidget(), QCoreApplication::translate("DashboardsFeature", "Import dashboard"),
        QString(),
        QCoreApplication::translate("DashboardsFeature", "Dashboards (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importDashboardDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, m_dock,
                     [this, &host](const QString &path) { importFile(host, path); });
    dialog->open();
}

void DashboardsFeature::importFile(WindowHost &host, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dock->showMessage(QCoreApplication::translate("DashboardsFeature", "Cannot read %1: %2")
                                .arg(path, file.errorString()),
                            true);
        return;
    }
    DashboardImport result = readDashboardFile(file.readAll(), defaultBackendId());
    if (!result.ok()) {
        m_dock->showMessage(QStringLiteral("%1: %2").arg(path, result.error), true);
        return;
    }
    QString error;
    if (!m_service->save(*result.dashboard, m_environment.userName,
                         DashboardVersion::Reason::Imported, &error)) {
        m_dock->showMessage(error, true);
        return;
    }
    m_dock->showMessage(QCoreApplication::translate("DashboardsFeature", "Imported “%1”.")
                            .arg(result.dashboard->title),
                        false);
    // The report says panel by panel what was kept, approximated or dropped.
    auto *report = new QMessageBox(
        QMessageBox::Information, QCoreApplication::translate("DashboardsFeature", "Import report"),
        QCoreApplication::translate("DashboardsFeature", "“%1” was imported.")
            .arg(result.dashboard->title),
        QMessageBox::Ok, host.windowWidget());
    report->setObjectName(QStringLiteral("importReport"));
    report->setInformativeText(result.report.text());
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->open();
}

void DashboardsFeature::exportFile(WindowHost &host, const QString &id, const QString &format)
{
    const Dashboard *dashboard = m_catalog->find(id);
    if (dashboard == nullptr) {
        return;
    }
    const bool opsdeck = format == QLatin1String("opsdeck");
    const Json json = opsdeck ? dashboard->toJson() : GrafanaExport::toJson(*dashboard);
    const QString fileName =
        dashboard->title + (opsdeck ? QStringLiteral(".opsdeck.json") : QStringLiteral(".json"));
    openExportDialog(
        host.windowWidget(), QCoreApplication::translate("DashboardsFeature", "Export dashboard"),
        fileName, [this, json](const QString &path) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(QByteArray::fromStdString(json.dump(2)) + '\n') < 0 || !file.commit()) {
                m_dock->showMessage(
                    QCoreApplication::translate("DashboardsFeature", "Cannot write %1: %2")
                        .arg(path, file.errorString()),
                    true);
                return;
            }
            m_dock->showMessage(
                QCoreApplication::translate("DashboardsFeature", "Exported to %1.").arg(path),
                false);
        });
}

void DashboardsFeature::confirmRemove(WindowHost &host, const QString &id)
{
    const Dashboard *dashboard = m_catalog->find(id);
    if (dashboard == nullptr) {
        return;
    }
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, QCoreApplication::translate("DashboardsFeature", "Delete dashboard"),
        QCoreApplication::translate("DashboardsFeature",
                                    "Delete “%1” with all its versions? This cannot be undone.")
            .arg(dashboard->title),
        QMessageBox::Yes | QMessageBox::Cancel, host.windowWidget());
    confirm->setObjectName(QStringLiteral("deleteConfirmation"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)
        ->setText(QCoreApplication::translate("DashboardsFeature", "Delete"));
    QObject::connect(confirm, &QMessageBox::finished, m_dock, [this, id](int result) {
        if (result == QMessageBox::Yes) {
            remove(id);
        }
    });
    confirm->open();
}

void DashboardsFeature::remove(const QString &id)
{
    QString error;
    if (!m_service->remove(id, &error)) {
        m_dock->showMessage(error, true);
        return;
    }
    for (const QPointer<DashboardDock> &dock : std::as_const(m_open)) {
        if (!dock.isNull() && dock->dashboardId() == id) {
            dock->close();
        }
    }
}

} // namespace opsdeck::ui
