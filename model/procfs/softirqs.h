// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/softirqs: how often each kind of softirq ran on each CPU since boot (show_softirqs(),
// fs/proc/softirqs.c). NET_RX is where received packets are processed: a CPU whose NET_RX count
// climbs much faster than the others is the one all the traffic lands on.
#pragma once

#include "parseresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab::procfs
{

struct SoftIrqRow {
    QString name; // "HI", "TIMER", "NET_TX", "NET_RX", "BLOCK", ... as the kernel names them
    QList<quint64> perCpu; // one count per CPU of the header, in its order

    quint64 total() const
    {
        quint64 sum = 0;
        for (quint64 v : perCpu)
            sum += v;
        return sum;
    }
};

struct SoftIrqs {
    QStringList cpus; // "CPU0", "CPU1" ... from the header
    QList<SoftIrqRow> rows;

    // The row of that name, or nullptr.
    const SoftIrqRow *row(const QString &name) const
    {
        for (const SoftIrqRow &r : rows) {
            if (r.name == name)
                return &r;
        }
        return nullptr;
    }
    const SoftIrqRow *netRx() const
    {
        return row(QStringLiteral("NET_RX"));
    }
    const SoftIrqRow *netTx() const
    {
        return row(QStringLiteral("NET_TX"));
    }
};

// Rows with fewer counts than the header has CPUs are skipped with a warning; counts beyond the
// header's CPUs are dropped with a warning.
ParseResult<SoftIrqs> parseSoftIrqs(QByteArrayView text);

} // namespace tcplab::procfs
