#include "common/messagelabel.h"
#include "postmortems/createpostmortemdialog.h"
#include "postmortems/templatesdialog.h"
#include "postmortems/versionsdialog.h"
#include "postmortemworkspacefixture.h"
#include "testhome.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>

using namespace opsdeck;
using namespace opsdeck::ui;

// The post-mortem dialogs (versions, templates, new post-mortem) on a real workspace file.
class PostMortemDialogsTest : public QObject, public PostMortemWorkspaceFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = openWorkspace(QStringLiteral("dialogs.opsdeck"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
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
        QPointer<TemplatesDialog> dialog = new TemplatesDialog(*m_templates);
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
            for (const PostMortemTemplate &one : m_templates->templates()) {
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
        QVERIFY(m_templates->defaultTemplate().id.isEmpty()); // the built-in one stays the default

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
        QCOMPARE(m_templates->defaultTemplate().name, QStringLiteral("Short form"));
        QCOMPARE(m_templates->defaultTemplate().sections.size(), 2);
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
        QVERIFY(dialog->eventList()->count() >= 4);            // declared, two notes, resolved
        QVERIFY(!dialog->checkedEventIds().isEmpty());         // key events are pre-checked
        QVERIFY(dialog->checkedEventIds().contains(kept->id)); // notes among them
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

OPSDECK_TEST_MAIN(PostMortemDialogsTest)
#include "tst_postmortemdialogs.moc"
