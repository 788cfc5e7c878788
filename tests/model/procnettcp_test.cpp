// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/procfile.h"
#include "procfs/procnettcp.h"

#include <QTest>

using namespace tcplab::procfs;

class ProcNetTcpTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownCapture()
    {
        // The known set of sockets described in tests/fixtures/README.md.
        const auto result = parseProcNetTcp(tcplab::test::fixture("proc_net_tcp"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.size(), 9);
        const TcpSocketRecord &listener = result.value.first();
        QCOMPARE(listener.state, TcpState::Listen);
        QCOMPARE(listener.localAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(listener.localPort, 0x83A5);
        QCOMPARE(listener.remoteAddress, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(listener.remotePort, 0);
        QCOMPARE(listener.rxQueue, 1u); // one connection waits in the accept queue
        QCOMPARE(listener.txQueue, 0u);
        QCOMPARE(listener.uid, 0);
        QCOMPARE(listener.inode, 31192);
        // The socket holding 100 unread bytes.
        bool found = false;
        for (const auto &r : result.value)
            found = found || (r.state == TcpState::Established && r.rxQueue == 100 && r.remotePort == 0xA22E);
        QVERIFY(found);
        const TcpStateCounts counts = countTcpStates(result.value);
        QCOMPARE(counts[TcpState::Listen], 1u);
        QCOMPARE(counts[TcpState::Established], 5u);
        QCOMPARE(counts[TcpState::TimeWait], 1u);
        QCOMPARE(counts[TcpState::FinWait2], 1u);
        QCOMPARE(counts[TcpState::CloseWait], 1u);
        QCOMPARE(counts.total(), 9u);
    }

    void ownCapture6()
    {
        const auto result = parseProcNetTcp(tcplab::test::fixture("proc_net_tcp6"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.value.size(), 5);
        QCOMPARE(result.value[0].localAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(result.value[0].state, TcpState::Listen);
        QCOMPARE(result.value[1].localAddress, QHostAddress(QStringLiteral("::")));
        QCOMPARE(result.value[2].localAddress, QHostAddress(QStringLiteral("::ffff:127.0.0.1")));
        QCOMPARE(result.value[2].localPort, 0xB0A7);
        QCOMPARE(result.value[2].remotePort, 0x9F50);
        QCOMPARE(countTcpStates(result.value)[TcpState::Established], 3u);
        QCOMPARE(countTcpStates(result.value)[TcpState::Listen], 2u);
    }

    void decode()
    {
        // 192.168.1.10:443 <- 10.0.0.2:50000, as a little-endian machine prints them.
        const auto result = parseProcNetTcp(
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            "   0: 0A01A8C0:01BB 0200000A:C350 01 0000001F:000000A0 00:00000000 00000000  1000        0 4242 1 0 20 4 30 10 -1\n"
            "   1: 0A01A8C0:01BB 0300000A:C351 0C 00000000:00000000 00:00000000 00000000  1000        0 0\n");
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 2);
        const auto &r = result.value[0];
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            QCOMPARE(r.localAddress.toString(), QStringLiteral("192.168.1.10"));
            QCOMPARE(r.remoteAddress.toString(), QStringLiteral("10.0.0.2"));
        }
        QCOMPARE(r.localPort, 443);
        QCOMPARE(r.remotePort, 50000);
        QCOMPARE(r.txQueue, 31u);
        QCOMPARE(r.rxQueue, 160u);
        QCOMPARE(r.uid, 1000);
        QCOMPARE(r.inode, 4242);
        QCOMPARE(result.value[1].state, TcpState::NewSynRecv);
        QCOMPARE(countTcpStates(result.value)[TcpState::SynRecv], 1u);
        QCOMPARE(countTcpStates(result.value)[TcpState::NewSynRecv], 0u);
    }

    void ipv6()
    {
        // fe80::1:2 as tcp6_seq_show prints it on a little-endian machine.
        const auto result = parseProcNetTcp(
            "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            "   0: 000080FE000000000000000002000100:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 77 1 0 "
            "100 0 0 10 0\n");
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 1);
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            QCOMPARE(result.value[0].localAddress, QHostAddress(QStringLiteral("fe80::1:2")));
        QCOMPARE(result.value[0].localPort, 22);
        QCOMPARE(result.value[0].remoteAddress, QHostAddress(QStringLiteral("::")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("warnings");
        const QByteArray header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
        const QByteArray good = "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n";
        auto line = [](const char *local, const char *st, const char *queues, const char *uid, const char *inode) -> QByteArray {
            return QByteArray("   1: ") + local + " 00000000:0000 " + st + ' ' + queues + " 00:00000000 00000000 " + uid + " 0 " + inode + '\n';
        };
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("no header") << good << false << 0 << 0;
        QTest::newRow("header only") << header << true << 0 << 0;
        QTest::newRow("good") << header + good << true << 1 << 0;
        QTest::newRow("no trailing newline") << header + good.chopped(1) << true << 1 << 0;
        QTest::newRow("truncated") << header + good.left(40) + '\n' << true << 0 << 1;
        QTest::newRow("only the first ten columns") << header + line("0100007F:0050", "01", "00000000:00000000", "0", "5") << true << 1 << 0;
        QTest::newRow("address of 12 digits") << header + line("0100007F0000:0050", "01", "00000000:00000000", "0", "5") << true << 0 << 1;
        QTest::newRow("address not hex") << header + line("0100007G:0050", "01", "00000000:00000000", "0", "5") << true << 0 << 1;
        QTest::newRow("port of 5 digits") << header + line("0100007F:10050", "01", "00000000:00000000", "0", "5") << true << 0 << 1;
        QTest::newRow("no port") << header + line("0100007F", "01", "00000000:00000000", "0", "5") << true << 0 << 1;
        QTest::newRow("state 0") << header + line("0100007F:0050", "00", "00000000:00000000", "0", "5") << true << 0 << 1;
        QTest::newRow("state 13") << header + line("0100007F:0050", "0D", "00000000:00000000", "0", "5") << true << 0 << 1;
        QTest::newRow("state 12") << header + line("0100007F:0050", "0C", "00000000:00000000", "0", "5") << true << 1 << 0;
        QTest::newRow("queue of 9 digits") << header + line("0100007F:0050", "01", "00000000:000000000", "0", "5") << true << 0 << 1;
        QTest::newRow("queue without colon") << header + line("0100007F:0050", "01", "0000000000000000", "0", "5") << true << 0 << 1;
        QTest::newRow("uid not a number") << header + line("0100007F:0050", "01", "00000000:00000000", "root", "5") << true << 0 << 1;
        QTest::newRow("inode 2^64") << header + line("0100007F:0050", "01", "00000000:00000000", "0", "18446744073709551616") << true << 0 << 1;
        QTest::newRow("uid negative") << header + line("0100007F:0050", "01", "00000000:00000000", "-1", "5") << true << 0 << 1;
        QTest::newRow("binary junk") << header + QByteArray(4, '\0') + " \xff\xfe: : : : : : : : : :\n" << true << 0 << 1;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, sockets);
        QFETCH(int, warnings);
        const auto result = parseProcNetTcp(text);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.value.size(), sockets);
        QCOMPARE(result.warnings.size(), warnings);
    }
};

QTEST_GUILESS_MAIN(ProcNetTcpTest)
#include "procnettcp_test.moc"
