#include "incidents/incidentcatalog.h"
#include "incidents/incidentservice.h"
#include "incidents/incidenttablemodel.h"
#include "postmortems/actionitemoverviewmodel.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemservice.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

// The live catalogue (core/store/livecatalog.h) and the table model base that follows it
// (ui/common/catalogtablemodel.h), on a real workspace file: nothing written while the first
// read runs is lost or doubled, and after the first fill every change arrives row by row.
class CatalogTableModelTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;

    Incident declare(const QString &title)
    {
        Incident incident;
        incident.title = title;
        incident.severity = Incident::Severity::Sev3;
        QString error;
        if (!IncidentService(*m_store).declare(incident, {}, QStringLiteral("alice"), &error)) {
            qWarning("declare failed: %s", qPrintable(error));
        }
        return incident;
    }

    static PostMortem::ActionItem actionItem(const QString &description)
    {
        PostMortem::ActionItem item;
        item.id = newId();
        item.description = description;
        item.owner = QStringLiteral("kim");
        item.priority = PostMortem::ActionItem::Priority::P2;
        item.status = PostMortem::ActionItem::Status::Open;
        return item;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store =
            WorkspaceStore::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())) +
                                     QStringLiteral(".opsdeck"),
                                 &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void changesDuringTheFirstReadAreNeitherLostNorDoubled()
    {
        for (int i = 0; i < 20; ++i) {
            declare(QStringLiteral("Before %1").arg(i));
        }
        IncidentCatalog catalog(*m_store);
        QSignalSpy loaded(&catalog, &CatalogSignals::loaded);
        catalog.load();
        // Written while the worker reads: the worker may or may not see them.
        const Incident during = declare(QStringLiteral("During the read"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(catalog.incidents().size(), 21);
        const auto copies =
            std::count_if(catalog.incidents().cbegin(), catalog.incidents().cend(),
                          [&during](const Incident &incident) { return incident.id == during.id; });
        QCOMPARE(copies, 1);
    }

    void afterTheFirstFillEveryChangeIsRowLevel()
    {
        declare(QStringLiteral("First"));
        const Incident second = declare(QStringLiteral("Second"));
        IncidentCatalog catalog(*m_store);
        IncidentTableModel model(catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&catalog, &CatalogSignals::loaded);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.size(), 1); // the first fill

        const QPersistentModelIndex kept = model.index(model.rowOf(second.id), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const Incident third = declare(QStringLiteral("Third"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 5000);
        QCOMPARE(model.rowOf(third.id), 0); // new ones first
        QCOMPARE(inserted.size(), 1);

        // A reload (a workspace import, say) updates the rows in place: no reset, and the row
        // a view had selected is still the same incident.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(resets.size(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(IncidentTableModel::IncidentIdRole).toString(), second.id);
    }

    void aDocumentWithSeveralRowsChangesOnlyItsOwnRows()
    {
        PostMortemService service(*m_store);
        QString error;
        std::optional<PostMortem> other =
            service.createBlank(QStringLiteral("Other"), QStringLiteral("alice"), &error);
        QVERIFY2(other, qPrintable(error));
        other->actionItems = {actionItem(QStringLiteral("Other's item"))};
        other = service.save(*other, QStringLiteral("alice"), &error);
        QVERIFY2(other, qPrintable(error));
        std::optional<PostMortem> edited =
            service.createBlank(QStringLiteral("Edited"), QStringLiteral("alice"), &error);
        QVERIFY2(edited, qPrintable(error));
        edited->actionItems = {actionItem(QStringLiteral("Stays")),
                               actionItem(QStringLiteral("Goes"))};
        edited = service.save(*edited, QStringLiteral("alice"), &error);
        QVERIFY2(edited, qPrintable(error));

        PostMortemCatalog catalog(*m_store);
        QSignalSpy loaded(&catalog, &CatalogSignals::loaded);
        catalog.load();
        QVERIFY(loaded.wait(5000));
        ActionItemOverviewModel model(catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const QString stays = edited->actionItems.at(0).id;
        const QPersistentModelIndex othersRow =
            model.index(model.rowOf(other->id, other->actionItems.at(0).id), 0);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        edited->actionItems.removeLast();
        edited->actionItems.append(actionItem(QStringLiteral("New")));
        edited->actionItems.append(actionItem(QStringLiteral("Newer")));
        edited = service.save(*edited, QStringLiteral("alice"), &error);
        QVERIFY2(edited, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 5000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1); // the two new items in one step
        QCOMPARE(resets.size(), 0);
        QVERIFY(model.rowOf(edited->id, stays) >= 0);
        QCOMPARE(othersRow.data(ActionItemOverviewModel::ActionItemIdRole).toString(),
                 other->actionItems.at(0).id);

        QVERIFY2(service.remove(edited->id, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
        QCOMPARE(resets.size(), 0);
        QVERIFY(othersRow.isValid());
    }
};

OPSDECK_TEST_MAIN(CatalogTableModelTest)
#include "tst_catalogtablemodel.moc"
