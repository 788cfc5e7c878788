// SPDX-License-Identifier: GPL-3.0-or-later
// One suite of the Debian archive read through apt with a private configuration: its own sources
// list, package lists and cache under `directory`, nothing of the system's apt state read or
// written, and no root needed. apt checks the suite's signed Release file against
// debian-archive-keyring and every index against the Release file's checksums; a package's
// SHA256 then comes from that verified index. The archive is the one this machine's apt already
// uses. The calls wait for apt (seconds); run them off the GUI thread.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tcplab::kernels
{

struct PackageRecord {
    QString name;
    QString version;
    QString filename; // pool/main/...
    qint64 size = 0;
    QByteArray sha256; // hex, from the verified index
};

class AptArchive
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::kernels::AptArchive)
public:
    AptArchive(const QString &directory, const QString &suite);

    // The archive this machine's apt uses for Debian (its sources, deb822 or one-line); "" when none.
    static QString systemArchiveUri();
    static constexpr const char *kKeyring = "/usr/share/keyrings/debian-archive-keyring.gpg";

    void setArchiveUri(const QString &uri)
    {
        m_uri = uri;
    }
    QString archiveUri() const
    {
        return m_uri;
    }
    // Set to true from another thread to stop the command under way.
    void setCancelFlag(const std::atomic_bool *cancel)
    {
        m_cancel = cancel;
    }

    // Fetches and verifies the suite's index; false with *error.
    bool update(QString *error);
    // The names of the packages matching `pattern` (apt-cache search --names-only), newest first.
    QStringList search(const QString &pattern, QString *error);
    bool record(const QString &package, PackageRecord *record, QString *error);
    // Downloads the package into `directory`; `progress` gets 0..1. The file's path in *path.
    bool download(const QString &package, const QString &directory, const std::function<void(double)> &progress, QString *path, QString *error);

    // Orders kernel package names by the version numbers in them: 5.10.0-32 after 5.10.0-30.
    static bool newerName(const QString &a, const QString &b);

private:
    QStringList options() const;
    bool run(const QString &program,
             const QStringList &arguments,
             const QString &workingDirectory,
             QByteArray *output,
             QString *error,
             const std::function<void(const QByteArray &)> &onLine = {});

    QString m_directory;
    QString m_suite;
    QString m_uri;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace tcplab::kernels
