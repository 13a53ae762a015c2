#include "common/messagelabel.h"
#include "postmortems/actionitemoverviewmodel.h"
#include "postmortems/actionitemoverviewproxy.h"
#include "postmortems/actionitemsdock.h"
#include "postmortems/createpostmortemdialog.h"
#include "postmortems/postmortemfilterproxy.h"
#include "postmortems/postmortemsdock.h"
#include "postmortems/postmortemtablemodel.h"
#include "postmortemworkspacefixture.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace opsdeck;
using namespace opsdeck::ui;

// The Post-mortems and Action items lists on a real workspace file.
class PostMortemListsTest : public QObject, public PostMortemWorkspaceFixture {
    Q_OBJECT

private:
    static QStringList listedTitles(const PostMortemsDock &dock)
    {
        QStringList titles;
        for (int row = 0; row < dock.proxy()->rowCount(); ++row) {
            titles.append(dock.proxy()->index(row, PostMortemTableModel::Title).data().toString());
        }
        titles.sort();
        return titles;
    }

    static QStringList search(PostMortemsDock &dock, const QString &text)
    {
        QSignalSpy finished(&dock, &PostMortemsDock::searchFinished);
        dock.searchField()->setText(text);
        if (!finished.wait(5000)) {
            return {QStringLiteral("(no result)")};
        }
        return listedTitles(dock);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = openWorkspace(QStringLiteral("lists.opsdeck"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void theEmptyListSaysSo()
    {
        PostMortemsDock dock(services());
        QVERIFY(dock.isShowingEmptyState());
        // The empty state names New… and offers it; it opens the dialog to write one.
        const QList<QToolButton *> offered = dock.findChildren<QToolButton *>();
        const auto newButton =
            std::find_if(offered.begin(), offered.end(), [](const QToolButton *button) {
                return button->defaultAction() != nullptr &&
                       button->defaultAction()->objectName() == QLatin1String("newAction");
            });
        QVERIFY(newButton != offered.end());
        QCOMPARE((*newButton)->text(), QStringLiteral("New…"));
        (*newButton)->click();
        QTRY_VERIFY(dock.findChild<CreatePostMortemDialog *>() != nullptr);
        delete dock.findChild<CreatePostMortemDialog *>();
        ActionItemsDock actionItems(*m_catalog);
        QVERIFY(actionItems.isShowingEmptyState());
    }

    void theModelFollowsTheCatalogueRowByRow()
    {
        PostMortemTableModel model(*m_catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const int before = model.rowCount();

        PostMortem made = blank(QStringLiteral("Row by row"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, 5000);
        QCOMPARE(inserted.size(), 1);
        const int row = model.rowOf(made.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PostMortemTableModel::State).data().toString(),
                 QStringLiteral("Draft"));
        QCOMPARE(model.index(row, PostMortemTableModel::ActionItems).data().toString(),
                 QStringLiteral("0/0"));

        made.actionItems = {{newId(),
                             QStringLiteral("Page on burn rate"),
                             QStringLiteral("kim"),
                             PostMortem::ActionItem::Priority::P2,
                             QDate(2030, 1, 1),
                             {},
                             PostMortem::ActionItem::Status::Open},
                            {newId(),
                             QStringLiteral("Write the runbook"),
                             QStringLiteral("kim"),
                             PostMortem::ActionItem::Priority::P3,
                             {},
                             {},
                             PostMortem::ActionItem::Status::Done}};
        made = save(made);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(model.rowOf(made.id), PostMortemTableModel::ActionItems).data().toString(),
            QStringLiteral("1/2"), 5000);
        QVERIFY(!changed.isEmpty());

        QString error;
        QVERIFY2(m_service->remove(made.id, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before, 5000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0); // never a reset after the first load
    }

    void theSearchFindsWordsInSectionsAndActionItems()
    {
        PostMortem zeppelin = blank(QStringLiteral("Balloon outage"));
        zeppelin = save(withSection(zeppelin, "root_causes",
                                    QStringLiteral("The zeppelin cache evicted every key.\n")));
        PostMortem quokka = blank(QStringLiteral("Marsupial outage"));
        quokka.actionItems = {{newId(),
                               QStringLiteral("Feed the quokkas hourly"),
                               QStringLiteral("lee"),
                               PostMortem::ActionItem::Priority::P1,
                               {},
                               {},
                               PostMortem::ActionItem::Status::Open}};
        quokka = save(quokka);

        PostMortemsDock dock(services());
        QAbstractItemModelTester tester(dock.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!dock.isShowingEmptyState());
        QCOMPARE(search(dock, QStringLiteral("Zeppelin")), QStringList{zeppelin.title});
        QCOMPARE(search(dock, QStringLiteral("feed quokk")), QStringList{quokka.title});
        QCOMPARE(search(dock, QStringLiteral("outage")),
                 (QStringList{zeppelin.title, quokka.title}));
        QVERIFY(!dock.isShowingNothingMatches());
        QCOMPARE(search(dock, QStringLiteral("wombat")), QStringList());
        QVERIFY(dock.isShowingNothingMatches());

        // A change to a listed post-mortem is searched again.
        quokka = save(withSection(quokka, "summary", QStringLiteral("A wombat ate the cable.\n")));
        QTRY_COMPARE_WITH_TIMEOUT(listedTitles(dock), QStringList{quokka.title}, 5000);
        QVERIFY(!dock.isShowingNothingMatches());

        dock.searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(listedTitles(dock).size() >= 2, 5000);
    }

    void theStateAndServiceFilters()
    {
        const Incident incident =
            declare(QStringLiteral("Payments down"), QStringLiteral("payments"));
        QString error;
        QVERIFY(m_incidentService->changeStatus(incident.id, Incident::Status::Resolved, false,
                                                QStringLiteral("alice"), &error));
        const std::optional<PostMortem> payments =
            m_service->createFromIncident(incident.id, QStringLiteral("alice"), &error);
        QVERIFY2(payments, qPrintable(error));
        QVERIFY(m_service->setReviewers(payments->id, {QStringLiteral("sam")}, &error));
        const std::optional<PostMortem> inReview = m_service->setReviewState(
            payments->id, PostMortem::ReviewState::InReview, QStringLiteral("alice"), &error);
        QVERIFY2(inReview, qPrintable(error));
        QVERIFY(waitForCatalogue(*inReview));

        PostMortemsDock dock(services());
        QVERIFY(dock.proxy()->rowCount() >= 2);
        const int service = dock.serviceFilter()->findData(QStringLiteral("payments"));
        QVERIFY(service > 0);
        dock.serviceFilter()->setCurrentIndex(service);
        // The list leaves out the draft's "Post-mortem: INC-…" lead: the key has its column.
        QCOMPARE(listedTitles(dock), QStringList{QStringLiteral("Payments down")});
        QCOMPARE(dock.proxy()->index(0, PostMortemTableModel::Title).data(Qt::ToolTipRole),
                 payments->title);
        dock.serviceFilter()->setCurrentIndex(0);
        QVERIFY(dock.proxy()->rowCount() >= 2);
        dock.stateFilter()->setCurrentIndex(
            dock.stateFilter()->findData(QStringLiteral("in_review")));
        QCOMPARE(listedTitles(dock), QStringList{QStringLiteral("Payments down")});
        dock.stateFilter()->setCurrentIndex(
            dock.stateFilter()->findData(QStringLiteral("published")));
        QCOMPARE(dock.proxy()->rowCount(), 0);
        QVERIFY(dock.isShowingNothingMatches());
        QVERIFY(!dock.isShowingEmptyState());
    }

    void enterOpensAndDeleteAsksFirst()
    {
        const PostMortem doomed = blank(QStringLiteral("To be deleted"));
        QVERIFY(waitForCatalogue(doomed));
        PostMortemsDock dock(services());
        const int row = dock.model()->rowOf(doomed.id);
        QVERIFY(row >= 0);
        dock.table()->setCurrentIndex(dock.proxy()->mapFromSource(dock.model()->index(row, 0)));
        QSignalSpy openRequested(m_catalog.get(), &PostMortemCatalog::openRequested);
        QTest::keyClick(dock.table(), Qt::Key_Return);
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().first().toString(), doomed.id);
        QCOMPARE(m_catalog->openId(), doomed.id);

        dock.deleteCurrent();
        auto *confirm = dock.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(confirm != nullptr);
        QVERIFY(confirm->isVisible()); // asked, without blocking
        QString error;
        QVERIFY(m_service->find(doomed.id, &error)); // nothing deleted yet
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(!m_service->find(doomed.id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(dock.model()->rowOf(doomed.id) < 0, 5000);
    }

    void aLongDescriptionWrapsInANarrowList()
    {
        PostMortem owner = blank(QStringLiteral("Wrapping action items"));
        const QString description =
            QStringLiteral("Fail the deploy when a required check of the checkout service has "
                           "not run against the release candidate");
        owner.actionItems = {{newId(),
                              description,
                              QStringLiteral("kim"),
                              PostMortem::ActionItem::Priority::P1,
                              QDate::currentDate().addDays(400), // after the next test's
                              {},
                              PostMortem::ActionItem::Status::Open}};
        owner = save(owner);
        ActionItemsDock dock(*m_catalog);
        dock.resize(380, 500); // the Post-mortem perspective's left column on a laptop
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const auto rowOfItem = [&dock, &description]() {
            for (int row = 0; row < dock.proxy()->rowCount(); ++row) {
                if (dock.proxy()->index(row, ActionItemOverviewModel::Description).data() ==
                    description) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY(rowOfItem() >= 0);
        const int lineHeight = dock.table()->fontMetrics().height();
        QTRY_VERIFY2(dock.table()->rowHeight(rowOfItem()) >= 2 * lineHeight,
                     qPrintable(QString::number(dock.table()->rowHeight(rowOfItem()))));
        // Wide, on one line again.
        dock.resize(1200, 500);
        QTRY_VERIFY(dock.table()->rowHeight(rowOfItem()) < 2 * lineHeight);
    }

    void theActionItemsDockPutsOverdueFirstAndHidesDone()
    {
        const QDate today = QDate::currentDate();
        PostMortem owner = blank(QStringLiteral("Action item owner"));
        owner.actionItems = {
            {newId(),
             QStringLiteral("Later"),
             QStringLiteral("kim"),
             PostMortem::ActionItem::Priority::P3,
             today.addDays(20),
             {},
             PostMortem::ActionItem::Status::Open},
            {newId(),
             QStringLiteral("Someday"),
             QStringLiteral("kim"),
             PostMortem::ActionItem::Priority::P1,
             {},
             {},
             PostMortem::ActionItem::Status::InProgress},
            {newId(),
             QStringLiteral("Finished"),
             QStringLiteral("kim"),
             PostMortem::ActionItem::Priority::P2,
             today.addDays(-30),
             {},
             PostMortem::ActionItem::Status::Done},
            {newId(),
             QStringLiteral("Late"),
             QStringLiteral("kim"),
             PostMortem::ActionItem::Priority::P4,
             today.addDays(-3),
             {},
             PostMortem::ActionItem::Status::Open},
            {newId(),
             QStringLiteral("Soon"),
             QStringLiteral("kim"),
             PostMortem::ActionItem::Priority::P2,
             today.addDays(2),
             {},
             PostMortem::ActionItem::Status::Open},
        };
        owner = save(owner);

        ActionItemsDock dock(*m_catalog);
        QAbstractItemModelTester modelTester(
            dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            dock.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto listed = [&dock, &owner]() {
            QStringList descriptions;
            for (int row = 0; row < dock.proxy()->rowCount(); ++row) {
                if (dock.proxy()
                        ->index(row, 0)
                        .data(ActionItemOverviewModel::PostMortemIdRole)
                        .toString() == owner.id) {
                    descriptions.append(dock.proxy()
                                            ->index(row, ActionItemOverviewModel::Description)
                                            .data()
                                            .toString());
                }
            }
            return descriptions;
        };
        // Overdue first, then by due date, no due date last; done hidden.
        QCOMPARE(listed(), (QStringList{QStringLiteral("Late"), QStringLiteral("Soon"),
                                        QStringLiteral("Later"), QStringLiteral("Someday")}));
        const QModelIndex late = dock.proxy()->index(0, ActionItemOverviewModel::Due);
        QCOMPARE(late.data(ActionItemOverviewModel::OverdueRole).toBool(), true);
        QCOMPARE(late.data(Qt::ForegroundRole).value<QBrush>().color(),
                 ActionItemOverviewModel::overdueColor());
        QVERIFY2(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue")),
                 qPrintable(late.data(Qt::ToolTipRole).toString()));
        QVERIFY(!dock.proxy()->index(1, 0).data(ActionItemOverviewModel::OverdueRole).toBool());

        dock.showDoneToggle()->setChecked(true);
        QCOMPARE(listed().size(), 5);
        QVERIFY(listed().contains(QStringLiteral("Finished")));
        dock.showDoneToggle()->setChecked(false);

        // Finishing an item updates its row; a new one is inserted; no reset.
        QSignalSpy resets(dock.model(), &QAbstractItemModel::modelReset);
        owner.actionItems[3].status = PostMortem::ActionItem::Status::Done; // "Late"
        owner.actionItems.append({newId(),
                                  QStringLiteral("Urgent"),
                                  QStringLiteral("kim"),
                                  PostMortem::ActionItem::Priority::P1,
                                  today.addDays(-10),
                                  {},
                                  PostMortem::ActionItem::Status::Open});
        owner = save(owner);
        QTRY_COMPARE_WITH_TIMEOUT(listed(),
                                  (QStringList{QStringLiteral("Urgent"), QStringLiteral("Soon"),
                                               QStringLiteral("Later"), QStringLiteral("Someday")}),
                                  5000);
        QCOMPARE(resets.size(), 0);

        // Double-click (activation) opens the item's post-mortem.
        QSignalSpy openRequested(m_catalog.get(), &PostMortemCatalog::openRequested);
        dock.table()->setCurrentIndex(dock.proxy()->index(0, 0));
        dock.openCurrent();
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().first().toString(), owner.id);
    }
};

OPSDECK_TEST_MAIN(PostMortemListsTest)
#include "tst_postmortemlists.moc"
