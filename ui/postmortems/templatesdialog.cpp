#include "postmortems/templatesdialog.h"

#include "common/messagelabel.h"
#include "postmortems/postmortemtemplatelibrary.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

constexpr int NewTemplateRow = -1; // Qt::UserRole of the list item of an unsaved template

// The Markdown given to the parser is the title line, then the editor's text: its line N is
// the editor's line N - 1. The first number in the message is that line.
QString editorLineError(const QString &error)
{
    static const QRegularExpression firstNumber(QStringLiteral("\\d+"));
    const QRegularExpressionMatch match = firstNumber.match(error);
    if (!match.hasMatch()) {
        return error;
    }
    const int line = std::max(1, match.captured().toInt() - 1);
    return QString(error).replace(match.capturedStart(), match.capturedLength(),
                                  QString::number(line));
}

} // namespace

TemplatesDialog::TemplatesDialog(PostMortemTemplateLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_builtInNote(new QLabel(this))
    , m_message(new MessageLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("templatesDialog"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_text->setObjectName(QStringLiteral("templateMarkdown"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_builtInNote->setWordWrap(true);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_new = new QPushButton(listSide);
    m_default = new QPushButton(listSide);
    m_delete = new QPushButton(listSide);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_default);
    listButtons->addWidget(m_delete);
    listLayout->addLayout(listButtons);

    auto *editSide = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editSide);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    editLayout->addLayout(form);
    editLayout->addWidget(m_builtInNote);
    editLayout->addWidget(m_text, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(editSide);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_default, &QPushButton::clicked, this, &TemplatesDialog::setAsDefault);
    connect(m_delete, &QPushButton::clicked, this, [this]() {
        if (m_currentIsNew) {
            removeSelected();
            return;
        }
        auto *confirm = new QMessageBox(
            QMessageBox::Question, tr("Delete template"),
            tr("Delete the template “%1”? Post-mortems written from it keep their text.")
                .arg(m_current.name),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm->setObjectName(QStringLiteral("deleteConfirmation"));
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        confirm->setDefaultButton(QMessageBox::Cancel);
        confirm->button(QMessageBox::Yes)->setText(tr("Delete"));
        connect(confirm, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Yes) {
                removeSelected();
            }
        });
        confirm->open();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showCurrent);
    retranslateUi();
    reload({});
}

void TemplatesDialog::retranslateUi()
{
    setWindowTitle(tr("Post-mortem templates"));
    m_nameLabel->setText(tr("&Name:"));
    m_text->setPlaceholderText(tr("## Summary\n<!-- What happened, in two or three sentences. -->"
                                  "\n\n## Impact\n…"));
    m_text->setToolTip(tr("One '## Section' heading per section, each followed by its prompt "
                          "(an HTML comment the author sees while writing)"));
    m_builtInNote->setText(tr("The built-in template. Saving stores your edits as a template of "
                              "the workspace; the built-in one stays as it is."));
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("A new template, starting from the built-in sections"));
    m_default->setText(tr("Set as default"));
    m_default->setToolTip(tr("New post-mortems start from this template"));
    m_delete->setText(tr("Delete…"));
}

QString TemplatesDialog::itemText(const PostMortemTemplate &postMortemTemplate) const
{
    QString text = postMortemTemplate.name;
    if (postMortemTemplate.id.isEmpty()) {
        text = tr("%1 (built-in)").arg(text);
    }
    if (postMortemTemplate.isDefault ||
        (postMortemTemplate.id.isEmpty() && !m_templates.isEmpty() &&
         m_templates.constFirst().id.isEmpty())) {
        text = tr("%1 — default").arg(text);
    }
    return text;
}

void TemplatesDialog::reload(const QString &selectId)
{
    QString error;
    m_templates = m_library.templates(&error);
    if (!error.isEmpty()) {
        m_message->showMessage(tr("Could not read the templates: %1").arg(error), true);
    }
    m_currentIsNew = false;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int i = 0; i < m_templates.size(); ++i) {
            auto *item = new QListWidgetItem(itemText(m_templates.at(i)), m_list);
            item->setData(Qt::UserRole, i);
        }
    }
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == selectId) {
            row = i;
        }
    }
    m_list->setCurrentRow(-1);
    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : row);
}

void TemplatesDialog::showCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        m_name->clear();
        m_text->clear();
        updateButtons();
        return;
    }
    const int index = item->data(Qt::UserRole).toInt();
    if (index == NewTemplateRow) {
        m_currentIsNew = true;
    } else {
        // Leaving an unsaved new template drops it.
        if (m_currentIsNew) {
            m_currentIsNew = false;
            for (int row = m_list->count() - 1; row >= 0; --row) {
                if (m_list->item(row)->data(Qt::UserRole).toInt() == NewTemplateRow) {
                    const QSignalBlocker block(m_list);
                    delete m_list->takeItem(row);
                }
            }
        }
        m_current = m_templates.value(index);
    }
    m_name->setText(m_current.name);
    m_text->setPlainText(sectionsMarkdown(m_current));
    m_message->showMessage({}, false);
    updateButtons();
}

void TemplatesDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    const bool builtIn = any && !m_currentIsNew && m_current.id.isEmpty();
    m_builtInNote->setVisible(builtIn);
    m_default->setEnabled(any && (m_currentIsNew || builtIn || !m_current.isDefault));
    m_delete->setEnabled(any && !builtIn);
    m_delete->setToolTip(builtIn ? tr("The built-in template cannot be deleted")
                                 : tr("Delete this template"));
    m_save->setEnabled(any);
    m_name->setEnabled(any);
    m_text->setEnabled(any);
}

QString TemplatesDialog::sectionsMarkdown(const PostMortemTemplate &postMortemTemplate)
{
    const QStringList lines =
        QString::fromUtf8(PostMortemTemplates::toMarkdown(postMortemTemplate)).split(u'\n');
    qsizetype first = 0;
    while (first < lines.size() && !lines.at(first).startsWith(QLatin1String("## "))) {
        ++first;
    }
    return lines.mid(first).join(QLatin1Char('\n'));
}

std::optional<PostMortemTemplate> TemplatesDialog::fromEditor(const QString &name,
                                                              const QString &markdown,
                                                              const PostMortemTemplate &previous,
                                                              QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("The template needs a name.");
        return std::nullopt;
    }
    // The editor's text starts with a section: say so in the editor's own terms.
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype line = 0; line < lines.size(); ++line) {
        if (lines.at(line).trimmed().isEmpty()) {
            continue;
        }
        if (!lines.at(line).startsWith(QLatin1String("## "))) {
            *error = tr("line %1: expected a section heading such as '## Summary' before any "
                        "text")
                         .arg(line + 1);
            return std::nullopt;
        }
        break;
    }
    const QString whole = QStringLiteral("# %1\n").arg(name.trimmed()) + markdown;
    QString parseError;
    std::optional<PostMortemTemplate> read =
        PostMortemTemplates::fromMarkdown(whole.toUtf8(), previous, &parseError);
    if (!read) {
        *error = editorLineError(parseError);
        return std::nullopt;
    }
    if (read->sections.isEmpty()) {
        *error = tr("The template needs at least one '## Section' heading.");
        return std::nullopt;
    }
    read->name = name.trimmed();
    return read;
}

std::optional<PostMortemTemplate> TemplatesDialog::edited(QString *error) const
{
    return fromEditor(m_name->text(), m_text->toPlainText(), m_current, error);
}

void TemplatesDialog::newTemplate()
{
    PostMortemTemplate fresh = PostMortemTemplates::builtIn();
    fresh.id.clear();
    fresh.isDefault = false;
    fresh.name = tr("New template");
    m_current = fresh;
    auto *item = new QListWidgetItem(tr("%1 (not saved)").arg(fresh.name));
    item->setData(Qt::UserRole, NewTemplateRow);
    QFont italic = item->font();
    italic.setItalic(true);
    item->setFont(italic);
    {
        const QSignalBlocker block(m_list);
        // One unsaved template at a time.
        for (int row = m_list->count() - 1; row >= 0; --row) {
            if (m_list->item(row)->data(Qt::UserRole).toInt() == NewTemplateRow) {
                delete m_list->takeItem(row);
            }
        }
        m_list->addItem(item);
        m_list->setCurrentItem(item);
    }
    showCurrent();
    m_name->setFocus();
    m_name->selectAll();
}

bool TemplatesDialog::save()
{
    QString error;
    std::optional<PostMortemTemplate> changed = edited(&error);
    if (!changed) {
        m_message->showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    if (changed->id.isEmpty()) {
        // A new template, or edits of the built-in one: the built-in one stays the default
        // until another is set as the default.
        changed->isDefault = false;
    }
    const std::optional<PostMortemTemplate> stored = m_library.save(*changed, &error);
    if (!stored) {
        m_message->showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    reload(stored->id);
    m_message->showMessage(tr("Saved the template “%1”.").arg(stored->name), false);
    Q_EMIT templateSaved(*stored);
    return true;
}

bool TemplatesDialog::setAsDefault()
{
    QString error;
    std::optional<PostMortemTemplate> changed = edited(&error);
    if (!changed) {
        m_message->showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    changed->isDefault = true;
    const std::optional<PostMortemTemplate> stored = m_library.save(*changed, &error);
    if (!stored) {
        m_message->showMessage(tr("Could not make it the default: %1").arg(error), true);
        return false;
    }
    reload(stored->id);
    m_message->showMessage(tr("New post-mortems start from “%1” from now on.").arg(stored->name),
                           false);
    Q_EMIT templateSaved(*stored);
    return true;
}

bool TemplatesDialog::removeSelected()
{
    if (m_list->currentItem() == nullptr) {
        return false;
    }
    if (m_currentIsNew) {
        reload({}); // never stored: dropping it is enough
        return true;
    }
    QString error;
    if (!m_library.remove(m_current.id, &error)) {
        m_message->showMessage(tr("Could not delete the template: %1").arg(error), true);
        return false;
    }
    const QString name = m_current.name;
    reload({});
    m_message->showMessage(tr("Deleted the template “%1”.").arg(name), false);
    return true;
}

} // namespace opsdeck::ui
