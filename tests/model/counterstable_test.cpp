// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/counterstable.h"
#include "procfs/procfile.h"

#include <QTest>

using namespace tcplab::procfs;

class CountersTableTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foreignSnmp()
    {
        const auto result = parseCountersTable(tcplab::test::fixture("foreign/proc_net_snmp"), QStringLiteral("snmp"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        // Signed field.
        QCOMPARE(result.value.value(QStringLiteral("Tcp.MaxConn")), -1);
        QVERIFY(result.value.contains(QStringLiteral("Tcp.ActiveOpens")));
        QVERIFY(result.value.contains(QStringLiteral("UdpLite.InDatagrams")));
        // IcmpMsg has its own per-type columns.
        bool icmpMsg = false;
        for (const QString &key : result.value.keys())
            icmpMsg = icmpMsg || key.startsWith(QLatin1String("IcmpMsg."));
        QVERIFY(icmpMsg);
        QCOMPARE(result.value.keys().first(), QStringLiteral("Ip.Forwarding"));
    }

    void foreignNetstat()
    {
        const auto result = parseCountersTable(tcplab::test::fixture("foreign/proc_net_netstat"), QStringLiteral("netstat"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.value.contains(QStringLiteral("TcpExt.TCPPrequeued"))); // gone from newer kernels
        QVERIFY(result.value.contains(QStringLiteral("TcpExt.ListenOverflows")));
        QVERIFY(result.value.contains(QStringLiteral("IpExt.InOctets")));
    }

    void ownCaptures()
    {
        for (const char *name : {"proc_net_snmp", "proc_net_netstat"}) {
            const auto result = parseCountersTable(tcplab::test::fixture(name), QLatin1String(name));
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("warnings");
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("blank lines") << QByteArray("\n\n") << false << 0 << 0;
        QTest::newRow("good") << QByteArray("Tcp: A B\nTcp: 1 2\n") << true << 2 << 0;
        QTest::newRow("names only") << QByteArray("Tcp: A B\n") << false << 0 << 1;
        QTest::newRow("mismatched groups") << QByteArray("Tcp: A B\nUdp: 1 2\n") << false << 0 << 1;
        QTest::newRow("fewer values") << QByteArray("Tcp: A B C\nTcp: 1 2\n") << true << 2 << 1;
        QTest::newRow("more values") << QByteArray("Tcp: A B\nTcp: 1 2 3\n") << true << 2 << 1;
        QTest::newRow("not a number") << QByteArray("Tcp: A B\nTcp: 1 x\n") << true << 1 << 1;
        QTest::newRow("too large") << QByteArray("Tcp: A B\nTcp: 1 9223372036854775808\n") << true << 1 << 1;
        QTest::newRow("largest") << QByteArray("Tcp: A\nTcp: 9223372036854775807\n") << true << 1 << 0;
        QTest::newRow("second group survives") << QByteArray("Tcp: A\nUdp: 1\nIp: X\nIp: 5\n") << true << 1 << 1;
        QTest::newRow("new kernel field") << QByteArray("TcpExt: SomeFutureCounter\nTcpExt: 42\n") << true << 1 << 0;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, fields);
        QFETCH(int, warnings);
        const auto result = parseCountersTable(text, QStringLiteral("test"));
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.value.size(), fields);
        QCOMPARE(result.warnings.size(), warnings);
        if (!ok)
            QVERIFY(result.error.contains(QLatin1String("test")));
    }

    void merge()
    {
        CountersTable a;
        a.insert(QStringLiteral("Tcp.A"), 1);
        CountersTable b;
        b.insert(QStringLiteral("TcpExt.B"), 2);
        b.insert(QStringLiteral("Tcp.A"), 3);
        a.merge(b);
        QCOMPARE(a.keys(), (QStringList{QStringLiteral("Tcp.A"), QStringLiteral("TcpExt.B")}));
        QCOMPARE(a.value(QStringLiteral("Tcp.A")), 3);
        QCOMPARE(a.value(QStringLiteral("missing"), -7), -7);
    }
};

QTEST_GUILESS_MAIN(CountersTableTest)
#include "counterstable_test.moc"
