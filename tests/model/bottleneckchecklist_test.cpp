// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/bottleneckchecklist.h"

#include <QTest>

using namespace tcplab;
using namespace tcplab::checklist;

Q_DECLARE_METATYPE(tcplab::checklist::Verdict)

class BottleneckChecklistTest : public QObject
{
    Q_OBJECT
private:
    static procfs::InterfaceCounters
    eth(quint64 rxPackets, quint64 rxBytes, quint64 txPackets, quint64 txBytes, quint64 rxErrors = 0, quint64 txErrors = 0, quint64 collisions = 0)
    {
        procfs::InterfaceCounters i;
        i.name = QStringLiteral("eth0");
        i.rxPackets = rxPackets;
        i.rxBytes = rxBytes;
        i.txPackets = txPackets;
        i.txBytes = txBytes;
        i.rxErrors = rxErrors;
        i.txErrors = txErrors;
        i.txCollisions = collisions;
        return i;
    }

private Q_SLOTS:
    void documentScenario()
    {
        // Scenario 3 of the guide (Table 2.3): 1,131,420 packets in at 3,771/s (300 s), 922,413
        // out, 1,073,742,250 bytes in and 1,073,746,371 bytes out at the protocol level.
        CounterSnapshot a;
        CounterSnapshot b;
        b.monotonicNs = qint64(300) * 1000000000;
        procfs::InterfaceCounters lo;
        lo.name = QStringLiteral("lo");
        lo.rxPackets = 999999; // ignored: a real interface exists
        a.interfaces = {eth(0, 0, 0, 0), lo};
        b.interfaces = {eth(1131420, 1100000000, 922413, 1100000000), lo};
        a.netstat.insert(QStringLiteral("IpExt.InOctets"), 1138);
        b.netstat.insert(QStringLiteral("IpExt.InOctets"), 1138 + 1073742250);
        a.netstat.insert(QStringLiteral("IpExt.OutOctets"), 4647);
        b.netstat.insert(QStringLiteral("IpExt.OutOctets"), 4647 + 1073746371);
        a.netstat.insert(QStringLiteral("Ip.InReceives"), 0);
        b.netstat.insert(QStringLiteral("Ip.InReceives"), 1131420);
        a.netstat.insert(QStringLiteral("Ip.OutRequests"), 0);
        b.netstat.insert(QStringLiteral("Ip.OutRequests"), 922413);

        const HostFigures host = compute(a, b);
        QCOMPARE(host.interfaces.size(), 1);
        QCOMPARE(qRound(*host.total.inPacketsPerSecond), 3771);
        QCOMPARE(qRound(*host.total.outPacketsPerSecond), 3075);
        // The guide's averages: 949 bytes in, 1,164 out.
        QCOMPARE(qRound(*host.ipInBytesPerPacket), 949);
        QCOMPARE(qRound(*host.ipOutBytesPerPacket), 1164);
        // Table 4.1: (1,073,742,250 + 66 * 1,131,420) * 8 / 300 s = 30.6244 Mbps.
        QVERIFY(qAbs(*host.inMbpsDocument - 30.6244) < 0.0001);
        // On the wire: (1.1e9 + 24 * 1,131,420) * 8 / 300 s.
        QVERIFY(qAbs(*host.total.inMbpsWire - 30.0574) < 0.0001);
    }

