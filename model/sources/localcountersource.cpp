// SPDX-License-Identifier: GPL-3.0-or-later
#include "localcountersource.h"

#include "procfs/procfile.h"
#include "procfs/sockstat.h"

#include <ctime>
#include <utility>

namespace tcplab
{

qint64 monotonicNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

LocalCounterSource::LocalCounterSource(QString netDirectory, QString procDirectory)
    : m_netDirectory(std::move(netDirectory))
    , m_procDirectory(std::move(procDirectory))
{
}

QString LocalCounterSource::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return m_netDirectory == QLatin1String("/proc/net") ? tr("This machine") : m_netDirectory;
}

CounterSnapshot LocalCounterSource::read()
{
    CounterSnapshot snapshot;
    snapshot.monotonicNs = monotonicNowNs();
    QByteArray text;
    QString error;

    const QString devPath = m_netDirectory + QLatin1String("/dev");
    if (procfs::readProcFile(devPath, &text, &error)) {
        auto dev = procfs::parseProcNetDev(text);
        if (dev.ok())
            snapshot.interfaces = std::move(dev.value);
        else
            snapshot.errors.append(dev.error);
    } else {
        snapshot.errors.append(error);
    }

    for (const char *name : {"snmp", "netstat"}) {
        const QString path = m_netDirectory + QLatin1Char('/') + QLatin1String(name);
        if (!procfs::readProcFile(path, &text, &error)) {
            snapshot.errors.append(error);
            continue;
        }
        const auto table = procfs::parseCountersTable(text, path);
        if (table.ok())
            snapshot.netstat.merge(table.value);
        else
            snapshot.errors.append(table.error);
    }

    const QString statPath = m_procDirectory + QLatin1String("/stat");
    if (procfs::readProcFile(statPath, &text, &error)) {
        auto cpu = procfs::parseProcStat(text);
        if (cpu.ok())
            snapshot.cpu = std::move(cpu.value);
        else
            snapshot.errors.append(cpu.error);
    } else {
        snapshot.errors.append(error);
    }

    // Optional files: a kernel without IPv6 has no sockstat6, a minimal /proc may lack softirqs.
    for (const char *name : {"sockstat", "sockstat6"}) {
        const QString path = m_netDirectory + QLatin1Char('/') + QLatin1String(name);
        if (!procfs::readProcFile(path, &text, nullptr))
            continue;
        const auto table = procfs::parseSockstat(text, path);
        if (table.ok())
            snapshot.sockstat.merge(table.value);
    }
    if (procfs::readProcFile(m_procDirectory + QLatin1String("/softirqs"), &text, nullptr)) {
        auto softirqs = procfs::parseSoftIrqs(text);
        if (softirqs.ok())
            snapshot.softirqs = std::move(softirqs.value);
    }
    if (procfs::readProcFile(m_procDirectory + QLatin1String("/meminfo"), &text, nullptr)) {
        auto memory = procfs::parseMemInfo(text);
        if (memory.ok())
            snapshot.memory = std::move(memory.value);
    }
    return snapshot;
}

} // namespace tcplab
