// SPDX-License-Identifier: GPL-3.0-or-later
// Reads counters from this machine's /proc. `netDirectory` chooses the network namespace:
// /proc/net is the caller's own, /proc/<pid>/net that of another process (the sandbox).
#pragma once

#include "countersnapshot.h"

#include <QString>

namespace tcplab {

class LocalCounterSource
{
public:
    explicit LocalCounterSource(QString netDirectory = QStringLiteral("/proc/net"),
                                QString statPath = QStringLiteral("/proc/stat"));

    CounterSnapshot read() const;

private:
    QString m_netDirectory;
    QString m_statPath;
};

qint64 monotonicNowNs();

} // namespace tcplab
