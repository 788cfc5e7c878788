// SPDX-License-Identifier: GPL-3.0-or-later
// Moves the calling process into a network namespace of its own, with loopback up, without root
// where the kernel allows it: an unprivileged user namespace plus a network namespace, or, when
// already root (a chroot, where user namespaces are refused), a network namespace alone. Counters
// and sockets seen afterwards belong to that namespace only.
#pragma once

#include <QString>

namespace tcplab::sandbox
{

enum class NamespaceKind {
    None,
    NetworkOnly, // root: CLONE_NEWNET
    UserAndNetwork, // unprivileged: CLONE_NEWUSER | CLONE_NEWNET, mapped to root inside
};

struct NamespaceResult {
    NamespaceKind kind = NamespaceKind::None;
    QString error; // why it failed, in words a user can act on
    bool ok() const
    {
        return kind != NamespaceKind::None;
    }
};

// Must be called while the process has one thread only (a user namespace requires it); call it
// before any QThread, thread pool or QProcess exists.
NamespaceResult enterPrivateNetworkNamespace();

// Brings the loopback interface of the current namespace up. Returns an error message or "".
QString bringLoopbackUp();

// Writes a sysctl of the current namespace, e.g. ("net/core/somaxconn", "128").
QString writeSysctl(const QString &path, const QByteArray &value);

} // namespace tcplab::sandbox
