// SPDX-License-Identifier: GPL-3.0-or-later
// The shelf of kernels tcplab can boot in a virtual machine: Debian's cloud kernels fetched on
// demand through apt (see AptArchive) and checked against the signed index once more before they
// are unpacked, and kernel files of the user's own (any bzImage, with its modules folder if it has
// one). Each kernel is a folder under the XDG cache folder (tcplab/kernels/NAME) with its vmlinuz,
// the modules a run may load (networking and the virtio console), and kernel.json saying what it
// is. A download that fails its check is deleted and never unpacked.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace tcplab::kernels
{

struct ShelfKernel {
    QString name; // "debian11", or the user's name for a kernel file
    QString release; // `uname -r` of the kernel: "5.10.0-32-cloud-amd64"
    QString source; // "debian" or "file"
    QString origin; // the archive and suite, or the file it came from
    QString package; // the Debian package and its version
    QString version;
    QByteArray sha256; // of the package, as the signed index gives it
    qint64 bytes = 0; // on disk
    QDateTime added;
    QString directory;

    QString vmlinuz() const;
    QString modulesDirectory() const; // modules/<release>, empty folder when the kernel has none
    QJsonObject toJson() const;
    static std::optional<ShelfKernel> fromJson(const QJsonObject &json, const QString &directory);
};

class KernelShelf
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::kernels::KernelShelf)
public:
    // 0..1 and what is being done.
    using Progress = std::function<void(double, const QString &)>;

    explicit KernelShelf(const QString &root = defaultRoot());
    static QString defaultRoot();
    QString root() const
    {
        return m_root;
    }

    QList<ShelfKernel> kernels() const;
    std::optional<ShelfKernel> find(const QString &name) const;
    bool remove(const QString &name, QString *error);

    // Fetches a catalogue kernel (Catalogue::entries()), replacing an older one of that name. Waits
    // for apt: run it off the GUI thread. `cancel` may be set from another thread.
    bool fetch(const QString &name, const Progress &progress, const std::atomic_bool *cancel, ShelfKernel *kernel, QString *error);
    // Puts a kernel file of the user's on the shelf under `name`; `modulesDirectory` (may be empty)
    // is a /lib/modules/<release> folder.
    bool addFile(const QString &name, const QString &bzImage, const QString &modulesDirectory, ShelfKernel *kernel, QString *error);

    // The file's size and SHA-256 against what the signed index says; false (with a sentence) when
    // they differ.
    static bool verifyPackage(const QString &path, qint64 size, const QByteArray &sha256, QString *error);
    // The release a bzImage says it is (the kernel_version string of its setup header).
    static QString bzImageRelease(const QString &path, QString *error);
    // Names a user may give: letters, digits, dot, dash and underscore, and not a catalogue name.
    static bool validName(const QString &name);
    static constexpr const char *kArchiveOrigin = "debian";

private:
    bool unpackDeb(const QString &deb, const QString &directory, QString *release, QString *error) const;
    bool writeKernel(ShelfKernel *kernel, QString *error) const;

    QString m_root;
};

// Whether a path inside a kernel package is kept on the shelf, and where: the modules a run may
// load (net/, drivers/net/, the virtio console) and the module lists, relative to modules/.
QString shelfPathOf(const QString &packagePath);

} // namespace tcplab::kernels
