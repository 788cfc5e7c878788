// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/procfile.h"
#include "procfs/procnetdev.h"

#include <QTest>

using namespace tcplab::procfs;

class ProcNetDevTest : public QObject
{
    Q_OBJECT
private:
    // The kernel's header (dev_seq_show(), net/core/net-procfs.c).
    static constexpr const char kHeader[] =
        "Inter-|   Receive                                                |  Transmit\n"
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";

    static const InterfaceCounters *find(const QList<InterfaceCounters> &list, const QString &name)
    {
        for (const auto &i : list) {
            if (i.name == name)
                return &i;
        }
        return nullptr;
    }

private Q_SLOTS:
    void foreignCapture()
    {
        const auto result = parseProcNetDev(tcplab::test::fixture("foreign/proc_net_dev"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.size(), 8);
        // A name that holds a colon keeps it.
        const auto *ibr = find(result.value, QStringLiteral("ibr10:30"));
        QVERIFY(ibr);
        // A byte count glued to the name is still read.
        const auto *eth = find(result.value, QStringLiteral("eth0"));
        QVERIFY(eth);
        QCOMPARE(eth->rxBytes, Q_UINT64_C(68210035552));
        QCOMPARE(eth->rxPackets, Q_UINT64_C(520993275));
        const auto *tun = find(result.value, QStringLiteral("tun0"));
        QVERIFY(tun);
        QCOMPARE(tun->rxBytes, Q_UINT64_C(1888));
        QCOMPARE(tun->rxPackets, Q_UINT64_C(24));
        QCOMPARE(tun->txBytes, Q_UINT64_C(67120));
        QCOMPARE(tun->txPackets, Q_UINT64_C(934));
    }

    void ownCapture()
    {
        const auto result = parseProcNetDev(tcplab::test::fixture("proc_net_dev"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(find(result.value, QStringLiteral("lo")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("interfaces");
        QTest::addColumn<int>("warnings");
        const QByteArray header = kHeader;
        const QByteArray good = "  lo: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n";
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("no header") << good << false << 0 << 0;
        QTest::newRow("header only") << header << true << 0 << 0;
        QTest::newRow("good") << header + good << true << 1 << 0;
        QTest::newRow("truncated line") << header + good + "  eth0: 1 2 3\n" << true << 1 << 1;
        QTest::newRow("no colon") << header + "eth0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n" << true << 0 << 1;
        QTest::newRow("not a number") << header + "  eth0: 1 2 x 4 5 6 7 8 9 10 11 12 13 14 15 16\n" << true << 0 << 1;
        QTest::newRow("negative") << header + "  eth0: -1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n" << true << 0 << 1;
        QTest::newRow("2^64") << header + "  eth0: 18446744073709551616 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n" << true << 0 << 1;
        QTest::newRow("2^64-1") << header + "  eth0: 18446744073709551615 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n" << true << 1 << 0;
        // Reported once per file, not once per line.
        QTest::newRow("extra values") << header + "  eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18\n" + good << true << 2 << 1;
        QTest::newRow("abbreviated header") << QByteArray("Inter-|   Receive |  Transmit\n face |bytes packets|bytes packets\n") + "  lo: 1 2 3 4\n"
                                            << true << 1 << 12;
        QTest::newRow("unknown header") << QByteArray("h|h|h\nh|a b c|d e\n") + good << false << 0 << 5;
        QTest::newRow("one bar") << QByteArray("h|h\nh|h\n") + good << false << 0 << 0;
        QByteArray extraColumn = header;
        extraColumn.replace("multicast|", "multicast newcol|");
        QTest::newRow("unknown column") << extraColumn + "  eth0: 1 2 3 4 5 6 7 8 99 9 10 11 12 13 14 15 16\n" << true << 1 << 1;
        QTest::newRow("no trailing newline") << header + good.chopped(1) << true << 1 << 0;
        QTest::newRow("binary junk") << header + QByteArray("\0\1\2:\xff\xfe", 6) << true << 0 << 1;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, interfaces);
        QFETCH(int, warnings);
        const auto result = parseProcNetDev(text);
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.value.size(), interfaces);
        QCOMPARE(result.warnings.size(), warnings);
    }

    // A column the kernel might add is skipped by name; the ones after it still land in the right fields.
    void columnsByName()
    {
        QByteArray text = kHeader;
        text.replace("bytes    packets errs drop fifo frame", "bytes    packets newcol errs drop fifo frame");
        text.replace("colls carrier compressed", "carrier colls compressed");
        const auto result = parseProcNetDev(QByteArray(text + "  eth0: 1 2 777 3 4 5 6 7 8 9 10 11 12 13 15 14 16\n"));
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.value.size(), 1);
        const InterfaceCounters &c = result.value.first();
        QCOMPARE(c.rxPackets, 2u);
        QCOMPARE(c.rxErrors, 3u);
        QCOMPARE(c.rxMulticast, 8u);
        QCOMPARE(c.txCollisions, 14u);
        QCOMPARE(c.txCarrier, 15u);
        QCOMPARE(c.txCompressed, 16u);
    }

    void fullWidthCounter()
    {
        const auto result = parseProcNetDev(QByteArray(QByteArray(kHeader) + "  eth0: 18446744073709551615 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.value(0).rxBytes, Q_UINT64_C(18446744073709551615));
        QCOMPARE(result.value.value(0).txCompressed, Q_UINT64_C(16));
    }
};

QTEST_GUILESS_MAIN(ProcNetDevTest)
#include "procnetdev_test.moc"
