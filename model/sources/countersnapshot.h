// SPDX-License-Identifier: GPL-3.0-or-later
// One reading of a machine's (or a network namespace's) counters at one moment.
#pragma once

#include "procfs/counterstable.h"
#include "procfs/meminfo.h"
#include "procfs/procnetdev.h"
#include "procfs/procstat.h"
#include "procfs/softirqs.h"

#include <QStringList>

namespace tcplab
{

struct CounterSnapshot {
    qint64 monotonicNs = 0; // CLOCK_MONOTONIC when the reading started
    QList<procfs::InterfaceCounters> interfaces;
    procfs::CountersTable netstat; // /proc/net/snmp and /proc/net/netstat together
    procfs::CpuStat cpu;
    procfs::CountersTable sockstat; // /proc/net/sockstat and sockstat6: "TCP.inuse", "TCP6.inuse" ...
    procfs::SoftIrqs softirqs; // NET_RX and NET_TX per CPU among them
    procfs::MemInfo memory;
    QStringList errors; // files that could not be read or understood

    // Sums over every interface but loopback, or over loopback alone when it is the only one.
    procfs::InterfaceCounters interfaceTotals() const;
};

} // namespace tcplab
