// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratesample.h"

namespace tcplab
{

namespace
{

struct InterfaceField {
    const char *name;
    quint64 procfs::InterfaceCounters::*member;
};

const InterfaceField kInterfaceFields[] = {
    {"rx_bytes", &procfs::InterfaceCounters::rxBytes},
    {"rx_packets", &procfs::InterfaceCounters::rxPackets},
    {"rx_errors", &procfs::InterfaceCounters::rxErrors},
    {"rx_dropped", &procfs::InterfaceCounters::rxDropped},
    {"tx_bytes", &procfs::InterfaceCounters::txBytes},
    {"tx_packets", &procfs::InterfaceCounters::txPackets},
    {"tx_errors", &procfs::InterfaceCounters::txErrors},
    {"tx_dropped", &procfs::InterfaceCounters::txDropped},
    {"collisions", &procfs::InterfaceCounters::txCollisions},
};

class RateBuilder
{
public:
    RateBuilder(RateSample &sample, double seconds)
        : m_sample(sample)
        , m_seconds(seconds)
    {
    }

    void counter(const QString &name, quint64 before, quint64 after)
    {
        if (after < before)
            m_sample.gaps.insert(name);
        else
            m_sample.values.insert(name, double(after - before) / m_seconds);
    }

private:
    RateSample &m_sample;
    double m_seconds;
};

const procfs::InterfaceCounters *findInterface(const QList<procfs::InterfaceCounters> &list, const QString &name)
{
    for (const auto &i : list) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

void cpuShares(RateSample &sample, const QString &prefix, const procfs::CpuTimes &a, const procfs::CpuTimes &b)
{
    const quint64 totalA = a.total();
    const quint64 totalB = b.total();
    const quint64 *fieldsA[] = {&a.user, &a.nice, &a.system, &a.idle, &a.iowait, &a.irq, &a.softirq, &a.steal};
    const quint64 *fieldsB[] = {&b.user, &b.nice, &b.system, &b.idle, &b.iowait, &b.irq, &b.softirq, &b.steal};
    const char *names[] = {"user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"};
    bool backwards = totalB <= totalA;
    for (size_t i = 0; i < std::size(names); ++i)
        backwards = backwards || *fieldsB[i] < *fieldsA[i];
    if (backwards) {
        // A CPU that went offline and back restarts its counts; so does a new boot.
        for (const char *name : names)
            sample.gaps.insert(prefix + QLatin1String(name));
        sample.gaps.insert(prefix + QLatin1String("busy"));
        return;
    }
    const double elapsed = double(totalB - totalA);
    for (size_t i = 0; i < std::size(names); ++i)
        sample.values.insert(prefix + QLatin1String(names[i]), 100.0 * double(*fieldsB[i] - *fieldsA[i]) / elapsed);
    sample.values.insert(prefix + QLatin1String("busy"), 100.0 * double(b.busy() - a.busy()) / elapsed);
}

} // namespace

bool isGauge(const QString &counterName)
{
    static const QSet<QString> gauges = {
        QStringLiteral("Ip.Forwarding"),
        QStringLiteral("Ip.DefaultTTL"),
        QStringLiteral("Tcp.RtoAlgorithm"),
        QStringLiteral("Tcp.RtoMin"),
        QStringLiteral("Tcp.RtoMax"),
        QStringLiteral("Tcp.MaxConn"),
        QStringLiteral("Tcp.CurrEstab"),
    };
    return gauges.contains(counterName);
}

RateSample computeRates(const CounterSnapshot &before, const CounterSnapshot &after)
{
    RateSample sample;
    sample.monotonicNs = after.monotonicNs;
    sample.seconds = double(after.monotonicNs - before.monotonicNs) / 1e9;
    if (sample.seconds <= 0)
        return sample; // not a forward step in time: nothing can be said
    RateBuilder rates(sample, sample.seconds);

    // Interfaces: only those present in both snapshots.
    for (const auto &b : after.interfaces) {
        const auto *a = findInterface(before.interfaces, b.name);
        const QString prefix = QLatin1String("if.") + b.name + QLatin1Char('.');
        if (!a)
            continue; // appeared: its first rate comes with the next sample
        for (const auto &field : kInterfaceFields)
            rates.counter(prefix + QLatin1String(field.name), a->*field.member, b.*field.member);
    }
    for (const auto &a : before.interfaces) {
        if (!findInterface(after.interfaces, a.name)) {
            for (const auto &field : kInterfaceFields)
                sample.gaps.insert(QLatin1String("if.") + a.name + QLatin1Char('.') + QLatin1String(field.name));
        }
    }
    // The total only when the same set of interfaces is summed on both sides; otherwise an
    // interface that came or went would show as a burst or a drop.
    const auto sumA = before.interfaceTotals();
    const auto sumB = after.interfaceTotals();
    bool sameSet = before.interfaces.size() == after.interfaces.size();
    for (const auto &b : after.interfaces)
        sameSet = sameSet && findInterface(before.interfaces, b.name);
    for (const auto &field : kInterfaceFields) {
        const QString name = QLatin1String("if.*.") + QLatin1String(field.name);
        if (sameSet && !before.interfaces.isEmpty())
            rates.counter(name, sumA.*field.member, sumB.*field.member);
        else if (!before.interfaces.isEmpty())
            sample.gaps.insert(name);
    }

    for (const QString &key : after.netstat.keys()) {
        const qint64 b = after.netstat.value(key);
        if (isGauge(key)) {
            sample.values.insert(key, double(b));
            continue;
        }
        if (!before.netstat.contains(key))
            continue;
        const qint64 a = before.netstat.value(key);
        rates.counter(key, quint64(qMax<qint64>(a, 0)), b < 0 ? 0 : quint64(b));
    }

    // Socket totals are levels: the value now.
    for (const QString &key : after.sockstat.keys())
        sample.values.insert(QLatin1String("sockstat.") + key, double(after.sockstat.value(key)));
    // Network softirqs per second, summed over the CPUs.
    for (const char *name : {"NET_RX", "NET_TX"}) {
        const auto *a = before.softirqs.row(QLatin1String(name));
        const auto *b = after.softirqs.row(QLatin1String(name));
        if (a && b && a->perCpu.size() == b->perCpu.size())
            rates.counter(QLatin1String("softirq.") + QLatin1String(name), a->total(), b->total());
    }

    if (before.cpu.total.total() > 0 && after.cpu.total.total() > 0)
        cpuShares(sample, QStringLiteral("cpu."), before.cpu.total, after.cpu.total);
    for (const auto &cpuB : after.cpu.perCpu) {
        for (const auto &cpuA : before.cpu.perCpu) {
            if (cpuA.name == cpuB.name) {
                cpuShares(sample, cpuB.name + QLatin1Char('.'), cpuA, cpuB);
                break;
            }
        }
    }
    return sample;
}

} // namespace tcplab
