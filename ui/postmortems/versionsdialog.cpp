#include "postmortems/versionsdialog.h"

#include "common/linediff.h"
#include "common/messagelabel.h"
#include "common/timedisplay.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemservice.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {
namespace {

enum VersionColumn { NumberColumn, SavedAtColumn, AuthorColumn, ReasonColumn };

QString reasonText(PostMortem::Version::Reason reason)
{
    switch (reason) {
    case PostMortem::Version::Reason::Created:
        return VersionsDialog::tr("Created");
    case PostMortem::Version::Reason::Saved:
        return VersionsDialog::tr("Saved");
    case PostMortem::Version::Reason::Published:
        return VersionsDialog::tr("Published");
    case PostMortem::Version::Reason::Restored:
        return VersionsDialog::tr("Restored");
    case PostMortem::Version::Reason::Imported:
        return VersionsDialog::tr("Imported");
    }
    return {};
}

const PostMortem::Version *versionOf(const PostMortem &postMortem, int number)
{
    const auto found = std::find_if(
        postMortem.versions.cbegin(), postMortem.versions.cend(),
        [number](const PostMortem::Version &version) { return version.number == number; });
    return found == postMortem.versions.cend() ? nullptr : &*found;
}

} // namespace

VersionsDialog::VersionsDialog(PostMortemService &service, PostMortemCatalog *catalog,
                               const PostMortem &postMortem, const QString &userName,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_catalog(catalog)
    , m_postMortem(postMortem)
    , m_userName(userName)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_showing(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_message(new MessageLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("versionsDialog"));
    m_hint->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    m_text->setObjectName(QStringLiteral("versionText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_list, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_showing);
    rightLayout->addWidget(m_text, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 560});

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::showSelection);
    if (catalog != nullptr) {
        connect(catalog, &CatalogSignals::documentChanged, this, [this](const QString &id) {
            const PostMortem *changed = id == m_postMortem.id ? m_catalog->find(id) : nullptr;
            if (changed == nullptr) {
                return;
            }
            const bool newVersion = changed->versions.size() != m_postMortem.versions.size();
            m_postMortem = *changed;
            if (newVersion) {
                fillList();
            }
        });
        connect(catalog, &CatalogSignals::documentRemoved, this, [this](const QString &id) {
            if (id == m_postMortem.id) {
                m_message->showMessage(tr("This post-mortem was deleted."), true);
                m_restore->setEnabled(false);
                m_list->setEnabled(false);
            }
        });
    }
    retranslateUi();
    fillList();
}

void VersionsDialog::retranslateUi()
{
    setWindowTitle(tr("Versions of “%1”").arg(m_postMortem.title));
    m_hint->setText(tr("Select a version to read it, or two (Ctrl+click) to see what changed "
                       "between them."));
    m_list->setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Why")});
    m_restore->setText(tr("Restore"));
    m_restore->setToolTip(tr("Make the selected version the current text again (kept as a new "
                             "version; nothing is lost)"));
}

void VersionsDialog::fillList()
{
    const QList<int> selected = selectedNumbers();
    const QSignalBlocker block(m_list);
    m_list->clear();
    QList<PostMortem::Version> versions = m_postMortem.versions;
    std::sort(versions.begin(), versions.end(),
              [](const PostMortem::Version &a, const PostMortem::Version &b) {
                  return a.number > b.number;
              });
    const bool utc = TimeDisplay::instance().isUtc();
    for (const PostMortem::Version &version : std::as_const(versions)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NumberColumn, QString::number(version.number));
        item->setData(NumberColumn, Qt::UserRole, version.number);
        item->setText(SavedAtColumn,
                      TimeDisplay::dateTime(version.savedAt, utc, TimeDisplay::Precision::Seconds));
        item->setText(AuthorColumn, version.author);
        item->setText(ReasonColumn, reasonText(version.reason));
        item->setSelected(selected.contains(version.number));
    }
    for (int column = 0; column < ReasonColumn; ++column) {
        m_list->resizeColumnToContents(column);
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0) {
        m_list->topLevelItem(0)->setSelected(true);
    }
    showSelection();
}

QList<int> VersionsDialog::selectedNumbers() const
{
    QList<int> numbers;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        numbers.append(item->data(NumberColumn, Qt::UserRole).toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void VersionsDialog::selectVersions(const QList<int> &numbers)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            item->setSelected(numbers.contains(item->data(NumberColumn, Qt::UserRole).toInt()));
        }
    }
    showSelection();
}

