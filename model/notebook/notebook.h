// SPDX-License-Identifier: GPL-3.0-or-later
// A lab notebook: one `.tcplab` file (an SQLite database, WAL journal) holding entries in order:
// notes, experiment runs, chart snapshots, captured command output, pasted counter captures and
// monitor recordings. Every change is committed as it happens, so a killed program loses nothing
// that was reported done. A file that is not a notebook, is damaged or comes from a newer tcplab
// is refused before anything writes to it, and a second Notebook on the same file is refused while
// the first holds it.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

namespace tcplab::lab
{
struct ExperimentResult;
}

namespace tcplab::notebook
{

enum class EntryKind {
    Note, // Markdown-ish text; code blocks between ``` fences
    Run, // an experiment run: spec, result, timeline; the text is the student's remarks
    Chart, // an SVG snapshot of a chart and the CSV behind it
    Output, // a command and what it printed
    Recording, // monitor series over a span
    Paste, // two pasted counter captures and the seconds between them
};

// "note", "run", "chart", "output", "recording", "paste": the names stored in the file.
QString kindName(EntryKind kind);
std::optional<EntryKind> kindFromName(const QString &name);

struct Entry {
    qint64 id = 0;
    EntryKind kind = EntryKind::Note;
    qint64 createdMs = 0; // ms since the epoch
    qint64 modifiedMs = 0;
    QString title;
    QString text; // the note, or the remarks under a run, chart, recording or paste; output text
    QStringList tags;
};

struct RunRecord {
    QJsonObject spec;
    QJsonObject result; // ExperimentResult::toJson() without its timeline
    QJsonArray timeline;
    QString remarks;
    // The result as ExperimentResult::toJson() wrote it, timeline included.
    QJsonObject fullResult() const;
};

struct ChartSnapshot {
    QString title;
    QByteArray svg;
    QString csv; // the data behind the chart
};

struct CommandOutput {
    QString command;
    QString output;
};

struct PasteRecord {
    QString before;
    QString after;
    double seconds = 0;
};

struct SeriesPoint {
    qint64 timeMs = 0;
    double value = 0;
};

class Notebook : public QObject
{
    Q_OBJECT
public:
    // Bump with a migration in notebook.cpp whenever the schema changes.
    static constexpr int kSchemaVersion = 2;
    // PRAGMA application_id of every notebook: "TCLB".
    static constexpr qint32 kApplicationId = 0x54434C42;
    static QString fileSuffix()
    {
        return QStringLiteral("tcplab");
    }

    enum class Error {
        None,
        NotFound,
        AlreadyExists,
        NotANotebook, // not SQLite, or SQLite of another program
        Damaged,
        NewerVersion,
        Locked, // another window or program has it open
        Io,
    };

    explicit Notebook(QObject *parent = nullptr);
    ~Notebook() override;

    // Makes a new, empty notebook; fails when the file exists.
    bool create(const QString &path, const QString &title = QString());
    // Opens an existing notebook, migrating an older schema. The file is checked read-only first
    // and left untouched when it is refused.
    bool open(const QString &path);
    void close();

    bool isOpen() const
    {
        return m_open;
    }
    QString path() const
    {
        return m_path;
    }
    Error error() const
    {
        return m_error;
    }
    // Translated, names the file and what is wrong with it.
    QString errorString() const
    {
        return m_errorString;
    }
    // The schema version the file had when it was opened (before any migration).
    int openedVersion() const
    {
        return m_openedVersion;
    }

    // Writes a copy of the whole notebook to `path` (which must not exist); this one stays open.
    bool writeCopy(const QString &path);

    QString title() const;
    bool setTitle(const QString &title);

    // Entries in notebook order, without their large parts.
    QList<Entry> entries() const;
    // Entries whose title, text, command, output or result contain `text` (case-insensitive for
    // ASCII), and that carry `tag` when it is not empty.
    QList<Entry> search(const QString &text, const QString &tag = QString()) const;
    std::optional<Entry> entry(qint64 id) const;
    qsizetype entryCount() const;
    bool removeEntry(qint64 id);

    QStringList allTags() const;
    bool setTags(qint64 id, const QStringList &tags);
    bool setEntryTitle(qint64 id, const QString &title);

    qint64 addNote(const QString &title, const QString &text);
    // Replaces a note's text (or the remarks under any other entry) and logs the change for
    // undo(); consecutive edits stay separate steps.
    bool setText(qint64 id, const QString &text);
    bool canUndo() const;
    bool canRedo() const;
    bool undo();
    bool redo();

    // Each returns the new entry's id, or 0 with errorString() set.
    qint64 addRun(const lab::ExperimentResult &result, const QString &remarks = QString());
    // The same from the JSON ExperimentResult::toJson() writes (`tcplab experiment --json`).
    qint64 addRunJson(const QJsonObject &result, const QString &title, const QString &remarks = QString());
    std::optional<RunRecord> run(qint64 id) const;
    qint64 addChart(const ChartSnapshot &chart);
    std::optional<ChartSnapshot> chart(qint64 id) const;
    qint64 addOutput(const CommandOutput &output);
    std::optional<CommandOutput> output(qint64 id) const;
    qint64 addPaste(const QString &title, const PasteRecord &paste);
    std::optional<PasteRecord> paste(qint64 id) const;

    // Recordings are written through RecordingWriter.
    qint64 addRecording(const QString &title);
    QStringList recordingSeries(qint64 id) const;
    QList<SeriesPoint> samples(qint64 recordingId, const QString &series) const;
    // First and last sample time over every series; nullopt when there are none.
    std::optional<std::pair<qint64, qint64>> recordingSpan(qint64 recordingId) const;

    // Writes a notebook with the version-1 schema (tcplab 0.1's), for migration tests.
    static bool createVersion1(const QString &path, QString *error);

Q_SIGNALS:
    void entriesChanged(); // added, removed or reordered
    void entryChanged(qint64 id);
    void undoStateChanged();

private:
    friend class RecordingWriter;
    qint64 seriesId(qint64 recordingId, const QString &name);
    bool writeChunk(qint64 seriesId, qint64 firstMs, qint64 lastMs, int count, const QByteArray &data);

    bool fail(Error error, const QString &message);
    bool check(const QString &path, int *version);
    bool migrate(int fromVersion);
    bool exec(const QString &sql);
    qint64 insertEntry(EntryKind kind, const QString &title, const QString &text, const QByteArray &data = {});
    bool touch(qint64 id);
    bool setBody(qint64 id, const QString &text);
    QList<Entry> selectEntries(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
    Error m_error = Error::None;
    QString m_errorString;
    int m_openedVersion = 0;
};

} // namespace tcplab::notebook
