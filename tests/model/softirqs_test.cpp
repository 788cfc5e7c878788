// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/procfile.h"
#include "procfs/softirqs.h"

#include <QTest>

using namespace tcplab::procfs;

class SoftIrqsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownCapture()
    {
        const auto result = parseSoftIrqs(tcplab::test::fixture("proc_softirqs"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.cpus, QStringList({QStringLiteral("CPU0"), QStringLiteral("CPU1")}));
        QCOMPARE(result.value.rows.size(), 10);
        QVERIFY(result.value.netRx());
        QVERIFY(result.value.netTx());
        QCOMPARE(result.value.netRx()->perCpu.size(), 2);
        QVERIFY(result.value.netRx()->total() > 0);
        QVERIFY(!result.value.row(QStringLiteral("NOPE")));
    }

    void foreignCapture()
    {
        const auto result = parseSoftIrqs(tcplab::test::fixture("foreign/proc_softirqs"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.value.netRx()->perCpu, QList<quint64>({43066, 104508}));
        QCOMPARE(result.value.netTx()->perCpu, QList<quint64>({2301, 2430}));
        QCOMPARE(result.value.netRx()->total(), 147574u);
        QCOMPARE(result.value.rows.first().name, QStringLiteral("HI"));
        QCOMPARE(result.value.rows.last().name, QStringLiteral("RCU"));
        QCOMPARE(result.value.row(QStringLiteral("RCU"))->perCpu.value(1), 146631u);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("warnings");
        const QByteArray header = "      CPU0 CPU1\n";
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("header only") << header << false << 0 << 0;
        QTest::newRow("no header") << QByteArray("NET_RX: 1 2\n") << false << 0 << 0;
        QTest::newRow("good") << header + "NET_RX: 1 2\nNET_TX: 3 4\n" << true << 2 << 0;
        QTest::newRow("truncated row") << header + "NET_RX: 1\nNET_TX: 3 4\n" << true << 1 << 1;
        QTest::newRow("extra CPU in row") << header + "NET_RX: 1 2 3\n" << true << 1 << 1;
        QTest::newRow("many CPUs") << QByteArray(
            "CPU0 CPU1 CPU2 CPU3 CPU4 CPU5 CPU6 CPU7\n"
            "NET_RX: 1 2 3 4 5 6 7 8\n")
                                   << true << 1 << 0;
        QTest::newRow("no name") << header + "1 2\nNET_TX: 3 4\n" << true << 1 << 1;
        QTest::newRow("not a number") << header + "NET_RX: 1 x\n" << false << 0 << 1;
        QTest::newRow("negative") << header + "NET_RX: -1 2\n" << false << 0 << 1;
        QTest::newRow("2^64-1") << header + "NET_RX: 18446744073709551615 2\n" << true << 1 << 0;
        QTest::newRow("2^64") << header + "NET_RX: 18446744073709551616 2\n" << false << 0 << 1;
        QTest::newRow("bad header") << QByteArray("CPU0 GPU1\nNET_RX: 1 2\n") << false << 0 << 0;
        QTest::newRow("binary junk") << header + QByteArray("\0\xff:\x01\n", 5) << false << 0 << 1;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, rows);
        QFETCH(int, warnings);
        const auto result = parseSoftIrqs(text);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.value.rows.size(), rows);
        QCOMPARE(result.warnings.size(), warnings);
    }

    void manyCpus()
    {
        const auto result = parseSoftIrqs("CPU0 CPU1 CPU2 CPU3\nNET_RX: 1 2 3 4\n");
        QCOMPARE(result.value.cpus.size(), 4);
        QCOMPARE(result.value.netRx()->perCpu, QList<quint64>({1, 2, 3, 4}));
        QCOMPARE(result.value.netRx()->total(), 10u);
        QVERIFY(!result.value.netTx());
    }
};

QTEST_GUILESS_MAIN(SoftIrqsTest)
#include "softirqs_test.moc"
