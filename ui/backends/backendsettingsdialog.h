#pragma once

#include "backends/connectiontest.h"
#include "model/backenddefinition.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace opsdeck {
class BackendConfiguration;
} // namespace opsdeck

namespace opsdeck::ui {

class BackendEditor;

// The workspace's backends: a list with Add, Edit and Remove, and a form to edit one with
// Test connection. Definitions and secrets are saved through core's BackendConfiguration
// (asynchronous: keychain); the test is core's ConnectionTest. Errors are shown in the
// dialog, never in a popup, and what was typed stays.
class BackendSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackendSettingsDialog(BackendConfiguration &configuration, QWidget *parent = nullptr);

    // Opens a window-modal dialog that deletes itself. Returns null (and opens nothing) when
    // there is no configuration, i.e. backends come from the command line.
    static BackendSettingsDialog *openFor(BackendConfiguration *configuration, QWidget *parent);
    // Why configuring is unavailable without a configuration (tooltip of disabled actions).
    static QString unavailableReason();

    bool isEditing() const;
    bool isBusy() const { return m_busy; }

    void retranslateUi();

public Q_SLOTS:
    void addBackend();
    void editSelectedBackend();
    void removeSelectedBackend(); // asks first
    void testConnection();
    void saveBackend();
    void cancelEditing();
    void reject() override; // not while saving or removing

Q_SIGNALS:
    void backendSaved(const QString &id);
    void backendRemoved(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override; // Escape in the form returns to the list

private:
    void reloadList(const QString &selectId = {});
    void edit(const BackendDefinition &definition, bool existing);
    void remove(const QString &id);
    void stopTest();
    void showTestResult(const ConnectionTest::Result &result);
    void setBusy(bool busy);
    void showEditorError(const QString &error);
    void showListMessage(const QString &message);
    void updateButtons();
    QString selectedId() const;

    BackendConfiguration &m_configuration;
    QStackedWidget *m_pages;
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_closeButton;
    QLabel *m_listMessage;
    QLabel *m_editorTitle;
    BackendEditor *m_editor;
    QLabel *m_editorError;
    QLabel *m_testResult;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    ConnectionTest *m_test; // a new test supersedes the one running
    QString m_testedKind;   // "Prometheus" ... of the definition under test
    bool m_busy = false;
};

} // namespace opsdeck::ui
