// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook.h"

#include "lab/experimentresult.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace tcplab::notebook
{

namespace
{

QAtomicInteger<quint64> s_connectionCounter;

QString uniqueConnectionName()
{
    return QStringLiteral("tcplab-notebook-") + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// tcplab 0.1's schema, kept verbatim: migrations start from it.
const char *const kSchemaV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE entries(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL,"
    " created_ms INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', data BLOB)",
    "CREATE TABLE runs(entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,"
    " spec TEXT NOT NULL, result TEXT NOT NULL)",
};

// Version 2: modification times, tags, an edit log for undo, runs' timelines beside their
// results, and monitor recordings as compressed chunks per series.
const char *const kMigrationV1ToV2[] = {
    "ALTER TABLE entries ADD COLUMN modified_ms INTEGER NOT NULL DEFAULT 0",
    "UPDATE entries SET modified_ms = created_ms",
    "ALTER TABLE runs ADD COLUMN timeline TEXT NOT NULL DEFAULT '[]'",
    "CREATE TABLE tags(entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE, tag TEXT NOT NULL,"
    " PRIMARY KEY(entry_id, tag))",
    "CREATE TABLE edits(id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
    " before TEXT NOT NULL, after TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE series(id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, UNIQUE(entry_id, name))",
    "CREATE TABLE chunks(series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    " first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY(series_id, first_ms)) WITHOUT ROWID",
    "CREATE INDEX entries_position ON entries(position)",
};

// Tables every notebook of the current version has.
const char *const kRequiredTables[] = {"meta", "entries", "runs", "tags", "edits", "series", "chunks"};
const char *const kRequiredTablesV1[] = {"meta", "entries", "runs"};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Removes a connection once nothing refers to it.
void dropConnection(QSqlDatabase &db, const QString &name)
{
    if (name.isEmpty())
        return;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
        return QStringLiteral("note");
    case EntryKind::Run:
        return QStringLiteral("run");
    case EntryKind::Chart:
        return QStringLiteral("chart");
    case EntryKind::Output:
        return QStringLiteral("output");
    case EntryKind::Recording:
        return QStringLiteral("recording");
    case EntryKind::Paste:
        return QStringLiteral("paste");
    }
    return QString();
}

std::optional<EntryKind> kindFromName(const QString &name)
{
    for (EntryKind k : {EntryKind::Note, EntryKind::Run, EntryKind::Chart, EntryKind::Output, EntryKind::Recording, EntryKind::Paste}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QJsonObject RunRecord::fullResult() const
{
    QJsonObject full = result;
    full.insert(QStringLiteral("timeline"), timeline);
    return full;
}

Notebook::Notebook(QObject *parent)
    : QObject(parent)
{
}

Notebook::~Notebook()
{
    close();
}

bool Notebook::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool Notebook::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(Error::Io, tr("%1: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    return true;
}

bool Notebook::createVersion1(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("exists");
        return false;
    }
    const QString name = uniqueConnectionName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        const QString pragma = QStringLiteral("PRAGMA application_id = ") + QString::number(kApplicationId);
        ok = ok && q.exec(pragma) && q.exec(QStringLiteral("PRAGMA user_version = 1"));
        for (const char *sql : kSchemaV1)
            ok = ok && q.exec(QLatin1String(sql));
        if (!ok && error)
            *error = q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Notebook::create(const QString &path, const QString &title)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = path;
    if (QFileInfo::exists(path))
        return fail(Error::AlreadyExists, tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));

    // Built beside under another name and renamed into place, so that no half-made notebook is
    // ever found under the real name.
    const QString building = path + QLatin1String(".new");
    QFile::remove(building);
    QString v1Error;
    if (!createVersion1(building, &v1Error)) {
        QFile::remove(building);
        return fail(Error::Io, tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), v1Error));
    }
    {
        Notebook upgrade;
        // The new file is migrated like any old one, so that both paths stay the same schema.
        if (!upgrade.open(building)) {
            QFile::remove(building);
            return fail(upgrade.error(), upgrade.errorString());
        }
        if (!title.isEmpty())
            upgrade.setTitle(title);
        upgrade.close();
    }
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        return fail(Error::Io, tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    }
    return open(path);
}

