// SPDX-License-Identifier: GPL-3.0-or-later
// Reads counters from this machine's /proc. `netDirectory` chooses the network namespace:
// /proc/net is the caller's own, /proc/<pid>/net that of another process (the sandbox);
// `procDirectory` holds the machine-wide files (stat, softirqs, meminfo).
#pragma once

#include "countersource.h"

#include <QCoreApplication>
#include <QString>

namespace tcplab
{

class LocalCounterSource : public CounterSource
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::LocalCounterSource)
public:
    explicit LocalCounterSource(QString netDirectory = QStringLiteral("/proc/net"), QString procDirectory = QStringLiteral("/proc"));

    CounterSnapshot read() override;
    QString displayName() const override;
    void setDisplayName(const QString &name)
    {
        m_displayName = name;
    }

private:
    QString m_netDirectory;
    QString m_procDirectory;
    QString m_displayName;
};

qint64 monotonicNowNs();

} // namespace tcplab
