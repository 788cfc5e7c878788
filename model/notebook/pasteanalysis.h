// SPDX-License-Identifier: GPL-3.0-or-later
// Two counter captures a student pasted, taken some seconds apart: `netstat -s` (net-tools),
// `nstat -az`, or /proc/net/netstat and /proc/net/snmp. Every counter is read by its kernel name
// ("TcpExt.ListenOverflows"), the deltas and rates are computed, and the checklist's Table 2
// figures (bytes per packet, retransmission ratio, listen drops per second) come from
// checklist::compute(), with a bilingual explanation.
#pragma once

#include "checklist/bottleneckchecklist.h"
#include "i18n/bilingual.h"
#include "procfs/counterstable.h"

#include <QList>
#include <QString>

namespace tcplab::notebook
{

enum class CaptureFormat { Unknown, NetstatS, Nstat, ProcNetstat };
QString captureFormatName(CaptureFormat format); // "netstat -s", "nstat -az", "/proc/net/netstat"

struct PastedCounters {
    CaptureFormat format = CaptureFormat::Unknown;
    procfs::CountersTable counters; // kernel names; net-tools phrases it cannot name keep their text
};
PastedCounters parsePastedCounters(const QString &text);

struct CounterDelta {
    QString key;
    qint64 before = 0;
    qint64 after = 0;
    qint64 delta() const
    {
        return after - before;
    }
};

struct PasteAnalysis {
    bool ok = false;
    BilingualText error;
    double seconds = 0;
    CaptureFormat format = CaptureFormat::Unknown;
    QList<CounterDelta> deltas; // counters present in both captures that changed, in capture order
    checklist::HostFigures figures;
    QList<BilingualText> explanation;
};

PasteAnalysis analysePaste(const QString &before, const QString &after, double seconds);

} // namespace tcplab::notebook
