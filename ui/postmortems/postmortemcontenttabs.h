#pragma once

#include "model/postmortem.h"

#include <QTabWidget>

class QListWidget;
class QPushButton;
class QTableView;

namespace opsdeck::ui {

class FindReplaceBar;
class PostMortemEditBuffer;
class SectionEditor;

// What a post-mortem says, in three tabs: its sections (their list beside the Markdown editor
// with its live preview and the find/replace bar), its timeline and its action items (tables
// with Add and Remove). Shows the documents and models of a PostMortemEditBuffer.
class PostMortemContentTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit PostMortemContentTabs(PostMortemEditBuffer &buffer, QWidget *parent = nullptr);

    // Shows the buffer's section documents (after it loaded or cleared) with these sections'
    // titles and charts; `keepView` stays on the section shown.
    void showDocuments(const PostMortem &stored, bool keepView);
    // Editing is possible while a post-mortem is open and not published.
    void setReadOnly(bool open, bool readOnly);
    // The Sections tab with its find bar, for finding or for replacing too.
    void showFind();
    void showReplace();

    SectionEditor *sectionEditor() const { return m_sections; }
    QListWidget *sectionList() const { return m_sectionList; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QTableView *timelineTable() const { return m_timelineTable; }
    QTableView *actionItemTable() const { return m_actionTable; }

    void retranslateUi();

private:
    QWidget *buildSectionsTab();
    QWidget *buildTimelineTab();
    QWidget *buildActionItemsTab();

    PostMortemEditBuffer &m_buffer;
    QListWidget *m_sectionList = nullptr;
    SectionEditor *m_sections = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QTableView *m_timelineTable = nullptr;
    QPushButton *m_addEvent = nullptr;
    QPushButton *m_removeEvent = nullptr;
    QTableView *m_actionTable = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
};

} // namespace opsdeck::ui
