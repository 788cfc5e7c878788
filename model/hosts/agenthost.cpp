// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenthost.h"

#include "wire/sysctls.h"

#include <QFile>

namespace tcplab::hosts
{

QStringList runSysctls()
{
    QStringList names;
    for (const char *path : wire::kNamespaceSysctls)
        names << QLatin1String(path);
    return names;
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
