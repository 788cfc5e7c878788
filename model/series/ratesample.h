// SPDX-License-Identifier: GPL-3.0-or-later
// Per-second rates between two snapshots of one source. A counter that went backwards (interface
// reset, reboot, namespace recreated), or that exists in only one of the two snapshots (an
// interface appeared or vanished), has no value here: the series shows a gap, never a negative
// or absurd rate.
#pragma once

#include "sources/countersnapshot.h"

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace tcplab
{

struct RateSample {
    qint64 monotonicNs = 0; // of the later snapshot
    qint64 wallMs = 0; // the same moment in ms since the epoch, on a clock that never jumps (the sampler's)
    double seconds = 0; // between the two snapshots
    // Series name -> value. Counters are per second; gauges (Tcp.CurrEstab) are the value at the
    // later snapshot; CPU shares are percent of the elapsed CPU time.
    //   "if.<name>.rx_packets", "if.<name>.tx_bytes" ... and "if.*.<field>" for the sum over
    //     every interface but loopback (or loopback alone when it is the only one);
    //   "Tcp.ActiveOpens", "TcpExt.ListenOverflows" ... by the kernel's names;
    //   "cpu.user", "cpu.system", "cpu.iowait", "cpu.softirq", "cpu.busy" ... and "cpu<N>.<field>";
    //   "softirq.NET_RX", "softirq.NET_TX" per second; "sockstat.TCP.inuse", "sockstat.TCP.tw" ... levels.
    QHash<QString, double> values;
    // Names that had a value before but not now, because of one of the reasons above.
    QSet<QString> gaps;

    bool has(const QString &name) const
    {
        return values.contains(name);
    }
    double value(const QString &name, double fallback = 0) const
    {
        return values.value(name, fallback);
    }
};

// True for the fields of /proc/net/snmp that are levels or settings, not event counters.
bool isGauge(const QString &counterName);

RateSample computeRates(const CounterSnapshot &before, const CounterSnapshot &after);

} // namespace tcplab

Q_DECLARE_METATYPE(tcplab::RateSample)
Q_DECLARE_METATYPE(tcplab::CounterSnapshot)
