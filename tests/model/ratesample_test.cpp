// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/ratesample.h"

#include <QTest>

using namespace tcplab;

class RateSampleTest : public QObject
{
    Q_OBJECT
private:
    static procfs::InterfaceCounters iface(const char *name, quint64 rxPackets, quint64 rxBytes = 0)
    {
        procfs::InterfaceCounters i;
        i.name = QLatin1String(name);
        i.rxPackets = rxPackets;
        i.rxBytes = rxBytes;
        return i;
    }

    static CounterSnapshot
    snapshot(qint64 ms, QList<procfs::InterfaceCounters> interfaces, std::initializer_list<std::pair<const char *, qint64>> counters = {})
    {
        CounterSnapshot s;
        s.monotonicNs = ms * 1000000;
        s.interfaces = std::move(interfaces);
        for (const auto &c : counters)
            s.netstat.insert(QLatin1String(c.first), c.second);
        return s;
    }

private Q_SLOTS:
    void perSecond()
    {
        const auto a = snapshot(0, {iface("eth0", 100, 1000)}, {{"TcpExt.ListenOverflows", 10}});
        const auto b = snapshot(500, {iface("eth0", 150, 3000)}, {{"TcpExt.ListenOverflows", 15}});
        const RateSample r = computeRates(a, b);
        QCOMPARE(r.seconds, 0.5);
        QCOMPARE(r.value(QStringLiteral("if.eth0.rx_packets")), 100.0);
        QCOMPARE(r.value(QStringLiteral("if.eth0.rx_bytes")), 4000.0);
        QCOMPARE(r.value(QStringLiteral("if.*.rx_packets")), 100.0);
        QCOMPARE(r.value(QStringLiteral("TcpExt.ListenOverflows")), 10.0);
        QVERIFY(r.gaps.isEmpty());
    }

    void backwardsIsAGap()
    {
        const auto a = snapshot(0, {iface("eth0", 1000)}, {{"Tcp.ActiveOpens", 50}});
        const auto b = snapshot(1000, {iface("eth0", 10)}, {{"Tcp.ActiveOpens", 3}});
        const RateSample r = computeRates(a, b);
        QVERIFY(!r.has(QStringLiteral("if.eth0.rx_packets")));
        QVERIFY(!r.has(QStringLiteral("Tcp.ActiveOpens")));
        QVERIFY(r.gaps.contains(QStringLiteral("if.eth0.rx_packets")));
        QVERIFY(r.gaps.contains(QStringLiteral("Tcp.ActiveOpens")));
        for (double v : r.values)
            QVERIFY(v >= 0);
    }

    void interfaceComingAndGoing()
    {
        const auto a = snapshot(0, {iface("eth0", 100), iface("veth1", 5)});
        const auto b = snapshot(1000, {iface("eth0", 200), iface("veth2", 1000000)});
        const RateSample r = computeRates(a, b);
        QCOMPARE(r.value(QStringLiteral("if.eth0.rx_packets")), 100.0);
        QVERIFY(!r.has(QStringLiteral("if.veth2.rx_packets"))); // new: no rate yet
        QVERIFY(r.gaps.contains(QStringLiteral("if.veth1.rx_packets"))); // gone
        // The sum would jump by a million: a gap instead.
        QVERIFY(!r.has(QStringLiteral("if.*.rx_packets")));
        QVERIFY(r.gaps.contains(QStringLiteral("if.*.rx_packets")));
    }

    void gaugesAreValues()
    {
        const auto a = snapshot(0, {}, {{"Tcp.CurrEstab", 40}, {"Tcp.MaxConn", -1}});
        const auto b = snapshot(1000, {}, {{"Tcp.CurrEstab", 12}, {"Tcp.MaxConn", -1}});
        const RateSample r = computeRates(a, b);
        QCOMPARE(r.value(QStringLiteral("Tcp.CurrEstab")), 12.0);
        QCOMPARE(r.value(QStringLiteral("Tcp.MaxConn")), -1.0);
        QVERIFY(r.gaps.isEmpty());
    }

    void cpuShares()
    {
        auto a = snapshot(0, {});
        auto b = snapshot(1000, {});
        a.cpu.total.user = 100;
        a.cpu.total.idle = 100;
        b.cpu.total.user = 130;
        b.cpu.total.system = 20;
        b.cpu.total.softirq = 10;
        b.cpu.total.idle = 140; // 100 ticks elapsed: 30 user, 20 system, 10 softirq, 40 idle
        const RateSample r = computeRates(a, b);
        QCOMPARE(r.value(QStringLiteral("cpu.user")), 30.0);
        QCOMPARE(r.value(QStringLiteral("cpu.system")), 20.0);
        QCOMPARE(r.value(QStringLiteral("cpu.softirq")), 10.0);
        QCOMPARE(r.value(QStringLiteral("cpu.idle")), 40.0);
        QCOMPARE(r.value(QStringLiteral("cpu.busy")), 60.0);
        // A reboot between the two: the counts restart lower.
        auto rebooted = a;
        rebooted.monotonicNs = 2000000000;
        const RateSample reset = computeRates(b, rebooted);
        QVERIFY(!reset.has(QStringLiteral("cpu.user")));
        QVERIFY(reset.gaps.contains(QStringLiteral("cpu.busy")));
    }

    void noTimeNoRates()
    {
        const auto a = snapshot(1000, {iface("eth0", 1)});
        const auto b = snapshot(1000, {iface("eth0", 2)});
        QVERIFY(computeRates(a, b).values.isEmpty());
        QVERIFY(computeRates(b, snapshot(500, {iface("eth0", 3)})).values.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RateSampleTest)
#include "ratesample_test.moc"
