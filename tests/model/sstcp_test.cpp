// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/procfile.h"
#include "procfs/procnettcp.h"
#include "procfs/sstcp.h"

#include <QTest>

using namespace tcplab::procfs;

Q_DECLARE_METATYPE(TcpState)

class SsTcpTest : public QObject
{
    Q_OBJECT
private:
    // What both sources agree on; any address is "*" because ss writes "*" for a dual-stack "::".
    static QStringList keys(const QList<TcpSocketRecord> &sockets)
    {
        auto address = [](const QHostAddress &a) {
            return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6) || a == QHostAddress(QHostAddress::Any)
                ? QStringLiteral("*")
                : a.toString();
        };
        QStringList list;
        for (const auto &s : sockets) {
            list.append(QStringLiteral("%1 %2:%3 %4:%5 rx=%6")
                            .arg(tcpStateName(s.state), address(s.localAddress))
                            .arg(s.localPort)
                            .arg(address(s.remoteAddress))
                            .arg(s.remotePort)
                            .arg(s.rxQueue));
        }
        list.sort();
        return list;
    }

private Q_SLOTS:
    void ownCapture()
    {
        const auto result = parseSsTcp(tcplab::test::fixture("ss_tan.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.size(), 14);
        const TcpSocketRecord &listener = result.value.first();
        QCOMPARE(listener.state, TcpState::Listen);
        QCOMPARE(listener.rxQueue, 1u); // accept queue length
        QCOMPARE(listener.txQueue, 16u); // the backlog the listener asked for
        QCOMPARE(listener.uid, -1);
        QCOMPARE(listener.inode, -1);
        const TcpStateCounts counts = countTcpStates(result.value);
        QCOMPARE(counts[TcpState::Listen], 3u);
        QCOMPARE(counts[TcpState::Established], 8u);
        QCOMPARE(counts[TcpState::TimeWait], 1u);
        QCOMPARE(counts[TcpState::FinWait2], 1u);
        QCOMPARE(counts[TcpState::CloseWait], 1u);
    }

    // ss and /proc/net/tcp(6) were captured at the same moment: the same sockets.
    void sameAsProcNetTcp()
    {
        const auto ss = parseSsTcp(tcplab::test::fixture("ss_tan.txt"));
        auto proc = parseProcNetTcp(tcplab::test::fixture("proc_net_tcp"));
        const auto proc6 = parseProcNetTcp(tcplab::test::fixture("proc_net_tcp6"));
        QVERIFY(ss.ok() && proc.ok() && proc6.ok());
        proc.value.append(proc6.value);
        QCOMPARE(keys(ss.value), keys(proc.value));
        QVERIFY(countTcpStates(ss.value) == countTcpStates(proc.value));
    }

    void endpoints_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<TcpState>("state");
        QTest::addColumn<QString>("local");
        QTest::addColumn<int>("localPort");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<int>("peerPort");
        QTest::newRow("ipv4") << QByteArray("ESTAB 0 0 10.0.0.1:22 10.0.0.2:50000") << TcpState::Established << "10.0.0.1" << 22 << "10.0.0.2" << 50000;
        QTest::newRow("brackets") << QByteArray("LISTEN 0 128 [::1]:631 [::]:*") << TcpState::Listen << "::1" << 631 << "::" << 0;
        QTest::newRow("no brackets") << QByteArray("LISTEN 0 128 :::22 :::*") << TcpState::Listen << "::" << 22 << "::" << 0;
        QTest::newRow("mapped no brackets") << QByteArray("ESTAB 0 0 ::ffff:127.0.0.1:80 ::ffff:127.0.0.1:4000") << TcpState::Established << "::ffff:127.0.0.1"
                                            << 80 << "::ffff:127.0.0.1" << 4000;
        QTest::newRow("star") << QByteArray("LISTEN 0 4 *:45223 *:*") << TcpState::Listen << "0.0.0.0" << 45223 << "0.0.0.0" << 0;
        QTest::newRow("interface v4") << QByteArray("LISTEN 0 4096 127.0.0.53%lo:53 0.0.0.0:*") << TcpState::Listen << "127.0.0.53" << 53 << "0.0.0.0" << 0;
        QTest::newRow("interface v6") << QByteArray("SYN-RECV 0 0 [fe80::1]%eth0:22 [fe80::2]:5000") << TcpState::SynRecv << "fe80::1" << 22 << "fe80::2"
                                      << 5000;
        QTest::newRow("kernel state name") << QByteArray("TIME_WAIT 0 0 1.2.3.4:1 5.6.7.8:2") << TcpState::TimeWait << "1.2.3.4" << 1 << "5.6.7.8" << 2;
        QTest::newRow("process column") << QByteArray("ESTAB 0 36 10.0.0.1:22 10.0.0.2:5 users:((\"sshd\",pid=1,fd=4))") << TcpState::Established << "10.0.0.1"
                                        << 22 << "10.0.0.2" << 5;
        QTest::newRow("UNCONN") << QByteArray("UNCONN 0 0 1.2.3.4:1 5.6.7.8:2") << TcpState::Close << "1.2.3.4" << 1 << "5.6.7.8" << 2;
    }

    void endpoints()
    {
        QFETCH(QByteArray, line);
        QFETCH(TcpState, state);
        QFETCH(QString, local);
        QFETCH(int, localPort);
        QFETCH(QString, peer);
        QFETCH(int, peerPort);
        const auto result = parseSsTcp(QByteArray("State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n" + line + '\n'));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.size(), 1);
        const auto &r = result.value[0];
        QCOMPARE(r.state, state);
        QVERIFY2(r.localAddress.isEqual(QHostAddress(local), QHostAddress::StrictConversion)
                     || (local == QLatin1String("0.0.0.0") && r.localAddress == QHostAddress(QHostAddress::Any)),
                 qPrintable(r.localAddress.toString()));
        QCOMPARE(r.localPort, localPort);
        QVERIFY2(r.remoteAddress.isEqual(QHostAddress(peer), QHostAddress::StrictConversion)
                     || (peer == QLatin1String("0.0.0.0") && r.remoteAddress == QHostAddress(QHostAddress::Any)),
                 qPrintable(r.remoteAddress.toString()));
        QCOMPARE(r.remotePort, peerPort);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("warnings");
        const QByteArray header = "State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n";
        const QByteArray good = "ESTAB 0 0 127.0.0.1:80 127.0.0.1:5000\n";
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("header only") << header << true << 0 << 0;
        QTest::newRow("no header") << good << true << 1 << 0;
        QTest::newRow("good") << header + good << true << 1 << 0;
        QTest::newRow("netid column") << QByteArray(
            "Netid State Recv-Q Send-Q Local Address:Port Peer Address:Port\n"
            "udp UNCONN 0 0 0.0.0.0:68 0.0.0.0:*\n"
            "tcp ESTAB 0 0 127.0.0.1:80 127.0.0.1:5000\n")
                                      << true << 1 << 0;
        QTest::newRow("extra info lines") << header + good + "\t cubic wscale:7,7 rto:204\n" << true << 1 << 0;
        QTest::newRow("truncated") << header + "ESTAB 0 0 127.0.0.1:80\n" << true << 0 << 1;
        QTest::newRow("unknown state") << header + "WEIRD 0 0 127.0.0.1:80 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("service name") << header + "ESTAB 0 0 127.0.0.1:http 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("port 65536") << header + "ESTAB 0 0 127.0.0.1:65536 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("host name") << header + "ESTAB 0 0 localhost:80 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("unclosed bracket") << header + "ESTAB 0 0 [::1:80 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("queue 2^64") << header + "ESTAB 18446744073709551616 0 127.0.0.1:80 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("queue 2^64-1") << header + "ESTAB 18446744073709551615 0 127.0.0.1:80 127.0.0.1:5000\n" << true << 1 << 0;
        QTest::newRow("negative queue") << header + "ESTAB -1 0 127.0.0.1:80 127.0.0.1:5000\n" << true << 0 << 1;
        QTest::newRow("junk only") << QByteArray("\xff\xfe\0\x01", 4) << false << 0 << 1;
        QTest::newRow("binary junk after header") << header + QByteArray("\0\1 \2 \3 \4 \5\n", 11) << true << 0 << 1;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, sockets);
        QFETCH(int, warnings);
        const auto result = parseSsTcp(text);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.value.size(), sockets);
        QCOMPARE(result.warnings.size(), warnings);
    }
};

QTEST_GUILESS_MAIN(SsTcpTest)
#include "sstcp_test.moc"
