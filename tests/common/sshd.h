// SPDX-License-Identifier: GPL-3.0-or-later
// A private sshd for tests: on 127.0.0.1 with its own host key, user key, authorized_keys and
// known_hosts in a temporary directory, started and stopped by PID. The remote user's cache
// (XDG_CACHE_HOME) is a directory of the fixture too, so nothing lands in the real home.
#pragma once

#include "remote/sshcommand.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace tcplab::testing
{

inline const QString kSshd = QStringLiteral("/usr/sbin/sshd");

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Every process whose parent chain leads to `root` (sshd's connection and session children,
// the remote shell, cat, sleep), found through /proc.
inline QList<pid_t> descendantsOf(pid_t root)
{
    QHash<pid_t, pid_t> parents;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        const QByteArray status = readFile(QLatin1String("/proc/") + entry + QLatin1String("/status"));
        const qsizetype at = status.indexOf("\nPPid:");
        if (at >= 0)
            parents.insert(pid, status.mid(at + 6, status.indexOf('\n', at + 1) - at - 6).trimmed().toInt());
    }
    QList<pid_t> result;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        for (pid_t p = it.value(), hops = 0; p > 1 && hops < 64; p = parents.value(p), ++hops) {
            if (p == root) {
                result.append(it.key());
                break;
            }
        }
    }
    return result;
}

// A private sshd: its files live in a temporary directory and it is stopped by PID.
class Sshd
{
public:
    QTemporaryDir dir;
    quint16 port = 0;
    QProcess process;
    QByteArray log;

    QString path(const char *name) const
    {
        return dir.filePath(QLatin1String(name));
    }

    // Why this machine cannot run the fixture ("" when it can); makes sshd's privilege
    // separation directory, which the package's service would make.
    static QByteArray whyUnavailable()
    {
        if (!QFile::exists(kSshd))
            return "sshd is not installed (openssh-server, in TCPLAB_TEST_PACKAGES of scripts/packages.sh)";
        if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            return "ssh is not installed (openssh-client, in TCPLAB_TEST_PACKAGES of scripts/packages.sh)";
        if (::geteuid() != 0)
            return "sshd on a private port needs root here (it logs the test user in with its own keys)";
        QDir().mkpath(QStringLiteral("/run/sshd"));
        return {};
    }

    bool keygen(const char *name, QString *error)
    {
        QFile::remove(path(name));
        QFile::remove(path(name) + QLatin1String(".pub"));
        QProcess keygen;
        keygen.start(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(name)});
        if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0) {
            *error = QString::fromLocal8Bit(keygen.readAllStandardError());
            return false;
        }
        return true;
    }

    // Host and user keys, authorized_keys, known_hosts recording the host key, and the config.
    bool prepare(QString *error)
    {
        port = freePort();
        if (!keygen("host_key", error) || !keygen("user_key", error))
            return false;
        writeFile(path("authorized_keys"), readFile(path("user_key.pub")));
        trustCurrentHostKey();
        const QByteArray config = "Port " + QByteArray::number(port) + "\nListenAddress 127.0.0.1\n" + "HostKey "
            + path("host_key").toLocal8Bit() + "\nAuthorizedKeysFile " + path("authorized_keys").toLocal8Bit()
            + "\nPidFile " + path("sshd.pid").toLocal8Bit() + "\nSetEnv XDG_CACHE_HOME=" + path("cache").toLocal8Bit()
            + "\nPermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
              "UsePAM no\nStrictModes no\nPrintMotd no\nLogLevel INFO\n";
        return writeFile(path("sshd_config"), config);
    }

    void trustCurrentHostKey()
    {
        const QList<QByteArray> words = readFile(path("host_key.pub")).split(' ');
        writeFile(path("known_hosts"), "[127.0.0.1]:" + QByteArray::number(port) + ' ' + words.value(0) + ' ' + words.value(1) + '\n');
    }

    // Starts sshd and waits until it listens (it says so on stderr with -e).
    bool start()
    {
        log.clear();
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.setReadChannel(QProcess::StandardError); // waitForReadyRead() watches this one
        process.start(kSshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path("sshd_config")});
        if (!process.waitForStarted(10000))
            return false;
        while (!log.contains("Server listening on")) {
            if (!process.waitForReadyRead(10000))
                return false;
            log += process.readAllStandardError();
        }
        return true;
    }

    // SIGKILL to sshd and every process below it: the established connection dies too, as when
    // the host goes away.
    void kill()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        const pid_t pid = pid_t(process.processId());
        ::kill(pid, SIGSTOP); // no new children while we look
        for (pid_t child : descendantsOf(pid))
            ::kill(child, SIGKILL);
        ::kill(pid, SIGKILL);
        process.waitForFinished(10000);
        log += process.readAllStandardError();
    }

    // The target that logs in as the user running the test, with the fixture's key and known_hosts.
    remote::SshTarget target() const
    {
        remote::SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = port;
        t.user = QString::fromLocal8Bit(qgetenv("USER"));
        if (t.user.isEmpty())
            t.user = QStringLiteral("root");
        t.identityFile = path("user_key");
        t.knownHostsFile = path("known_hosts");
        return t;
    }

    ~Sshd()
    {
        kill();
    }
};

} // namespace tcplab::testing
