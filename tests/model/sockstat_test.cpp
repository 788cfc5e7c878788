// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/procfile.h"
#include "procfs/sockstat.h"

#include <QTest>

using namespace tcplab::procfs;

class SockstatTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownCapture()
    {
        // Taken in a namespace holding 7 IPv4 TCP sockets (see tests/fixtures/README.md).
        const auto result = parseSockstat(tcplab::test::fixture("proc_net_sockstat"), QStringLiteral("sockstat"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.value(QStringLiteral("TCP.inuse"), -1), 7);
        QVERIFY(result.value.contains(QStringLiteral("TCP.orphan")));
        QVERIFY(result.value.contains(QStringLiteral("TCP.tw")));
        QVERIFY(result.value.contains(QStringLiteral("TCP.alloc")));
        QVERIFY(result.value.contains(QStringLiteral("TCP.mem")));
        QVERIFY(result.value.contains(QStringLiteral("UDP.mem")));
        QVERIFY(result.value.contains(QStringLiteral("FRAG.memory")));
        QVERIFY(result.value.value(QStringLiteral("sockets.used")) > 0);
        QCOMPARE(result.value.keys().first(), QStringLiteral("sockets.used"));
    }

    void ownCapture6()
    {
        const auto result = parseSockstat(tcplab::test::fixture("proc_net_sockstat6"), QStringLiteral("sockstat6"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        // The listeners on ::1 and ::, and the IPv6 pair and the v4-mapped server side.
        QCOMPARE(result.value.value(QStringLiteral("TCP6.inuse"), -1), 5);
        QCOMPARE(result.value.size(), 6); // TCP6, UDP6, UDPLITE6, RAW6 inuse; FRAG6 inuse, memory
    }

    void foreignOldKernel()
    {
        const auto result = parseSockstat(tcplab::test::fixture("foreign/proc_net_sockstat_rhel4"), QStringLiteral("sockstat"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.value.value(QStringLiteral("sockets.used")), 229);
        QCOMPARE(result.value.value(QStringLiteral("TCP.tw")), 4);
        QCOMPARE(result.value.value(QStringLiteral("TCP.alloc")), 17);
        QVERIFY(!result.value.contains(QStringLiteral("UDP.mem")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("warnings");
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("blank") << QByteArray("\n \n") << false << 0 << 0;
        QTest::newRow("good") << QByteArray("TCP: inuse 1 tw 2\n") << true << 2 << 0;
        QTest::newRow("no trailing newline") << QByteArray("TCP: inuse 1") << true << 1 << 0;
        QTest::newRow("truncated pair") << QByteArray("TCP: inuse 1 tw\n") << true << 1 << 1;
        QTest::newRow("no protocol") << QByteArray("inuse 1\nUDP: inuse 3\n") << true << 1 << 1;
        QTest::newRow("colon only") << QByteArray(": inuse 1\n") << false << 0 << 1;
        QTest::newRow("not a number") << QByteArray("TCP: inuse x tw 2\n") << true << 1 << 1;
        QTest::newRow("2^63-1") << QByteArray("TCP: mem 9223372036854775807\n") << true << 1 << 0;
        QTest::newRow("2^64") << QByteArray("TCP: mem 18446744073709551616\n") << false << 0 << 1;
        QTest::newRow("beyond 2^64") << QByteArray("TCP: mem 99999999999999999999999\n") << false << 0 << 1;
        QTest::newRow("future key") << QByteArray("MPTCP: inuse 3 newthing 4\n") << true << 2 << 0;
        QTest::newRow("binary junk") << QByteArray("\0\xff: \x01 \x02\n", 8) << false << 0 << 1;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, fields);
        QFETCH(int, warnings);
        const auto result = parseSockstat(text, QStringLiteral("sockstat"));
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.value.size(), fields);
        QCOMPARE(result.warnings.size(), warnings);
    }

    void valuesByName()
    {
        const auto result = parseSockstat("sockets: used 9\nTCP: inuse 3 orphan 1 tw 5 alloc 8 mem 12\n", QStringLiteral("sockstat"));
        QCOMPARE(result.value.value(QStringLiteral("sockets.used")), 9);
        QCOMPARE(result.value.value(QStringLiteral("TCP.inuse")), 3);
        QCOMPARE(result.value.value(QStringLiteral("TCP.orphan")), 1);
        QCOMPARE(result.value.value(QStringLiteral("TCP.tw")), 5);
        QCOMPARE(result.value.value(QStringLiteral("TCP.alloc")), 8);
        QCOMPARE(result.value.value(QStringLiteral("TCP.mem")), 12);
    }
};

QTEST_GUILESS_MAIN(SockstatTest)
#include "sockstat_test.moc"
