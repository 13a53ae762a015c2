#pragma once

#include "model/postmortem.h"

#include <QToolBar>

class QMenu;
class QUndoGroup;
class QUndoStack;

namespace opsdeck::ui {

class SectionEditor;

// The post-mortem editor's toolbar: undo and redo of the open post-mortem's stack, Markdown
// formatting of the section editor's selection (bold, italic, heading, lists, link, code, one of
// the post-mortem's charts), find, replace and save. Each action's shortcut works anywhere in
// `scope` (the editor's dock).
class PostMortemFormatBar : public QToolBar {
    Q_OBJECT
public:
    PostMortemFormatBar(SectionEditor *sections, QWidget *scope, QWidget *parent = nullptr);

    // While `editable`, the edits and undo work on `stack`; otherwise they rest (undo would
    // change a published text) and only find stays.
    void setEditable(bool editable, QUndoStack *stack);
    // The charts "Insert chart" offers.
    void setCharts(const QList<PostMortem::Chart> &charts);
    // The actions by name: undo, redo, bold, italic, heading, bullets, numbers, link, code,
    // chart, find, replace, save.
    QAction *action(const QString &name) const;

    void retranslateUi();

Q_SIGNALS:
    void findRequested();
    void replaceRequested();

private:
    QAction *addEditAction(const QString &name, const QString &icon, const QKeySequence &key);
    void fillChartMenu();

    SectionEditor *m_sections;
    QWidget *m_scope;
    QUndoGroup *m_undoGroup;
    QMenu *m_chartMenu = nullptr;
    QList<PostMortem::Chart> m_charts;
};

} // namespace opsdeck::ui