    void ratioRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<quint64>("count");
        QTest::addColumn<quint64>("packets");
        QTest::addColumn<Verdict>("expected");
        // Ierrs/Ipkts >= 0.025 %: 1 in 4,000 is exactly the threshold.
        QTest::newRow("in 1/4000") << "in" << 1ull << 4000ull << Verdict::Problem;
        QTest::newRow("in 1/4001") << "in" << 1ull << 4001ull << Verdict::Ok;
        QTest::newRow("in 0/0") << "in" << 0ull << 0ull << Verdict::Ok;
        QTest::newRow("in huge") << "in" << (1ull << 62) << ~0ull << Verdict::Problem;
        // Oerrs/Opkts > 0 look closer, >= 0.025 % problem.
        QTest::newRow("out 0/100") << "out" << 0ull << 100ull << Verdict::Ok;
        QTest::newRow("out 1/4001") << "out" << 1ull << 4001ull << Verdict::LookCloser;
        QTest::newRow("out 1/4000") << "out" << 1ull << 4000ull << Verdict::Problem;
        // Colls/Opkts > 2 % look closer; 5 % is a problem.
        QTest::newRow("colls 2/100") << "colls" << 2ull << 100ull << Verdict::Ok;
        QTest::newRow("colls 201/10000") << "colls" << 201ull << 10000ull << Verdict::LookCloser;
        QTest::newRow("colls 499/10000") << "colls" << 499ull << 10000ull << Verdict::LookCloser;
        QTest::newRow("colls 5/100") << "colls" << 5ull << 100ull << Verdict::Problem;
        // (Colls + Ierrs + Oerrs) / (Ipkts + Opkts) > 2 %.
        QTest::newRow("combined 2/100") << "combined" << 2ull << 100ull << Verdict::Ok;
        QTest::newRow("combined 201/10000") << "combined" << 201ull << 10000ull << Verdict::Problem;
        // Retransmissions, tcplab's rule: > 1 % look closer, > 5 % problem.
        QTest::newRow("retrans 1/100") << "retrans" << 1ull << 100ull << Verdict::Ok;
        QTest::newRow("retrans 101/10000") << "retrans" << 101ull << 10000ull << Verdict::LookCloser;
        QTest::newRow("retrans 5/100") << "retrans" << 5ull << 100ull << Verdict::LookCloser;
        QTest::newRow("retrans 501/10000") << "retrans" << 501ull << 10000ull << Verdict::Problem;
    }

    void ratioRules()
    {
        QFETCH(QString, rule);
        QFETCH(quint64, count);
        QFETCH(quint64, packets);
        QFETCH(Verdict, expected);
        Verdict got = Verdict::Unknown;
        if (rule == QLatin1String("in"))
            got = inErrorVerdict(count, packets);
        else if (rule == QLatin1String("out"))
            got = outErrorVerdict(count, packets);
        else if (rule == QLatin1String("colls"))
            got = collisionVerdict(count, packets);
        else if (rule == QLatin1String("combined"))
            got = combinedErrorVerdict(count, packets);
        else
            got = retransmissionVerdict(count, packets);
        QCOMPARE(verdictName(got), verdictName(expected));
    }

    void throughputRule()
    {
        QCOMPARE(throughputVerdict(80.0, 100, LinkKind::FullDuplex), Verdict::Problem);
        QCOMPARE(throughputVerdict(79.9, 100, LinkKind::FullDuplex), Verdict::LookCloser);
        QCOMPARE(throughputVerdict(59.9, 100, LinkKind::FullDuplex), Verdict::Ok);
        QCOMPARE(throughputVerdict(4.0, 10, LinkKind::SharedHalfDuplex), Verdict::Problem);
        QCOMPARE(throughputVerdict(3.0, 10, LinkKind::SharedHalfDuplex), Verdict::LookCloser);
        QCOMPARE(throughputVerdict(50, 0, LinkKind::FullDuplex), Verdict::Unknown);
    }

    void interfaceVerdictsAndGaps()
    {
        CounterSnapshot a;
        CounterSnapshot b;
        b.monotonicNs = 1000000000;
        a.interfaces = {eth(0, 0, 0, 0)};
        b.interfaces = {eth(4000, 1000000, 100, 1000, 1, 0, 3)};
        a.netstat.insert(QStringLiteral("Tcp.OutSegs"), 1000);
        b.netstat.insert(QStringLiteral("Tcp.OutSegs"), 2000);
        a.netstat.insert(QStringLiteral("Tcp.RetransSegs"), 10);
        b.netstat.insert(QStringLiteral("Tcp.RetransSegs"), 70); // 6 %
        a.netstat.insert(QStringLiteral("TcpExt.ListenDrops"), 5);
        b.netstat.insert(QStringLiteral("TcpExt.ListenDrops"), 8);
        HostFigures host = compute(a, b);
        const InterfaceFigures &f = host.interfaces.first();
        QCOMPARE(f.inErrors, Verdict::Problem); // 1 in 4,000
        QCOMPARE(f.outErrors, Verdict::Ok);
        QCOMPARE(f.collisions, Verdict::LookCloser); // 3 %
        QCOMPARE(*f.inBytesPerPacket, 250.0);
        QCOMPARE(*f.inMbpsWire, (1000000.0 + 24 * 4000) * 8 / 1e6);
        QCOMPARE(host.retransmissions, Verdict::Problem);
        QCOMPARE(*host.listenDropsPerSecond, 3.0);
        QCOMPARE(host.listenDrops, Verdict::LookCloser);
        QVERIFY(!host.ipInBytesPerPacket); // counters absent: unknown, not zero

        // The interface was reset between the snapshots: nothing is known, nothing is negative.
        b.interfaces = {eth(10, 10, 10, 10)};
        a.interfaces = {eth(4000, 1000000, 100, 1000)};
        host = compute(a, b);
        QVERIFY(!host.interfaces.first().inPacketsPerSecond);
        QCOMPARE(host.interfaces.first().inErrors, Verdict::Unknown);
        QVERIFY(!host.total.inPacketsPerSecond);
        QVERIFY(!host.total.inMbpsWire);
    }

    void everyGuideCounterIsMapped()
    {
        QStringList names;
        for (const auto &m : solarisToLinux()) {
            names.append(QLatin1String(m.solaris));
            QVERIFY(qstrlen(m.note) > 0);
        }
        for (const char *needed :
             {"Ipkts", "Opkts", "Ierrs", "Oerrs", "Collis", "tcpInInorderBytes", "tcpOutDataBytes", "tcpListenDrop", "tcpListenDropQ0", "tcpHalfOpenDrop"})
            QVERIFY2(names.contains(QLatin1String(needed)), needed);
    }
};

QTEST_GUILESS_MAIN(BottleneckChecklistTest)
#include "bottleneckchecklist_test.moc"