void VersionsDialog::showSelection()
{
    const QList<int> numbers = selectedNumbers();
    m_restore->setEnabled(numbers.size() == 1 && m_list->isEnabled());
    if (numbers.size() == 1) {
        showText(numbers.first());
    } else if (numbers.size() == 2) {
        showDiff(numbers.first(), numbers.last());
    } else {
        m_text->clear();
        m_showing->setText(numbers.isEmpty() ? tr("No version selected")
                                             : tr("Select at most two versions to compare"));
    }
}

std::optional<QString> VersionsDialog::versionText(const PostMortem &postMortem, int number,
                                                   QString *error)
{
    const PostMortem::Version *version = versionOf(postMortem, number);
    if (version == nullptr) {
        *error = tr("There is no version %1.").arg(number);
        return std::nullopt;
    }
    PostMortem copy = postMortem;
    try {
        copy.applyContent(version->content, QStringLiteral("versions[%1]").arg(number));
    } catch (const std::exception &failure) {
        *error =
            tr("Version %1 cannot be read: %2").arg(number).arg(QString::fromUtf8(failure.what()));
        return std::nullopt;
    }
    return QString::fromUtf8(PostMortemMarkdown::write(copy));
}

void VersionsDialog::showText(int number)
{
    QString error;
    const std::optional<QString> text = versionText(m_postMortem, number, &error);
    m_text->clear();
    if (!text) {
        m_showing->setText({});
        m_message->showMessage(error, true);
        return;
    }
    m_message->showMessage({}, false);
    m_showing->setText(tr("Version %1").arg(number));
    m_text->setPlainText(*text);
}

void VersionsDialog::showDiff(int older, int newer)
{
    QString error;
    const std::optional<QString> before = versionText(m_postMortem, older, &error);
    const std::optional<QString> after =
        before ? versionText(m_postMortem, newer, &error) : std::nullopt;
    m_text->clear();
    if (!before || !after) {
        m_showing->setText({});
        m_message->showMessage(error, true);
        return;
    }
    m_message->showMessage({}, false);
    const QList<LineDiff::Line> diff =
        LineDiff::compute(before->split(QLatin1Char('\n')), after->split(QLatin1Char('\n')));
    m_showing->setText(tr("Changes from version %1 to version %2: %3 line(s) removed, %4 added")
                           .arg(older)
                           .arg(newer)
                           .arg(LineDiff::countOf(diff, LineDiff::Kind::Removed))
                           .arg(LineDiff::countOf(diff, LineDiff::Kind::Added)));
    QTextBlockFormat same;
    QTextBlockFormat removed;
    removed.setBackground(QColor(0xff, 0xeb, 0xee));
    QTextBlockFormat added;
    added.setBackground(QColor(0xe8, 0xf5, 0xe9));
    QTextCharFormat text;
    text.setForeground(QColor(0x21, 0x21, 0x21)); // readable on both tints in a dark theme too
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    bool first = true;
    for (const LineDiff::Line &line : diff) {
        const QTextBlockFormat &format = line.kind == LineDiff::Kind::Removed ? removed
                                         : line.kind == LineDiff::Kind::Added ? added
                                                                              : same;
        if (first) {
            cursor.setBlockFormat(format);
            first = false;
        } else {
            cursor.insertBlock(format);
        }
        const QString prefix = line.kind == LineDiff::Kind::Removed ? QStringLiteral("- ")
                               : line.kind == LineDiff::Kind::Added ? QStringLiteral("+ ")
                                                                    : QStringLiteral("  ");
        cursor.insertText(prefix + line.text,
                          line.kind == LineDiff::Kind::Same ? QTextCharFormat() : text);
    }
    cursor.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
}

bool VersionsDialog::restoreSelected()
{
    const QList<int> numbers = selectedNumbers();
    if (numbers.size() != 1) {
        m_message->showMessage(tr("Select the one version to restore."), true);
        return false;
    }
    QString error;
    const std::optional<PostMortem> current =
        m_service.restoreVersion(m_postMortem.id, numbers.first(), m_userName, &error);
    if (!current) {
        m_message->showMessage(
            tr("Could not restore version %1: %2").arg(numbers.first()).arg(error), true);
        return false;
    }
    m_postMortem = *current;
    fillList();
    m_message->showMessage(tr("Version %1 is the current text again.").arg(numbers.first()), false);
    Q_EMIT restored(*current);
    return true;
}

} // namespace opsdeck::ui
