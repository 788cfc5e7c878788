// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedhosts.h"

#include <QSettings>

namespace tcplab::remote
{

namespace
{
const char kHostsKey[] = "hosts/list";
}

QStringList SavedHosts::load()
{
    return QSettings().value(QLatin1String(kHostsKey)).toStringList();
}

void SavedHosts::save(const QStringList &hosts)
{
    QSettings().setValue(QLatin1String(kHostsKey), hosts);
}

QStringList SavedHosts::sshDestinations(const QStringList &hosts)
{
    QStringList destinations;
    for (const QString &host : hosts) {
        if (host.startsWith(QLatin1String("ssh:")))
            destinations << host.mid(4);
    }
    return destinations;
}

} // namespace tcplab::remote
