// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelshelf.h"

#include "aptarchive.h"
#include "kernelcatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace tcplab::kernels
{

namespace
{

const QString kJson = QStringLiteral("kernel.json");

using ArchivePointer = std::unique_ptr<archive, int (*)(archive *)>;

qint64 folderBytes(const QString &directory)
{
    qint64 bytes = 0;
    for (QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

// Copies the current entry's data of `in` to `path`.
bool writeEntry(archive *in, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = KernelShelf::tr("cannot write %1").arg(path);
        return false;
    }
    char buffer[65536];
    for (la_ssize_t n; (n = archive_read_data(in, buffer, sizeof buffer)) != 0;) {
        if (n < 0) {
            *error = KernelShelf::tr("the package is damaged: %1").arg(QString::fromLocal8Bit(archive_error_string(in)));
            return false;
        }
        out.write(buffer, n);
    }
    return true;
}

} // namespace

QString shelfPathOf(const QString &packagePath)
{
    // ./lib/modules/REL/kernel/net/... or ./usr/lib/modules/REL/... (merged /usr)
    static const QRegularExpression modules(QStringLiteral("^\\.?/?(?:usr/)?lib/modules/([^/]+)/(.*)$"));
    const QRegularExpressionMatch m = modules.match(packagePath);
    // A package is data from elsewhere: nothing in it may climb out of the shelf's folder.
    if (!m.hasMatch() || packagePath.split(QLatin1Char('/')).contains(QLatin1String("..")))
        return QString();
    const QString rest = m.captured(2);
    const bool keep = rest.startsWith(QLatin1String("kernel/net/")) || rest.startsWith(QLatin1String("kernel/drivers/net/"))
        || rest.startsWith(QLatin1String("kernel/drivers/char/virtio_console")) || rest.startsWith(QLatin1String("modules."));
    return keep ? m.captured(1) + QLatin1Char('/') + rest : QString();
}

QString ShelfKernel::vmlinuz() const
{
    return QDir(directory).filePath(QStringLiteral("vmlinuz"));
}

QString ShelfKernel::modulesDirectory() const
{
    return QDir(directory).filePath(QLatin1String("modules/") + release);
}

QJsonObject ShelfKernel::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("release"), release},
            {QStringLiteral("source"), source},
            {QStringLiteral("origin"), origin},
            {QStringLiteral("package"), package},
            {QStringLiteral("version"), version},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("added"), added.toString(Qt::ISODate)}};
}

std::optional<ShelfKernel> ShelfKernel::fromJson(const QJsonObject &json, const QString &directory)
{
    ShelfKernel k;
    k.name = json.value(QStringLiteral("name")).toString();
    k.release = json.value(QStringLiteral("release")).toString();
    k.source = json.value(QStringLiteral("source")).toString();
    k.origin = json.value(QStringLiteral("origin")).toString();
    k.package = json.value(QStringLiteral("package")).toString();
    k.version = json.value(QStringLiteral("version")).toString();
    k.sha256 = json.value(QStringLiteral("sha256")).toString().toLatin1();
    k.bytes = json.value(QStringLiteral("bytes")).toInteger();
    k.added = QDateTime::fromString(json.value(QStringLiteral("added")).toString(), Qt::ISODate);
    k.directory = directory;
    if (k.name.isEmpty() || k.release.isEmpty() || !QFileInfo(k.vmlinuz()).isFile())
        return std::nullopt;
    return k;
}

KernelShelf::KernelShelf(const QString &root)
    : m_root(root)
{
}

QString KernelShelf::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("tcplab/kernels"));
}

QList<ShelfKernel> KernelShelf::kernels() const
{
    QList<ShelfKernel> list;
    const QDir root(m_root);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(root.filePath(name + QLatin1Char('/') + kJson));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto kernel = ShelfKernel::fromJson(QJsonDocument::fromJson(file.readAll()).object(), root.filePath(name)))
            list << *kernel;
    }
    return list;
}

std::optional<ShelfKernel> KernelShelf::find(const QString &name) const
{
    for (const ShelfKernel &k : kernels()) {
        if (k.name == name)
            return k;
    }
    return std::nullopt;
}

bool KernelShelf::remove(const QString &name, QString *error)
{
    const std::optional<ShelfKernel> kernel = find(name);
    if (!kernel) {
        *error = tr("there is no kernel \"%1\" on the shelf").arg(name);
        return false;
    }
    if (!QDir(kernel->directory).removeRecursively()) {
        *error = tr("cannot remove %1").arg(kernel->directory);
        return false;
    }
    return true;
}

bool KernelShelf::validName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return allowed.match(name).hasMatch() && !Catalogue::find(name) && name != QLatin1String("host");
}

