#include "postmortems/postmortemformatbar.h"

#include "common/icons.h"
#include "postmortems/sectioneditor.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

namespace opsdeck::ui {

PostMortemFormatBar::PostMortemFormatBar(SectionEditor *sections, QWidget *scope, QWidget *parent)
    : QToolBar(parent)
    , m_sections(sections)
    , m_scope(scope)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("formatToolBar"));
    setIconSize(QSize(16, 16));

    QAction *undo = m_undoGroup->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {undo, redo}) {
        m_scope->addAction(action);
        addAction(action);
    }
    m_sections->setUndoActions(undo, redo);
    addSeparator();

    connect(addEditAction(QStringLiteral("bold"), {}, QKeySequence::Bold), &QAction::triggered,
            this, [this]() { m_sections->wrapSelection(QStringLiteral("**"), tr("bold text")); });
    connect(addEditAction(QStringLiteral("italic"), {}, QKeySequence::Italic), &QAction::triggered,
            this, [this]() { m_sections->wrapSelection(QStringLiteral("_"), tr("italic text")); });
    connect(addEditAction(QStringLiteral("heading"), {}, QKeySequence(tr("Ctrl+Alt+H"))),
            &QAction::triggered, this,
            [this]() { m_sections->prefixLines(QStringLiteral("### ")); });
    connect(addEditAction(QStringLiteral("bullets"), {}, QKeySequence(tr("Ctrl+Shift+8"))),
            &QAction::triggered, this, [this]() { m_sections->prefixLines(QStringLiteral("- ")); });
    connect(addEditAction(QStringLiteral("numbers"), {}, QKeySequence(tr("Ctrl+Shift+7"))),
            &QAction::triggered, m_sections, &SectionEditor::numberLines);
    connect(addEditAction(QStringLiteral("link"), {}, QKeySequence(tr("Ctrl+K"))),
            &QAction::triggered, m_sections, &SectionEditor::insertLink);
    connect(addEditAction(QStringLiteral("code"), {}, QKeySequence(tr("Ctrl+Shift+C"))),
            &QAction::triggered, this,
            [this]() { m_sections->wrapSelection(QStringLiteral("`"), tr("code")); });
    QAction *chart = addEditAction(QStringLiteral("chart"), {}, {});
    m_chartMenu = new QMenu(this);
    chart->setMenu(m_chartMenu);
    connect(m_chartMenu, &QMenu::aboutToShow, this, &PostMortemFormatBar::fillChartMenu);
    if (auto *button = qobject_cast<QToolButton *>(widgetForAction(chart))) {
        button->setPopupMode(QToolButton::InstantPopup); // the button is the menu
    }
    addSeparator();
    connect(addEditAction(QStringLiteral("find"), {}, QKeySequence::Find), &QAction::triggered,
            this, &PostMortemFormatBar::findRequested);
    QAction *replace = addEditAction(QStringLiteral("replace"), {}, QKeySequence::Replace);
    // Ctrl+H on every desktop, beside the platform's own binding.
    QList<QKeySequence> replaceKeys = QKeySequence::keyBindings(QKeySequence::Replace);
    if (!replaceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_H))) {
        replaceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_H));
    }
    replace->setShortcuts(replaceKeys);
    connect(replace, &QAction::triggered, this, &PostMortemFormatBar::replaceRequested);
}

QAction *PostMortemFormatBar::addEditAction(const QString &name, const QString &icon,
                                            const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    if (!icon.isEmpty()) {
        action->setIcon(Icons::load(icon));
    }
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_scope->addAction(action); // the shortcut works anywhere in the view
    addAction(action);
    return action;
}

QAction *PostMortemFormatBar::action(const QString &name) const
{
    const QList<QAction *> all = findChildren<QAction *>(name);
    return all.isEmpty() ? nullptr : all.first();
}

void PostMortemFormatBar::setEditable(bool editable, QUndoStack *stack)
{
    setEnabled(editable);
    for (const char *name :
         {"bold", "italic", "heading", "bullets", "numbers", "link", "code", "chart", "replace"}) {
        action(QString::fromLatin1(name))->setEnabled(editable);
    }
    if (stack != nullptr) {
        m_undoGroup->addStack(stack);
    }
    m_undoGroup->setActiveStack(editable ? stack : nullptr);
}

void PostMortemFormatBar::setCharts(const QList<PostMortem::Chart> &charts)
{
    m_charts = charts;
}

void PostMortemFormatBar::fillChartMenu()
{
    m_chartMenu->clear();
    if (m_charts.isEmpty()) {
        m_chartMenu->addAction(tr("This post-mortem has no charts"))->setEnabled(false);
        return;
    }
    for (const PostMortem::Chart &chart : std::as_const(m_charts)) {
        QAction *insert = m_chartMenu->addAction(chart.title.isEmpty() ? chart.id : chart.title);
        connect(insert, &QAction::triggered, this,
                [this, chart]() { m_sections->insertChart(chart); });
    }
}

void PostMortemFormatBar::retranslateUi()
{
    const struct {
        const char *name;
        QString text;
        QString tip;
    } texts[] = {
        {"undo", tr("Undo"), tr("Undo the last edit of this post-mortem")},
        {"redo", tr("Redo"), tr("Redo the edit undone last")},
        {"bold", tr("Bold"), tr("Bold: wraps the selection in ** (Ctrl+B)")},
        {"italic", tr("Italic"), tr("Italic: wraps the selection in _ (Ctrl+I)")},
        {"heading", tr("Heading"), tr("Makes the line a heading (###)")},
        {"bullets", tr("Bulleted list"), tr("Makes the selected lines a bulleted list")},
        {"numbers", tr("Numbered list"), tr("Makes the selected lines a numbered list")},
        {"link", tr("Link"), tr("Makes the selection a link: [text](url)")},
        {"code", tr("Code"), tr("Code: wraps the selection in `")},
        {"chart", tr("Insert chart"), tr("Inserts one of the post-mortem's metric charts")},
        {"find", tr("Find…"), tr("Find in this section (Ctrl+F)")},
        {"replace", tr("Replace…"), tr("Find and replace in this section")},
    };
    for (const auto &entry : texts) {
        if (QAction *found = action(QString::fromLatin1(entry.name))) {
            if (qstrcmp(entry.name, "undo") != 0 && qstrcmp(entry.name, "redo") != 0) {
                found->setText(entry.text); // the undo group names the edit itself
            }
            found->setToolTip(entry.tip);
            found->setStatusTip(entry.tip);
        }
    }
}

} // namespace opsdeck::ui