bool Notebook::check(const QString &path, int *version)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return fail(Error::NotFound, tr("%1 does not exist.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(Error::NotANotebook, tr("%1 is not a tcplab notebook.").arg(shown));

    // Read-only: a refused file must stay exactly as it was.
    const QString name = uniqueConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            ok = fail(Error::Io, tr("Cannot read %1: %2").arg(shown, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            auto scalar = [&q](const QString &sql, QVariant *value) {
                if (!q.exec(sql) || !q.next())
                    return false;
                *value = q.value(0);
                return true;
            };
            QVariant appId;
            QVariant userVersion;
            QVariant quickCheck;
            if (!scalar(QStringLiteral("PRAGMA application_id"), &appId)) {
                ok = fail(Error::Damaged, tr("%1 is damaged: %2").arg(shown, q.lastError().text()));
            } else if (appId.toLongLong() != kApplicationId) {
                ok = fail(Error::NotANotebook, tr("%1 is an SQLite database of another program, not a tcplab notebook.").arg(shown));
            } else if (!scalar(QStringLiteral("PRAGMA user_version"), &userVersion)) {
                ok = fail(Error::Damaged, tr("%1 is damaged: %2").arg(shown, q.lastError().text()));
            } else if (userVersion.toInt() > kSchemaVersion) {
                ok = fail(Error::NewerVersion,
                          tr("%1 was written by a newer tcplab (notebook format %2; this tcplab reads up to %3). "
                             "Open it with that version.")
                              .arg(shown)
                              .arg(userVersion.toInt())
                              .arg(kSchemaVersion));
            } else if (userVersion.toInt() < 1) {
                ok = fail(Error::Damaged, tr("%1 is damaged: it has no notebook format version.").arg(shown));
            } else if (!scalar(QStringLiteral("PRAGMA quick_check"), &quickCheck) || quickCheck.toString() != QLatin1String("ok")) {
                QString detail = q.lastError().isValid() && !q.lastError().text().isEmpty() ? q.lastError().text() : quickCheck.toString();
                // integrity reports run to pages; the first problem says enough.
                const QStringList lines = detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                detail = lines.size() > 1 && lines.first().startsWith(QLatin1String("***")) ? lines.at(1) : lines.value(0);
                ok = fail(Error::Damaged, tr("%1 is damaged: %2").arg(shown, detail));
            } else {
                ok = true;
                *version = userVersion.toInt();
                QStringList tables;
                if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                    while (q.next())
                        tables.append(q.value(0).toString());
                }
                if (*version >= 2) {
                    for (const char *t : kRequiredTables)
                        ok = ok && tables.contains(QLatin1String(t));
                } else {
                    for (const char *t : kRequiredTablesV1)
                        ok = ok && tables.contains(QLatin1String(t));
                }
                if (!ok)
                    fail(Error::Damaged, tr("%1 is damaged: tables are missing.").arg(shown));
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Notebook::open(const QString &path)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = path;
    const QString shown = QDir::toNativeSeparators(path);

    int version = 0;
    // A refused file must leave nothing behind: the read-only check may create the WAL index files.
    const QStringList sideFiles{path + QLatin1String("-wal"), path + QLatin1String("-shm")};
    QList<bool> existed;
    for (const QString &f : sideFiles)
        existed.append(QFileInfo::exists(f));
    if (!check(path, &version)) {
        for (qsizetype i = 0; i < sideFiles.size(); ++i) {
            if (!existed.at(i) && QFileInfo(sideFiles.at(i)).size() == 0)
                QFile::remove(sideFiles.at(i));
        }
        return false;
    }

    m_lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    if (!m_lock->tryLock(0)) {
        const QLockFile::LockError lockError = m_lock->error();
        m_lock.reset();
        if (lockError == QLockFile::LockFailedError) {
            return fail(Error::Locked, tr("%1 is already open in another tcplab window or program. Close it there first.").arg(shown));
        }
        return fail(Error::Io, tr("Cannot lock %1: the folder is not writable.").arg(shown));
    }

    m_connection = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString message = m_db.lastError().text();
        dropConnection(m_db, m_connection);
        m_connection.clear();
        m_lock.reset();
        return fail(Error::Io, tr("Cannot open %1: %2").arg(shown, message));
    }
    // WAL keeps every commit whole across a killed process; NORMAL syncs at checkpoints only, which
    // is enough when the process dies and the machine does not.
    bool ok = exec(QStringLiteral("PRAGMA journal_mode = WAL")) && exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        && exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_openedVersion = version;
    ok = ok && migrate(version);
    if (!ok) {
        const Error e = m_error;
        const QString message = m_errorString;
        close();
        return fail(e, message);
    }
    m_open = true;
    return true;
}

bool Notebook::migrate(int fromVersion)
{
    if (fromVersion >= kSchemaVersion)
        return true;
    if (!m_db.transaction())
        return fail(Error::Io, m_db.lastError().text());
    bool ok = true;
    if (fromVersion < 2) {
        for (const char *sql : kMigrationV1ToV2)
            ok = ok && exec(QLatin1String(sql));
        // Version 1 kept the timeline inside the result.
        QSqlQuery read(m_db);
        QList<std::pair<qint64, QJsonObject>> runs;
        ok = ok && read.exec(QStringLiteral("SELECT entry_id, result FROM runs"));
        while (ok && read.next())
            runs.append({read.value(0).toLongLong(), QJsonDocument::fromJson(read.value(1).toByteArray()).object()});
        read.finish();
        for (auto &[id, result] : runs) {
            const QJsonArray timeline = result.take(QStringLiteral("timeline")).toArray();
            QSqlQuery write(m_db);
            write.prepare(QStringLiteral("UPDATE runs SET result = ?, timeline = ? WHERE entry_id = ?"));
            write.addBindValue(jsonText(result));
            write.addBindValue(jsonText(timeline));
            write.addBindValue(id);
            ok = ok && write.exec();
        }
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version = ") + QString::number(kSchemaVersion));
    if (!ok) {
        const QString message = m_errorString;
        m_db.rollback();
        return fail(Error::Io, tr("Cannot update %1 to the current notebook format: %2").arg(QDir::toNativeSeparators(m_path), message));
    }
    if (!m_db.commit())
        return fail(Error::Io, m_db.lastError().text());
    return true;
}

void Notebook::close()
{
    if (!m_connection.isEmpty()) {
        dropConnection(m_db, m_connection);
        m_connection.clear();
    }
    m_lock.reset();
    m_open = false;
}

QString Notebook::title() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'title'"));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

bool Notebook::writeCopy(const QString &path)
{
    if (!m_open)
        return fail(Error::Io, tr("no notebook is open"));
    if (QFileInfo::exists(path))
        return fail(Error::AlreadyExists, tr("%1 exists already").arg(QDir::toNativeSeparators(path)));
    // VACUUM INTO writes a consistent copy, WAL included, without closing this one.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return fail(Error::Io, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), q.lastError().text()));
    return true;
}

bool Notebook::setTitle(const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('title', ?)"));
    q.addBindValue(title);
    if (!q.exec())
        return fail(Error::Io, q.lastError().text());
    return true;
}

QList<Entry> Notebook::selectEntries(const QString &where, const QVariantList &values) const
{
    QList<Entry> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.kind, e.created_ms, e.modified_ms, e.title, e.body,"
                             " (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM tags WHERE entry_id = e.id"
                             " ORDER BY tag)) FROM entries e ")
              + where + QStringLiteral(" ORDER BY e.position, e.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.kind = kindFromName(q.value(1).toString()).value_or(EntryKind::Note);
        e.createdMs = q.value(2).toLongLong();
        e.modifiedMs = q.value(3).toLongLong();
        e.title = q.value(4).toString();
        e.text = q.value(5).toString();
        const QString tags = q.value(6).toString();
        if (!tags.isEmpty())
            e.tags = tags.split(QLatin1Char('\n'));
        list.append(e);
    }
    return list;
}

QList<Entry> Notebook::entries() const
{
    return selectEntries(QString(), {});
}

QList<Entry> Notebook::search(const QString &text, const QString &tag) const
{
    QStringList conditions;
    QVariantList values;
    if (!text.isEmpty()) {
        const QString pattern = likePattern(text);
        conditions.append(
            QStringLiteral("(e.title LIKE ? ESCAPE '\\' OR e.body LIKE ? ESCAPE '\\'"
                           " OR (e.kind IN ('run', 'paste', 'chart', 'output') AND CAST(e.data AS TEXT) LIKE ? ESCAPE '\\')"
                           " OR EXISTS(SELECT 1 FROM runs r WHERE r.entry_id = e.id AND (r.result LIKE ? ESCAPE '\\'"
                           " OR r.spec LIKE ? ESCAPE '\\')))"));
        for (int i = 0; i < 5; ++i)
            values.append(pattern);
    }
    if (!tag.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS(SELECT 1 FROM tags t WHERE t.entry_id = e.id AND t.tag = ?)"));
        values.append(tag);
    }
    return selectEntries(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND ")), values);
}

std::optional<Entry> Notebook::entry(qint64 id) const
{
    const QList<Entry> list = selectEntries(QStringLiteral("WHERE e.id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

qsizetype Notebook::entryCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM entries")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Notebook::removeEntry(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(Error::Io, q.lastError().text());
    Q_EMIT entriesChanged();
    Q_EMIT undoStateChanged();
    return true;
}

QStringList Notebook::allTags() const
{
    QStringList tags;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT tag FROM tags ORDER BY tag"))) {
        while (q.next())
            tags.append(q.value(0).toString());
    }
    return tags;
}

bool Notebook::setTags(qint64 id, const QStringList &tags)
{
    if (!m_db.transaction())
        return fail(Error::Io, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tags WHERE entry_id = ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty())
            continue;
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO tags(entry_id, tag) VALUES(?, ?)"));
        q.addBindValue(id);
        q.addBindValue(t);
        ok = ok && q.exec();
    }
    ok = ok && touch(id);
    if (!ok) {
        const QString message = q.lastError().text();
        m_db.rollback();
        return fail(Error::Io, message);
    }
    m_db.commit();
    Q_EMIT entryChanged(id);
    return true;
}

bool Notebook::touch(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE entries SET modified_ms = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    return q.exec();
}

bool Notebook::setEntryTitle(qint64 id, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE entries SET title = ?, modified_ms = ? WHERE id = ?"));
    q.addBindValue(notNull(title));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return fail(Error::Io, q.lastError().text());
    Q_EMIT entryChanged(id);
    return true;
}

qint64 Notebook::insertEntry(EntryKind kind, const QString &title, const QString &text, const QByteArray &data)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO entries(position, kind, created_ms, modified_ms, title, body, data)"
                       " VALUES((SELECT coalesce(max(position), 0) + 1 FROM entries), ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(kindName(kind));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(notNull(title));
    q.addBindValue(notNull(text));
    q.addBindValue(data.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(data));
    if (!q.exec()) {
        fail(Error::Io, q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 Notebook::addNote(const QString &title, const QString &text)
{
    const qint64 id = insertEntry(EntryKind::Note, title, text);
    if (id)
        Q_EMIT entriesChanged();
    return id;
}

bool Notebook::setBody(qint64 id, const QString &text)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE entries SET body = ?, modified_ms = ? WHERE id = ?"));
    q.addBindValue(notNull(text));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Notebook::setText(qint64 id, const QString &text)
{
    const std::optional<Entry> current = entry(id);
    if (!current)
        return fail(Error::Io, tr("There is no such entry."));
    if (current->text == text)
        return true;
    if (!m_db.transaction())
        return fail(Error::Io, m_db.lastError().text());
    QSqlQuery q(m_db);
    // A new edit forgets what was undone, as every editor's undo does.
    bool ok = q.exec(QStringLiteral("DELETE FROM edits WHERE undone = 1"));
    q.prepare(QStringLiteral("INSERT INTO edits(entry_id, before, after) VALUES(?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(notNull(current->text));
    q.addBindValue(notNull(text));
    ok = ok && q.exec() && setBody(id, text);
    if (!ok || !m_db.commit()) {
        const QString message = q.lastError().text();
        m_db.rollback();
        return fail(Error::Io, message);
    }
    Q_EMIT entryChanged(id);
    Q_EMIT undoStateChanged();
    return true;
}

bool Notebook::canUndo() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM edits WHERE undone = 0 LIMIT 1")) && q.next();
}

bool Notebook::canRedo() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM edits WHERE undone = 1 LIMIT 1")) && q.next();
}

bool Notebook::undo()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, entry_id, before FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1")) || !q.next())
        return false;
    const qint64 editId = q.value(0).toLongLong();
    const qint64 entryId = q.value(1).toLongLong();
    const QString before = q.value(2).toString();
    q.finish();
    if (!m_db.transaction())
        return fail(Error::Io, m_db.lastError().text());
    q.prepare(QStringLiteral("UPDATE edits SET undone = 1 WHERE id = ?"));
    q.addBindValue(editId);
    if (!q.exec() || !setBody(entryId, before) || !m_db.commit()) {
        m_db.rollback();
        return fail(Error::Io, q.lastError().text());
    }
    Q_EMIT entryChanged(entryId);
    Q_EMIT undoStateChanged();
    return true;
}

bool Notebook::redo()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, entry_id, after FROM edits WHERE undone = 1 ORDER BY id LIMIT 1")) || !q.next())
        return false;
    const qint64 editId = q.value(0).toLongLong();
    const qint64 entryId = q.value(1).toLongLong();
    const QString after = q.value(2).toString();
    q.finish();
    if (!m_db.transaction())
        return fail(Error::Io, m_db.lastError().text());
    q.prepare(QStringLiteral("UPDATE edits SET undone = 0 WHERE id = ?"));
    q.addBindValue(editId);
    if (!q.exec() || !setBody(entryId, after) || !m_db.commit()) {
        m_db.rollback();
        return fail(Error::Io, q.lastError().text());
    }
    Q_EMIT entryChanged(entryId);
    Q_EMIT undoStateChanged();
    return true;
}

qint64 Notebook::addRun(const lab::ExperimentResult &result, const QString &remarks)
{
    QString title;
    if (const char *source = lab::ExperimentSpec::presetTitleSource(result.spec.preset))
        title = QCoreApplication::translate("tcplab::lab::Presets", source);
    if (title.isEmpty())
        title = tr("Backlog %1, %2 clients").arg(result.spec.backlog).arg(result.spec.totalClients());
    return addRunJson(result.toJson(), title, remarks);
}

qint64 Notebook::addRunJson(const QJsonObject &fullResult, const QString &title, const QString &remarks)
{
    QJsonObject result = fullResult;
    const QJsonArray timeline = result.take(QStringLiteral("timeline")).toArray();
    const QJsonObject spec = result.value(QStringLiteral("spec")).toObject();
    // One transaction: a run is in the notebook whole or not at all.
    if (!m_db.transaction()) {
        fail(Error::Io, m_db.lastError().text());
        return 0;
    }
    const qint64 id = insertEntry(EntryKind::Run, title, remarks);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO runs(entry_id, spec, result, timeline) VALUES(?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(jsonText(spec));
    q.addBindValue(jsonText(result));
    q.addBindValue(jsonText(timeline));
    if (!id || !q.exec() || !m_db.commit()) {
        if (id)
            fail(Error::Io, q.lastError().text());
        m_db.rollback();
        return 0;
    }
    Q_EMIT entriesChanged();
    return id;
}

std::optional<RunRecord> Notebook::run(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT r.spec, r.result, r.timeline, e.body FROM runs r JOIN entries e ON e.id = r.entry_id"
                       " WHERE r.entry_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RunRecord r;
    r.spec = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    r.result = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    r.timeline = QJsonDocument::fromJson(q.value(2).toByteArray()).array();
    r.remarks = q.value(3).toString();
    return r;
}

qint64 Notebook::addChart(const ChartSnapshot &chart)
{
    const QJsonObject data{{QStringLiteral("svg"), QString::fromUtf8(chart.svg)}, {QStringLiteral("csv"), chart.csv}};
    const qint64 id = insertEntry(EntryKind::Chart, chart.title, QString(), QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (id)
        Q_EMIT entriesChanged();
    return id;
}

std::optional<ChartSnapshot> Notebook::chart(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, data FROM entries WHERE id = ? AND kind = 'chart'"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    return ChartSnapshot{q.value(0).toString(), data.value(QStringLiteral("svg")).toString().toUtf8(), data.value(QStringLiteral("csv")).toString()};
}

qint64 Notebook::addOutput(const CommandOutput &output)
{
    const qint64 id = insertEntry(EntryKind::Output, output.command, output.output);
    if (id)
        Q_EMIT entriesChanged();
    return id;
}

std::optional<CommandOutput> Notebook::output(qint64 id) const
{
    const std::optional<Entry> e = entry(id);
    if (!e || e->kind != EntryKind::Output)
        return std::nullopt;
    return CommandOutput{e->title, e->text};
}

qint64 Notebook::addPaste(const QString &title, const PasteRecord &paste)
{
    const QJsonObject data{{QStringLiteral("before"), paste.before}, {QStringLiteral("after"), paste.after}, {QStringLiteral("seconds"), paste.seconds}};
    const qint64 id = insertEntry(EntryKind::Paste, title, QString(), QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (id)
        Q_EMIT entriesChanged();
    return id;
}

std::optional<PasteRecord> Notebook::paste(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM entries WHERE id = ? AND kind = 'paste'"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    return PasteRecord{data.value(QStringLiteral("before")).toString(),
                       data.value(QStringLiteral("after")).toString(),
                       data.value(QStringLiteral("seconds")).toDouble()};
}

qint64 Notebook::addRecording(const QString &title)
{
    const qint64 id = insertEntry(EntryKind::Recording, title, QString());
    if (id)
        Q_EMIT entriesChanged();
    return id;
}

qint64 Notebook::seriesId(qint64 recordingId, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO series(entry_id, name) VALUES(?, ?)"));
    q.addBindValue(recordingId);
    q.addBindValue(name);
    if (!q.exec()) {
        fail(Error::Io, q.lastError().text());
        return 0;
    }
    q.prepare(QStringLiteral("SELECT id FROM series WHERE entry_id = ? AND name = ?"));
    q.addBindValue(recordingId);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool Notebook::writeChunk(qint64 seriesId, qint64 firstMs, qint64 lastMs, int count, const QByteArray &data)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO chunks(series_id, first_ms, last_ms, count, data) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(seriesId);
    q.addBindValue(firstMs);
    q.addBindValue(lastMs);
    q.addBindValue(count);
    q.addBindValue(data);
    if (!q.exec())
        return fail(Error::Io, q.lastError().text());
    return true;
}

QStringList Notebook::recordingSeries(qint64 id) const
{
    QStringList names;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM series WHERE entry_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

std::optional<std::pair<qint64, qint64>> Notebook::recordingSpan(qint64 recordingId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT min(c.first_ms), max(c.last_ms) FROM chunks c JOIN series s ON s.id = c.series_id"
                       " WHERE s.entry_id = ?"));
    q.addBindValue(recordingId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

} // namespace tcplab::notebook