bool KernelShelf::verifyPackage(const QString &path, qint64 size, const QByteArray &sha256, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1").arg(path);
        return false;
    }
    if (file.size() != size) {
        *error = tr("%1 has %2 bytes, but the archive's signed index says %3: it was not used").arg(QFileInfo(path).fileName()).arg(file.size()).arg(size);
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    if (hash.result().toHex() != sha256.toLower()) {
        *error = tr("%1 does not match the SHA-256 of the archive's signed index: it was not used").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

QString KernelShelf::bzImageRelease(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1").arg(path);
        return QString();
    }
    // Documentation/arch/x86/boot.rst: "HdrS" at 0x202; kernel_version at 0x20E points to a
    // NUL-terminated string 0x200 bytes further on, "5.10.0-32-cloud-amd64 (debian-kernel@...) #1 ...".
    const QByteArray head = file.read(0x210);
    if (head.size() < 0x210 || head.mid(0x202, 4) != "HdrS") {
        *error = tr("%1 is not a Linux kernel image (bzImage)").arg(path);
        return QString();
    }
    const quint16 offset = quint16(quint8(head[0x20E])) | quint16(quint8(head[0x20F]) << 8);
    if (offset == 0 || !file.seek(qint64(offset) + 0x200)) {
        *error = tr("%1 does not say which kernel it is").arg(path);
        return QString();
    }
    const QByteArray text = file.read(256);
    const QByteArray release = text.left(text.indexOf(' ')).left(text.indexOf('\0'));
    static const QRegularExpression sane(QStringLiteral("^[0-9][A-Za-z0-9._+~-]*$"));
    if (!sane.match(QString::fromLatin1(release)).hasMatch()) {
        *error = tr("%1 does not say which kernel it is").arg(path);
        return QString();
    }
    return QString::fromLatin1(release);
}

bool KernelShelf::unpackDeb(const QString &deb, const QString &directory, QString *release, QString *error) const
{
    ArchivePointer outer(archive_read_new(), archive_read_free);
    archive_read_support_format_ar(outer.get());
    if (archive_read_open_filename(outer.get(), QFile::encodeName(deb).constData(), 65536) != ARCHIVE_OK) {
        *error = tr("cannot open %1: %2").arg(deb, QString::fromLocal8Bit(archive_error_string(outer.get())));
        return false;
    }
    const QString dataTar = QDir(directory).filePath(QStringLiteral("data.tar"));
    bool found = false;
    for (archive_entry *entry; archive_read_next_header(outer.get(), &entry) == ARCHIVE_OK;) {
        if (QByteArray(archive_entry_pathname(entry)).startsWith("data.tar")) {
            if (!writeEntry(outer.get(), dataTar, error))
                return false;
            found = true;
            break;
        }
    }
    if (!found) {
        *error = tr("%1 is not a Debian package").arg(deb);
        return false;
    }
    ArchivePointer data(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(data.get());
    archive_read_support_format_tar(data.get());
    if (archive_read_open_filename(data.get(), QFile::encodeName(dataTar).constData(), 65536) != ARCHIVE_OK) {
        *error = tr("cannot open %1: %2").arg(deb, QString::fromLocal8Bit(archive_error_string(data.get())));
        return false;
    }
    // /boot/vmlinuz-RELEASE, or (sid's split packages) /usr/lib/modules/RELEASE/vmlinuz.
    static const QRegularExpression vmlinuz(
        QStringLiteral("^\\.?/?(?:boot/vmlinuz-([0-9][A-Za-z0-9._+~-]*)|(?:usr/)?lib/modules/([0-9][A-Za-z0-9._+~-]*)/vmlinuz)$"));
    int status = ARCHIVE_OK;
    for (archive_entry *entry; (status = archive_read_next_header(data.get(), &entry)) == ARCHIVE_OK;) {
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        const QRegularExpressionMatch m = vmlinuz.match(path);
        QString target;
        if (m.hasMatch()) {
            *release = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            target = QDir(directory).filePath(QStringLiteral("vmlinuz"));
        } else if (const QString kept = shelfPathOf(path); !kept.isEmpty()) {
            target = QDir(directory).filePath(QLatin1String("modules/") + kept);
        }
        if (!target.isEmpty() && !writeEntry(data.get(), target, error))
            return false;
    }
    QFile::remove(dataTar);
    if (status != ARCHIVE_EOF) {
        *error = tr("the package is damaged: %1").arg(QString::fromLocal8Bit(archive_error_string(data.get())));
        return false;
    }
    return true;
}

bool KernelShelf::writeKernel(ShelfKernel *kernel, QString *error) const
{
    QDir().mkpath(kernel->modulesDirectory());
    kernel->bytes = folderBytes(kernel->directory);
    kernel->added = QDateTime::currentDateTimeUtc();
    QSaveFile file(QDir(kernel->directory).filePath(kJson));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(kernel->toJson()).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool KernelShelf::fetch(const QString &name, const Progress &progress, const std::atomic_bool *cancel, ShelfKernel *kernel, QString *error)
{
    const std::optional<CatalogueEntry> entry = Catalogue::find(name);
    if (!entry) {
        *error = tr("\"%1\" is not a kernel of the shelf's catalogue").arg(name);
        return false;
    }
    const auto say = [&progress](double fraction, const QString &text) {
        if (progress)
            progress(fraction, text);
    };
    AptArchive apt(QDir(m_root).filePath(QLatin1String(".apt/") + entry->suite), entry->suite);
    apt.setCancelFlag(cancel);
    say(0, tr("Reading the signed index of %1").arg(entry->suite));
    if (!apt.update(error))
        return false;
    const QStringList images = apt.search(entry->imagePattern, error);
    if (images.isEmpty()) {
        if (error->isEmpty())
            *error = tr("the archive has no cloud kernel for %1").arg(entry->suite);
        return false;
    }
    QStringList packages{images.first()};
    if (!entry->modulesPackage.isEmpty()) {
        static const QRegularExpression releaseOf(QStringLiteral("^linux-[a-z]+-(.+)$"));
        packages << entry->modulesPackage.arg(releaseOf.match(images.first()).captured(1));
    }
    QTemporaryDir work(QDir(m_root).filePath(QStringLiteral(".fetch-XXXXXX")));
    if (!QDir().mkpath(m_root) || !work.isValid()) {
        *error = tr("cannot create a folder under %1").arg(m_root);
        return false;
    }
    ShelfKernel k;
    k.name = name;
    k.source = QLatin1String(kArchiveOrigin);
    k.origin = apt.archiveUri() + QLatin1Char(' ') + entry->suite;
    k.directory = work.filePath(QStringLiteral("kernel"));
    for (qsizetype i = 0; i < packages.size(); ++i) {
        PackageRecord record;
        if (!apt.record(packages[i], &record, error))
            return false;
        const double base = 0.05 + 0.9 * double(i) / double(packages.size());
        const double share = 0.9 / double(packages.size());
        say(base, tr("Downloading %1 (%2 MB)").arg(record.name).arg(double(record.size) / 1e6, 0, 'f', 1));
        QString deb;
        if (!apt.download(
                record.name,
                work.filePath(QStringLiteral("download")),
                [&](double f) {
                    say(base + share * 0.8 * f, tr("Downloading %1").arg(record.name));
                },
                &deb,
                error))
            return false;
        if (!verifyPackage(deb, record.size, record.sha256, error)) {
            QFile::remove(deb);
            return false;
        }
        say(base + share * 0.85, tr("Unpacking %1").arg(record.name));
        QString release;
        if (!unpackDeb(deb, k.directory, &release, error))
            return false;
        QFile::remove(deb);
        if (i == 0) {
            k.release = release;
            k.package = record.name;
            k.version = record.version;
            k.sha256 = record.sha256;
        }
    }
    if (k.release.isEmpty() || !QFileInfo(k.vmlinuz()).isFile()) {
        *error = tr("%1 holds no kernel image").arg(packages.first());
        return false;
    }
    if (!writeKernel(&k, error))
        return false;
    // Into place only now: a cancelled or failed fetch leaves the shelf as it was.
    const QString target = QDir(m_root).filePath(name);
    QDir(target).removeRecursively();
    if (!QDir().rename(k.directory, target)) {
        *error = tr("cannot move the kernel into %1").arg(target);
        return false;
    }
    k.directory = target;
    say(1, tr("%1 is on the shelf").arg(k.release));
    *kernel = k;
    return true;
}

bool KernelShelf::addFile(const QString &name, const QString &bzImage, const QString &modulesDirectory, ShelfKernel *kernel, QString *error)
{
    if (!validName(name)) {
        *error = tr("\"%1\" cannot name a kernel: use letters, digits, dots, dashes and underscores, and none of the "
                    "shelf's own names")
                     .arg(name);
        return false;
    }
    const QString release = bzImageRelease(bzImage, error);
    if (release.isEmpty())
        return false;
    ShelfKernel k;
    k.name = name;
    k.release = release;
    k.source = QStringLiteral("file");
    k.origin = QFileInfo(bzImage).absoluteFilePath();
    k.directory = QDir(m_root).filePath(name);
    QDir(k.directory).removeRecursively();
    if (!QDir().mkpath(k.directory) || !QFile::copy(bzImage, k.vmlinuz())) {
        *error = tr("cannot copy %1 to the shelf").arg(bzImage);
        return false;
    }
    if (!modulesDirectory.isEmpty()) {
        const QDir from(modulesDirectory);
        for (QDirIterator it(modulesDirectory, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            const QString kept = shelfPathOf(QLatin1String("lib/modules/") + release + QLatin1Char('/') + from.relativeFilePath(path));
            if (kept.isEmpty())
                continue;
            const QString target = QDir(k.directory).filePath(QLatin1String("modules/") + kept);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(path, target);
        }
    }
    if (!writeKernel(&k, error))
        return false;
    *kernel = k;
    return true;
}

} // namespace tcplab::kernels
