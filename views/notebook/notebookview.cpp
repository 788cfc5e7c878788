// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebookview.h"

#include "pastedialog.h"

#include "codeview.h"
#include "lab/experimentresult.h"
#include "notebook/notebook.h"
#include "notebook/notebookexport.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace tcplab
{

using notebook::Entry;
using notebook::EntryKind;

namespace
{

QString kindTitle(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
        return NotebookView::tr("Note");
    case EntryKind::Run:
        return NotebookView::tr("Run");
    case EntryKind::Chart:
        return NotebookView::tr("Chart");
    case EntryKind::Output:
        return NotebookView::tr("Command output");
    case EntryKind::Recording:
        return NotebookView::tr("Recording");
    case EntryKind::Paste:
        return NotebookView::tr("Counter paste");
    }
    return QString();
}

// KSyntaxHighlighting's names for the fences students write.
QString definitionFor(const QString &fence)
{
    const QString f = fence.toLower();
    if (f.isEmpty() || f == QLatin1String("sh") || f == QLatin1String("shell") || f == QLatin1String("bash") || f == QLatin1String("console"))
        return QStringLiteral("Bash");
    if (f == QLatin1String("c"))
        return QStringLiteral("C");
    if (f == QLatin1String("ruby") || f == QLatin1String("rb"))
        return QStringLiteral("Ruby");
    return fence;
}

} // namespace

