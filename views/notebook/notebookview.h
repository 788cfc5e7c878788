// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook in the main window: the entries list (time, kind, title, tags) with a search box and
// a tag filter, and beside it the selected entry: a note's editor with its code blocks highlighted
// below it, or a run's result table and explanation with the student's remarks under it. Edits are
// written to the file as they happen (after a short pause in typing) and can be undone.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace tcplab
{
namespace lab
{
struct ExperimentResult;
}
namespace notebook
{
class Notebook;
struct PasteRecord;
}

class NotebookView : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookView(QWidget *parent = nullptr);
    ~NotebookView() override;

    // Shows `notebook` (not owned; null shows nothing).
    void setNotebook(notebook::Notebook *notebook);
    notebook::Notebook *notebook() const
    {
        return m_notebook;
    }

    // Records a finished run as a new entry and selects it; for ExperimentPanel::runFinished.
    void addRun(const lab::ExperimentResult &result);
    // Adds an empty note and puts the cursor in it.
    void addNote();
    // Adds two pasted counter captures; their analysis shows as the entry. Returns its id or 0.
    qint64 addPaste(const QString &title, const notebook::PasteRecord &record);

    qint64 currentEntryId() const;
    // The entries chosen in the list, in notebook order (one or more; empty when none is).
    QList<qint64> selectedEntryIds() const;
    void selectEntry(qint64 id);
    // Writes a pending edit now (the view writes by itself after a pause in typing).
    void commitEdit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showEntry();
    void rebuildCodeBlocks(const QString &text);
    void updateUndoButtons();

    notebook::Notebook *m_notebook = nullptr;
    QLineEdit *m_search;
    QComboBox *m_tags;
    QListWidget *m_list;
    QLabel *m_title;
    QLineEdit *m_entryTags;
    QTextBrowser *m_details;
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QWidget *m_codeBlocks;
    QVBoxLayout *m_codeLayout;
    QPushButton *m_newNote;
    QPushButton *m_paste;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QTimer *m_saveTimer;
    qint64 m_editing = 0; // the entry the editor holds
    bool m_loading = false;
};

} // namespace tcplab
