// SPDX-License-Identifier: GPL-3.0-or-later
#include "netns.h"

#include "procfs/text.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcplab::sandbox
{

namespace
{

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

} // namespace

NamespaceResult enterPrivateNetworkNamespace()
{
    NamespaceResult result;
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNET) != 0) {
            result.error = procfs::Messages::tr("cannot create a network namespace: %1").arg(errnoText());
            return result;
        }
        result.kind = NamespaceKind::NetworkOnly;
    } else {
        const uid_t uid = ::geteuid();
        const gid_t gid = ::getegid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
            result.error = procfs::Messages::tr(
                               "cannot create a user and network namespace: %1 (user namespaces "
                               "may be disabled: see kernel.unprivileged_userns_clone or "
                               "user.max_user_namespaces)")
                               .arg(errnoText());
            return result;
        }
        // Map ourselves to root inside, so that the namespace's sysctls can be written.
        writeFile("/proc/self/setgroups", "deny");
        if (!writeFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1")
            || !writeFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1")) {
            result.error = procfs::Messages::tr("cannot map the user into the new namespace: %1").arg(errnoText());
            return result;
        }
        result.kind = NamespaceKind::UserAndNetwork;
    }
    const QString loopback = bringLoopbackUp();
    if (!loopback.isEmpty()) {
        result.kind = NamespaceKind::None;
        result.error = loopback;
    }
    return result;
}

QString bringLoopbackUp()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return procfs::Messages::tr("cannot open a socket to configure loopback: %1").arg(errnoText());
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    QString error;
    if (::ioctl(fd, SIOCGIFFLAGS, &request) != 0) {
        error = procfs::Messages::tr("cannot read the flags of loopback: %1").arg(errnoText());
    } else {
        request.ifr_flags = short(request.ifr_flags | IFF_UP | IFF_RUNNING);
        if (::ioctl(fd, SIOCSIFFLAGS, &request) != 0)
            error = procfs::Messages::tr("cannot bring loopback up: %1").arg(errnoText());
    }
    ::close(fd);
    return error;
}

QString writeSysctl(const QString &path, const QByteArray &value)
{
    const QByteArray full = QFile::encodeName(QLatin1String("/proc/sys/") + path);
    if (!writeFile(full.constData(), value))
        return procfs::Messages::tr("cannot set %1 to %2: %3").arg(path, QString::fromLatin1(value), errnoText());
    return QString();
}

} // namespace tcplab::sandbox
