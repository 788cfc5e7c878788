// SPDX-License-Identifier: GPL-3.0-or-later
#include "initramfs.h"

#include "kernelshelf.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace tcplab::kernels
{

namespace
{

using ArchivePointer = std::unique_ptr<archive, int (*)(archive *)>;
using EntryPointer = std::unique_ptr<archive_entry, void (*)(archive_entry *)>;

bool addEntry(archive *out, const QString &name, mode_t type, int permissions, const QByteArray &data)
{
    EntryPointer entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), QFile::encodeName(name).constData());
    archive_entry_set_filetype(entry.get(), type);
    archive_entry_set_perm(entry.get(), mode_t(permissions));
    archive_entry_set_size(entry.get(), type == AE_IFREG ? la_int64_t(data.size()) : 0);
    if (archive_write_header(out, entry.get()) != ARCHIVE_OK)
        return false;
    return type != AE_IFREG || archive_write_data(out, data.constData(), size_t(data.size())) == la_ssize_t(data.size());
}

} // namespace

QString Initramfs::findModule(const ShelfKernel &kernel, const QString &name)
{
    const QStringList names{name + QLatin1String(".ko"), name + QLatin1String(".ko.xz"), name + QLatin1String(".ko.zst"), name + QLatin1String(".ko.gz")};
    for (QDirIterator it(kernel.modulesDirectory(), names, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        return it.next();
    return QString();
}

QByteArray Initramfs::readModule(const QString &path, QString *error)
{
    ArchivePointer in(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(in.get());
    archive_read_support_format_raw(in.get());
    archive_entry *entry = nullptr;
    if (archive_read_open_filename(in.get(), QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK
        || archive_read_next_header(in.get(), &entry) != ARCHIVE_OK) {
        *error = tr("cannot read the module %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(in.get())));
        return QByteArray();
    }
    QByteArray data;
    char buffer[65536];
    for (la_ssize_t n; (n = archive_read_data(in.get(), buffer, sizeof buffer)) != 0;) {
        if (n < 0) {
            *error = tr("cannot read the module %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(in.get())));
            return QByteArray();
        }
        data.append(buffer, n);
    }
    // An ELF object, whatever it was packed in.
    if (!data.startsWith("\x7f"
                         "ELF")) {
        *error = tr("%1 is not a kernel module").arg(path);
        return QByteArray();
    }
    return data;
}

bool Initramfs::write(const QString &path, const QString &agent, const ShelfKernel &kernel, const QStringList &modules, QString *error)
{
    QFile agentFile(agent);
    if (!agentFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1").arg(agent);
        return false;
    }
    const QByteArray init = agentFile.readAll();
    QList<QPair<QString, QByteArray>> files{{QStringLiteral("init"), init}};
    for (const QString &name : modules) {
        const QString file = findModule(kernel, name);
        if (file.isEmpty()) {
            *error = tr("the kernel %1 has no module %2").arg(kernel.release, name);
            return false;
        }
        const QByteArray data = readModule(file, error);
        if (data.isEmpty())
            return false;
        files.append({QLatin1String("lib/modules/") + name + QLatin1String(".ko"), data});
    }
    ArchivePointer out(archive_write_new(), archive_write_free);
    archive_write_set_format_cpio_newc(out.get());
    archive_write_add_filter_gzip(out.get());
    if (archive_write_open_filename(out.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        *error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(out.get())));
        return false;
    }
    bool ok = true;
    for (const char *dir : {"dev", "proc", "sys", "lib", "lib/modules"})
        ok = ok && addEntry(out.get(), QLatin1String(dir), AE_IFDIR, 0755, {});
    for (const auto &[name, data] : std::as_const(files))
        ok = ok && addEntry(out.get(), name, AE_IFREG, name == QLatin1String("init") ? 0755 : 0644, data);
    ok = archive_write_close(out.get()) == ARCHIVE_OK && ok;
    if (!ok)
        *error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(archive_error_string(out.get())));
    return ok;
}

} // namespace tcplab::kernels
