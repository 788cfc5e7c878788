// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/stat: CPU time per state, for the machine and for each CPU, in clock ticks.
#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tcplab::procfs
{

struct CpuTimes {
    QString name; // "cpu" for the total, "cpu0", "cpu1" ... for each CPU
    quint64 user = 0;
    quint64 nice = 0;
    quint64 system = 0;
    quint64 idle = 0;
    quint64 iowait = 0;
    quint64 irq = 0;
    quint64 softirq = 0;
    quint64 steal = 0;

    // Guest time is already inside user and nice, so it is not added again.
    quint64 total() const
    {
        return user + nice + system + idle + iowait + irq + softirq + steal;
    }
    quint64 busy() const
    {
        return total() - idle - iowait;
    }
};

struct CpuStat {
    CpuTimes total;
    QList<CpuTimes> perCpu;
};

ParseResult<CpuStat> parseProcStat(QByteArrayView text);

} // namespace tcplab::procfs