NotebookView::NotebookView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_entryTags(new QLineEdit(this))
    , m_details(new QTextBrowser(this))
    , m_editorLabel(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_codeBlocks(new QWidget(this))
    , m_codeLayout(new QVBoxLayout(m_codeBlocks))
    , m_newNote(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_redo(new QPushButton(this))
    , m_saveTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("notebookSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("notebookEntries"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    // Several entries can be chosen for an export of just those (Ctrl+click, Shift+click).
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_editor->setObjectName(QStringLiteral("notebookEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_details->setObjectName(QStringLiteral("notebookDetails"));
    m_details->setOpenLinks(false);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_codeLayout->setContentsMargins(0, 0, 0, 0);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tags);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newNote);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_entryTags);
    rightLayout->addWidget(m_details, 3);
    rightLayout->addWidget(m_editorLabel);
    rightLayout->addWidget(m_editor, 2);
    rightLayout->addWidget(m_codeBlocks);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &NotebookView::reload);
    connect(m_tags, &QComboBox::currentIndexChanged, this, &NotebookView::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        commitEdit();
        showEntry();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_saveTimer->start();
        rebuildCodeBlocks(m_editor->toPlainText());
    });
    connect(m_saveTimer, &QTimer::timeout, this, &NotebookView::commitEdit);
    connect(m_entryTags, &QLineEdit::editingFinished, this, [this] {
        if (m_notebook && m_editing)
            m_notebook->setTags(m_editing, m_entryTags->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    connect(m_newNote, &QPushButton::clicked, this, &NotebookView::addNote);
    connect(m_paste, &QPushButton::clicked, this, [this] {
        PasteDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            addPaste(dialog.title(), dialog.record());
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        commitEdit();
        if (m_notebook)
            m_notebook->undo();
    });
    connect(m_redo, &QPushButton::clicked, this, [this] {
        if (m_notebook)
            m_notebook->redo();
    });
    retranslate();
    setNotebook(nullptr);
}

NotebookView::~NotebookView()
{
    commitEdit();
}

void NotebookView::retranslate()
{
    m_search->setPlaceholderText(tr("Search notes, runs and output"));
    m_entryTags->setPlaceholderText(tr("Tags, separated by commas"));
    m_newNote->setText(tr("New note"));
    m_paste->setText(tr("Paste counters…"));
    m_paste->setToolTip(tr("Two captures of netstat -s, nstat -az or /proc/net/netstat, taken some seconds apart"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    if (m_tags->count() > 0)
        m_tags->setItemText(0, tr("All tags"));
    reload();
}

void NotebookView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showEntry(); // the details' colours come from the palette
    QWidget::changeEvent(event);
}

void NotebookView::setNotebook(notebook::Notebook *notebook)
{
    commitEdit();
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_editing = 0;
    if (m_notebook) {
        connect(m_notebook, &notebook::Notebook::entriesChanged, this, &NotebookView::reload);
        connect(m_notebook, &notebook::Notebook::entryChanged, this, [this](qint64 id) {
            const qint64 current = currentEntryId();
            reload();
            if (id == current && !m_saveTimer->isActive())
                showEntry();
        });
        connect(m_notebook, &notebook::Notebook::undoStateChanged, this, &NotebookView::updateUndoButtons);
    }
    setEnabled(m_notebook != nullptr);
    reload();
}

void NotebookView::reload()
{
    const qint64 current = currentEntryId();
    const QString tag = m_tags->currentIndex() > 0 ? m_tags->currentText() : QString();
    QSignalBlocker blockTags(m_tags);
    QSignalBlocker blockList(m_list);
    m_tags->clear();
    m_tags->addItem(tr("All tags"));
    m_list->clear();
    if (m_notebook && m_notebook->isOpen()) {
        m_tags->addItems(m_notebook->allTags());
        m_tags->setCurrentIndex(qMax(0, m_tags->findText(tag)));
        const QList<Entry> entries = m_notebook->search(m_search->text(), m_tags->currentIndex() > 0 ? tag : QString());
        for (const Entry &e : entries) {
            QString text = QDateTime::fromMSecsSinceEpoch(e.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1String("  ") + kindTitle(e.kind)
                + QLatin1Char('\n') + e.title;
            if (!e.tags.isEmpty())
                text += QLatin1String("  [") + e.tags.join(QLatin1String(", ")) + QLatin1Char(']');
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, e.id);
            if (e.id == current)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (currentEntryId() != current || !m_editing)
        showEntry();
    updateUndoButtons();
}

QList<qint64> NotebookView::selectedEntryIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->isSelected())
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

qint64 NotebookView::currentEntryId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void NotebookView::selectEntry(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void NotebookView::commitEdit()
{
    m_saveTimer->stop();
    if (!m_notebook || !m_notebook->isOpen() || !m_editing)
        return;
    const std::optional<Entry> e = m_notebook->entry(m_editing);
    if (e && e->text != m_editor->toPlainText())
        m_notebook->setText(m_editing, m_editor->toPlainText());
}

void NotebookView::showEntry()
{
    m_loading = true;
    const qint64 id = currentEntryId();
    const std::optional<Entry> e = (m_notebook && id) ? m_notebook->entry(id) : std::nullopt;
    m_editing = e ? id : 0;
    m_title->setText(e ? e->title : tr("No entry selected"));
    m_entryTags->setText(e ? e->tags.join(QLatin1String(", ")) : QString());
    m_entryTags->setVisible(e.has_value());
    m_editor->setPlainText(e ? e->text : QString());
    m_editor->setVisible(e.has_value());
    const bool isNote = e && e->kind == EntryKind::Note;
    m_details->setVisible(e && !isNote);
    m_editorLabel->setVisible(e && !isNote);
    m_editorLabel->setText(tr("Remarks"));
    // Under a run the remarks are a few lines; a note's editor takes the room.
    m_editor->setMaximumHeight(isNote ? QWIDGETSIZE_MAX : 8 * m_editor->fontMetrics().height());
    if (e && !isNote) {
        notebook::ExportOptions options;
        options.entryIds = {id};
        options.titlePage = false;
        options.pageBreaks = false;
        QString html = notebook::NotebookExport::html(*m_notebook, options);
        // The page's own style would fight the palette; the view's text colours follow it.
        const qsizetype styleStart = html.indexOf(QLatin1String("<style>"));
        const qsizetype styleEnd = html.indexOf(QLatin1String("</style>"));
        if (styleStart >= 0 && styleEnd > styleStart) {
            const QString highlight = palette().color(QPalette::Highlight).name();
            const QString base = palette().color(QPalette::AlternateBase).name();
            html.replace(styleStart,
                         styleEnd - styleStart,
                         QLatin1String("<style>td,th{padding:2px 6px;}td.n{text-align:right;}tr.differs td{font-weight:bold;color:") + highlight
                             + QLatin1String(";}pre{background:") + base + QLatin1String(";}h2{display:none;}"));
        }
        m_details->setHtml(html);
    }
    rebuildCodeBlocks(isNote ? e->text : QString());
    m_loading = false;
}

void NotebookView::rebuildCodeBlocks(const QString &text)
{
    while (QLayoutItem *item = m_codeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1String("```")))
            continue;
        const QString fence = lines.at(i).mid(3).trimmed();
        QStringList code;
        for (++i; i < lines.size() && !lines.at(i).startsWith(QLatin1String("```")); ++i)
            code.append(lines.at(i));
        auto *view = new CodeView(m_codeBlocks);
        view->setLanguage(definitionFor(fence));
        view->setPlainText(code.join(QLatin1Char('\n')));
        m_codeLayout->addWidget(view);
    }
    m_codeBlocks->setVisible(m_codeLayout->count() > 0);
}

void NotebookView::updateUndoButtons()
{
    const bool open = m_notebook && m_notebook->isOpen();
    m_undo->setEnabled(open && m_notebook->canUndo());
    m_redo->setEnabled(open && m_notebook->canRedo());
    m_newNote->setEnabled(open);
    m_paste->setEnabled(open);
}

void NotebookView::addRun(const lab::ExperimentResult &result)
{
    if (!m_notebook || !m_notebook->isOpen())
        return;
    commitEdit();
    const qint64 id = m_notebook->addRun(result);
    if (id)
        selectEntry(id);
}

qint64 NotebookView::addPaste(const QString &title, const notebook::PasteRecord &record)
{
    if (!m_notebook || !m_notebook->isOpen())
        return 0;
    commitEdit();
    const qint64 id = m_notebook->addPaste(title, record);
    if (id)
        selectEntry(id);
    return id;
}

void NotebookView::addNote()
{
    if (!m_notebook || !m_notebook->isOpen())
        return;
    commitEdit();
    const qint64 id = m_notebook->addNote(tr("Note"), QString());
    if (id) {
        selectEntry(id);
        m_editor->setFocus();
    }
}

} // namespace tcplab
