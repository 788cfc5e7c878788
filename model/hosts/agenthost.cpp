// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenthost.h"

#include <QFile>

namespace tcplab::hosts {

QStringList runSysctls()
{
    return { QStringLiteral("net/core/somaxconn"),
             QStringLiteral("net/ipv4/tcp_max_syn_backlog"),
             QStringLiteral("net/ipv4/tcp_syncookies"),
             QStringLiteral("net/ipv4/tcp_abort_on_overflow"),
             QStringLiteral("net/ipv4/tcp_synack_retries"),
             QStringLiteral("net/ipv4/tcp_syn_retries"),
             QStringLiteral("net/ipv4/tcp_syn_linear_timeouts"),
             QStringLiteral("net/ipv4/ip_local_port_range") };
}

QString readLocalSysctl(const QString &path)
{
    QFile file(QLatin1String("/proc/sys/") + path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(file.readAll()).simplified();
}

void AgentHost::watchPort(quint16 port)
{
    Q_UNUSED(port);
    Q_EMIT portReady();
}

qint64 AgentHost::namespacePid(Role role) const
{
    Q_UNUSED(role);
    return 0;
}

int AgentHost::duplicateCensusSocket(Role role) const
{
    Q_UNUSED(role);
    return -1;
}

} // namespace tcplab::hosts
