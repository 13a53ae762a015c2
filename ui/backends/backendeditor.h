#pragma once

#include "model/backenddefinition.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace opsdeck::ui {

// The form of one backend definition: kind, name, URL, authentication, TLS files, proxy,
// intervals and TLS verification. It only edits values; the settings dialog validates and
// saves them through core's BackendConfiguration.
class BackendEditor : public QWidget {
    Q_OBJECT
public:
    explicit BackendEditor(QWidget *parent = nullptr);

    // `existing`: the backend is stored already, so an empty password or token field means
    // "keep the stored one".
    void setDefinition(const BackendDefinition &definition, bool existing);
    BackendDefinition definition() const;
    bool isExisting() const { return m_existing; }

    // What was typed into the password or token field (empty when the auth has none).
    QString typedSecret() const;
    // What BackendConfiguration::save should do with the secret: nullopt keeps the stored
    // one, an empty string removes it.
    std::optional<QString> secretToSave() const;

    bool isTlsWarningShown() const;

    void retranslateUi();

Q_SIGNALS:
    void rowsChanged(); // a row was shown or hidden: the form's height changed

protected:
    void changeEvent(QEvent *event) override;

private:
    BackendDefinition::Auth currentAuth() const;
    QLineEdit *addFileRow(const QString &name, QToolButton **browse);
    QLabel *addLabelledRow(QWidget *field, QWidget *buddy);
    void chooseFile(QLineEdit *target, const QString &title);
    void updateVisibleRows();

    BackendDefinition m_definition; // the one loaded, for its id
    bool m_existing = false;

    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QLineEdit *m_caFile;
    QToolButton *m_caFileBrowse = nullptr;
    QLineEdit *m_clientCertificate;
    QToolButton *m_clientCertificateBrowse = nullptr;
    QLineEdit *m_clientKey;
    QToolButton *m_clientKeyBrowse = nullptr;
    QComboBox *m_proxy;
    QLineEdit *m_proxyUrl;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QCheckBox *m_verifyTls;
    QWidget *m_tlsWarning;
    QLabel *m_tlsWarningText;
};

} // namespace opsdeck::ui
