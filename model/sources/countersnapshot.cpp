// SPDX-License-Identifier: GPL-3.0-or-later
#include "countersnapshot.h"

namespace tcplab
{

procfs::InterfaceCounters CounterSnapshot::interfaceTotals() const
{
    procfs::InterfaceCounters sum;
    bool onlyLoopback = true;
    for (const auto &i : interfaces)
        onlyLoopback = onlyLoopback && i.name == QLatin1String("lo");
    for (const auto &i : interfaces) {
        if (i.name == QLatin1String("lo") && !onlyLoopback)
            continue;
        sum.rxBytes += i.rxBytes;
        sum.rxPackets += i.rxPackets;
        sum.rxErrors += i.rxErrors;
        sum.rxDropped += i.rxDropped;
        sum.txBytes += i.txBytes;
        sum.txPackets += i.txPackets;
        sum.txErrors += i.txErrors;
        sum.txDropped += i.txDropped;
        sum.txCollisions += i.txCollisions;
    }
    sum.name = onlyLoopback ? QStringLiteral("lo") : QStringLiteral("*");
    return sum;
}

} // namespace tcplab
