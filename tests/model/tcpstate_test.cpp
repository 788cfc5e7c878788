// SPDX-License-Identifier: GPL-3.0-or-later
#include "procfs/tcpstate.h"

#include <QTest>

using namespace tcplab::procfs;

Q_DECLARE_METATYPE(TcpState)

class TcpStateTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kernelNumbers()
    {
        // include/net/tcp_states.h
        QCOMPARE(int(TcpState::Established), 1);
        QCOMPARE(int(TcpState::SynRecv), 3);
        QCOMPARE(int(TcpState::TimeWait), 6);
        QCOMPARE(int(TcpState::Close), 7);
        QCOMPARE(int(TcpState::Listen), 10);
        QCOMPARE(int(TcpState::Closing), 11);
        QCOMPARE(int(TcpState::NewSynRecv), 12);
        QVERIFY(!tcpStateFromNumber(0));
        QVERIFY(!tcpStateFromNumber(13));
        QCOMPARE(tcpStateFromNumber(12), TcpState::NewSynRecv);
    }

    void names_data()
    {
        QTest::addColumn<TcpState>("state");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("ss");
        QTest::newRow("1") << TcpState::Established << "ESTABLISHED"
                           << "ESTAB";
        QTest::newRow("2") << TcpState::SynSent << "SYN_SENT"
                           << "SYN-SENT";
        QTest::newRow("3") << TcpState::SynRecv << "SYN_RECV"
                           << "SYN-RECV";
        QTest::newRow("4") << TcpState::FinWait1 << "FIN_WAIT1"
                           << "FIN-WAIT-1";
        QTest::newRow("5") << TcpState::FinWait2 << "FIN_WAIT2"
                           << "FIN-WAIT-2";
        QTest::newRow("6") << TcpState::TimeWait << "TIME_WAIT"
                           << "TIME-WAIT";
        QTest::newRow("7") << TcpState::Close << "CLOSE"
                           << "UNCONN";
        QTest::newRow("8") << TcpState::CloseWait << "CLOSE_WAIT"
                           << "CLOSE-WAIT";
        QTest::newRow("9") << TcpState::LastAck << "LAST_ACK"
                           << "LAST-ACK";
        QTest::newRow("10") << TcpState::Listen << "LISTEN"
                            << "LISTEN";
        QTest::newRow("11") << TcpState::Closing << "CLOSING"
                            << "CLOSING";
    }

    void names()
    {
        QFETCH(TcpState, state);
        QFETCH(QString, kernel);
        QFETCH(QString, ss);
        QCOMPARE(tcpStateName(state), kernel);
        QCOMPARE(tcpStateSsName(state), ss);
        QCOMPARE(tcpStateFromName(kernel), state);
        QCOMPARE(tcpStateFromName(ss), state);
        QCOMPARE(tcpStateFromName(kernel.toLower()), state);
        QCOMPARE(tcpStateFromName(QString(QStringLiteral("TCP_") + kernel)), state);
    }

    void newSynRecvReportedAsSynRecv()
    {
        QCOMPARE(tcpStateName(TcpState::NewSynRecv), QStringLiteral("SYN_RECV"));
        QCOMPARE(tcpStateSsName(TcpState::NewSynRecv), QStringLiteral("SYN-RECV"));
        // The name means state 3, as the kernel reports request sockets.
        QCOMPARE(tcpStateFromName(u"SYN_RECV"), TcpState::SynRecv);
        QCOMPARE(tcpStateFromName(u"NEW_SYN_RECV"), TcpState::NewSynRecv);
    }

    void otherSpellings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state"); // 0: not a state
        QTest::newRow("netstat CLOSED") << "CLOSED" << 7;
        QTest::newRow("FIN_WAIT_1") << "FIN_WAIT_1" << 4;
        QTest::newRow("spaces around") << "  LISTEN " << 10;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("TCP_ only") << "TCP_" << 0;
        QTest::newRow("UNKNOWN") << "UNKNOWN" << 0;
        QTest::newRow("junk") << "ESTABLISHEDX" << 0;
        QTest::newRow("number") << "1" << 0;
    }

    void otherSpellings()
    {
        QFETCH(QString, name);
        QFETCH(int, state);
        const auto parsed = tcpStateFromName(name);
        QCOMPARE(parsed.has_value(), state != 0);
        if (parsed)
            QCOMPARE(int(*parsed), state);
    }

    void counts()
    {
        TcpStateCounts counts;
        QCOMPARE(counts.total(), 0u);
        ++counts[TcpState::Listen];
        counts[TcpState::Established] += 4;
        ++counts[TcpState::NewSynRecv];
        QCOMPARE(counts[TcpState::Listen], 1u);
        QCOMPARE(counts.counts[10], 1u);
        QCOMPARE(counts.counts[12], 1u);
        QCOMPARE(counts.total(), 6u);
        TcpStateCounts other = counts;
        QVERIFY(other == counts);
        ++other[TcpState::Closing];
        QVERIFY(other != counts);
    }
};

QTEST_GUILESS_MAIN(TcpStateTest)
#include "tcpstate_test.moc"
