#include "common/messagelabel.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentservice.h"
#include "postmortems/actionitemoverviewmodel.h"
#include "postmortems/actionitemoverviewproxy.h"
#include "postmortems/actionitemsdock.h"
#include "postmortems/createpostmortemdialog.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemfilterproxy.h"
#include "postmortems/postmortemsdock.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemservices.h"
#include "postmortems/postmortemtablemodel.h"
#include "postmortems/templatesdialog.h"
#include "postmortems/versionsdialog.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

// The Post-mortems and Action items lists and the post-mortem dialogs (versions, templates,
// new post-mortem) on a real workspace file.
class PostMortemListsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<IncidentService> m_incidentService;
    std::unique_ptr<IncidentCatalog> m_incidents;
    std::unique_ptr<PostMortemService> m_service;
    std::unique_ptr<PostMortemCatalog> m_catalog;

    PostMortemServices services() const
    {
        return {*m_service, *m_catalog, *m_incidents, QStringLiteral("tester"), m_store->path()};
    }

    PostMortem blank(const QString &title)
    {
        QString error;
        const std::optional<PostMortem> made =
            m_service->createBlank(title, QStringLiteral("alice"), &error);
        if (!made) {
            qWarning("createBlank: %s", qPrintable(error));
            return {};
        }
        return *made;
    }

    // Saves `edited` and waits until the catalogue has the saved text.
    PostMortem save(const PostMortem &edited)
    {
        QString error;
        const std::optional<PostMortem> saved =
            m_service->save(edited, QStringLiteral("alice"), &error);
        if (!saved) {
            qWarning("save: %s", qPrintable(error));
            return edited;
        }
        waitForCatalogue(*saved);
        return *saved;
    }

    bool waitForCatalogue(const PostMortem &expected)
    {
        return QTest::qWaitFor(
            [&]() {
                const PostMortem *listed = m_catalog->find(expected.id);
                return listed != nullptr && listed->versions.size() == expected.versions.size() &&
                       listed->reviewState == expected.reviewState;
            },
            5000);
    }

    Incident declare(const QString &title, const QString &service)
    {
        Incident incident;
        incident.title = title;
        incident.severity = Incident::Severity::Sev2;
        incident.services = {service};
        QString error;
        if (!m_incidentService->declare(incident, {}, QStringLiteral("alice"), &error)) {
            qWarning("declare: %s", qPrintable(error));
        }
        return incident;
    }

    static QString sectionText(const PostMortem &postMortem, const char *key)
    {
        const PostMortem::Section *section = postMortem.section(QString::fromLatin1(key));
        return section != nullptr ? section->markdown : QString();
    }

    static PostMortem withSection(PostMortem postMortem, const char *key, const QString &text)
    {
        for (PostMortem::Section &section : postMortem.sections) {
            if (section.key == QLatin1String(key)) {
                section.markdown = text;
            }
        }
        return postMortem;
    }

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
        QString error;
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("lists.opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_incidentService = std::make_unique<IncidentService>(*m_store);
        m_incidents = std::make_unique<IncidentCatalog>(*m_store);
        m_service = std::make_unique<PostMortemService>(*m_store);
        m_catalog = std::make_unique<PostMortemCatalog>(*m_store);
        QSignalSpy incidentsLoaded(m_incidents.get(), &IncidentCatalog::loaded);
        m_incidents->load();
        QVERIFY(incidentsLoaded.wait(5000));
        QSignalSpy loaded(m_catalog.get(), &PostMortemCatalog::loaded);
        m_catalog->load();
        QVERIFY(loaded.wait(5000));
    }

    void theEmptyListSaysSo()
    {
        PostMortemsDock dock(services());
        QVERIFY(dock.isShowingEmptyState());
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
        QCOMPARE(listedTitles(dock), QStringList{payments->title});
        dock.serviceFilter()->setCurrentIndex(0);
        QVERIFY(dock.proxy()->rowCount() >= 2);
        dock.stateFilter()->setCurrentIndex(
            dock.stateFilter()->findData(QStringLiteral("in_review")));
        QCOMPARE(listedTitles(dock), QStringList{payments->title});
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

    void theVersionsDialogDiffsAndRestores()
    {
        PostMortem document = blank(QStringLiteral("Versioned"));
        const QString original = sectionText(document, "summary");
        document = save(withSection(document, "summary",
                                    original + QStringLiteral("A brand new line of summary.\n")));
        QVERIFY(document.versions.size() >= 2);
        const int first = document.versions.first().number;
        const int last = document.versions.last().number;

        QPointer<VersionsDialog> dialog =
            new VersionsDialog(*m_service, m_catalog.get(), document, QStringLiteral("tester"));
        dialog->open();
        QCOMPARE(dialog->versionList()->topLevelItemCount(), document.versions.size());
        dialog->selectVersions({last});
        QVERIFY(dialog->textView()->toPlainText().contains(
            QStringLiteral("A brand new line of summary.")));
        QVERIFY(dialog->textView()->isReadOnly());

        dialog->selectVersions({first, last});
        QVERIFY(!dialog->restoreButton()->isEnabled()); // two selected: a comparison
        const QString diff = dialog->textView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("\n+ A brand new line of summary.")),
                 qPrintable(diff));
        QVERIFY(!diff.contains(QStringLiteral("\n- ")));
        bool coloured = false;
        for (QTextBlock block = dialog->textView()->document()->begin(); block.isValid();
             block = block.next()) {
            if (block.text().startsWith(QStringLiteral("+ A brand new line"))) {
                coloured = block.blockFormat().background().color() == QColor(0xe8, 0xf5, 0xe9);
            }
        }
        QVERIFY(coloured);

        // Restoring the first version makes its text current again, as a new version.
        dialog->selectVersions({first});
        QSignalSpy restored(dialog.data(), &VersionsDialog::restored);
        QVERIFY(dialog->restoreSelected());
        QCOMPARE(restored.size(), 1);
        QString error;
        const std::optional<PostMortem> current = m_service->find(document.id, &error);
        QVERIFY2(current, qPrintable(error));
        QCOMPARE(sectionText(*current, "summary"), original);
        QCOMPARE(current->versions.size(), document.versions.size() + 1);
        QCOMPARE(current->versions.last().reason, PostMortem::Version::Reason::Restored);
        QCOMPARE(dialog->versionList()->topLevelItemCount(), current->versions.size());
        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deletes itself
    }

    void aRefusedRestoreShowsTheError()
    {
        PostMortem document = blank(QStringLiteral("Published one"));
        QString error;
        QVERIFY(m_service->setReviewers(document.id, {QStringLiteral("sam")}, &error));
        QVERIFY(m_service->setReviewState(document.id, PostMortem::ReviewState::InReview,
                                          QStringLiteral("alice"), &error));
        const std::optional<PostMortem> published = m_service->setReviewState(
            document.id, PostMortem::ReviewState::Published, QStringLiteral("alice"), &error);
        QVERIFY2(published, qPrintable(error));
        auto *dialog =
            new VersionsDialog(*m_service, m_catalog.get(), *published, QStringLiteral("tester"));
        dialog->open();
        dialog->selectVersions({published->versions.first().number});
        QVERIFY(!dialog->restoreSelected());
        auto *message = dialog->findChild<MessageLabel *>();
        QVERIFY(message != nullptr && message->isVisible());
        QVERIFY(!message->text().isEmpty());
        dialog->close();
    }

    void theTemplatesDialogSavesAndRefusesBrokenMarkdown()
    {
        QPointer<TemplatesDialog> dialog = new TemplatesDialog(*m_service);
        dialog->open();
        QVERIFY(dialog->templateList()->count() >= 1);
        dialog->templateList()->setCurrentRow(0);
        QVERIFY(dialog->markdownEdit()->toPlainText().startsWith(QStringLiteral("## ")));

        dialog->nameField()->setText(QStringLiteral("Team template"));
        dialog->markdownEdit()->setPlainText(dialog->markdownEdit()->toPlainText() +
                                             QStringLiteral("\n## Customer quotes\n\n<!-- What "
                                                            "did customers say? -->\n"));
        QVERIFY(dialog->save());
        QString error;
        const auto findTeam = [this]() -> std::optional<PostMortemTemplate> {
            for (const PostMortemTemplate &one : m_service->templates()) {
                if (one.name == QLatin1String("Team template")) {
                    return one;
                }
            }
            return std::nullopt;
        };
        std::optional<PostMortemTemplate> team = findTeam();
        QVERIFY(team);
        QVERIFY(!team->id.isEmpty());
        QCOMPARE(team->sections.constLast().title, QStringLiteral("Customer quotes"));
        QVERIFY(team->sections.constLast().markdown.contains(QStringLiteral("customers say")));
        QCOMPARE(dialog->templateList()->currentItem()->text(), QStringLiteral("Team template"));
        QVERIFY(m_service->defaultTemplate().id.isEmpty()); // the built-in one stays the default

        // Text before the first heading is not a template: refused, nothing stored, text kept.
        const QString broken = QStringLiteral("Just some words\n## Summary\n");
        dialog->markdownEdit()->setPlainText(broken);
        QVERIFY(!dialog->save());
        QVERIFY(dialog->messageLabel()->isVisible());
        QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("line 1")),
                 qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(dialog->markdownEdit()->toPlainText(), broken);
        QCOMPARE(findTeam()->sections.size(), team->sections.size());
        // A line number from deeper in the text is the editor's line too.
        dialog->markdownEdit()->setPlainText(
            QStringLiteral("## Timeline\n\n<!-- opsdeck:timeline -->\n| Time | Who | What | Note "
                           "|\n|---|---|---|---|\n| yesterday | kim | x | y |\n"));
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("line 6")),
                 qPrintable(dialog->messageLabel()->text()));

        // A new template, made the default.
        dialog->newTemplate();
        dialog->nameField()->setText(QStringLiteral("Short form"));
        dialog->markdownEdit()->setPlainText(
            QStringLiteral("## Summary\n\n<!-- What happened? -->\n\n## Action items\n"));
        QVERIFY(dialog->setAsDefault());
        QCOMPARE(m_service->defaultTemplate().name, QStringLiteral("Short form"));
        QCOMPARE(m_service->defaultTemplate().sections.size(), 2);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void theCreateDialogTakesOnlyTheCheckedEvents()
    {
        const Incident incident =
            declare(QStringLiteral("Search is slow"), QStringLiteral("search"));
        QString error;
        const std::optional<TimelineEvent> kept =
            m_incidentService->addNote(incident.id, QStringLiteral("Rolled back the index change"),
                                       QStringLiteral("bob"), &error);
        QVERIFY2(kept, qPrintable(error));
        QVERIFY(m_incidentService->addNote(incident.id, QStringLiteral("Coffee break"),
                                           QStringLiteral("bob"), &error));
        QVERIFY(m_incidentService->changeStatus(incident.id, Incident::Status::Resolved, false,
                                                QStringLiteral("alice"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(m_incidents->find(incident.id) != nullptr, 5000);

        QPointer<CreatePostMortemDialog> dialog =
            new CreatePostMortemDialog(services(), incident.key);
        QSignalSpy ready(dialog.data(), &CreatePostMortemDialog::eventsReady);
        dialog->open();
        QVERIFY(dialog->fromIncidentOption()->isChecked());
        QCOMPARE(dialog->incidentCombo()->currentData().toString(), incident.id);
        QVERIFY(dialog->templateCombo()->currentText().contains(QStringLiteral("Short form")));
        QVERIFY(ready.wait(5000));
        QVERIFY(dialog->eventList()->count() >= 4);    // declared, two notes, resolved
        QVERIFY(!dialog->checkedEventIds().isEmpty()); // key events are pre-checked
        dialog->setAllEventsChecked(false);
        QVERIFY(dialog->checkedEventIds().isEmpty());
        for (int row = 0; row < dialog->eventList()->count(); ++row) {
            QListWidgetItem *item = dialog->eventList()->item(row);
            if (item->data(Qt::UserRole).toString() == kept->id) {
                item->setCheckState(Qt::Checked);
            }
        }
        QCOMPARE(dialog->checkedEventIds(), QSet<QString>{kept->id});

        QSignalSpy created(dialog.data(), &CreatePostMortemDialog::created);
        QVERIFY(dialog->create());
        QCOMPARE(created.size(), 1);
        const PostMortem made = created.first().first().value<PostMortem>();
        QCOMPARE(made.incidentId, incident.id);
        QCOMPARE(made.timeline.size(), 1);
        QCOMPARE(made.timeline.first().eventId, kept->id);
        QCOMPARE(made.sections.size(), 2); // the default template, "Short form"
        QCOMPARE(m_catalog->openId(), made.id);
        QTRY_VERIFY(dialog.isNull()); // closed and deleted
    }

    void aBlankPostMortemNeedsATitle()
    {
        auto *dialog = new CreatePostMortemDialog(services());
        dialog->open();
        dialog->blankOption()->setChecked(true);
        QVERIFY(!dialog->create());
        QVERIFY(dialog->messageLabel()->isVisible());
        QVERIFY(dialog->isVisible()); // stays open
        dialog->titleField()->setText(QStringLiteral("Lessons from the fire drill"));
        QSignalSpy created(dialog, &CreatePostMortemDialog::created);
        QVERIFY(dialog->create());
        const PostMortem made = created.first().first().value<PostMortem>();
        QCOMPARE(made.title, QStringLiteral("Lessons from the fire drill"));
        QVERIFY(made.incidentId.isEmpty());
    }
};

OPSDECK_TEST_MAIN(PostMortemListsTest)
#include "tst_postmortemlists.moc"
