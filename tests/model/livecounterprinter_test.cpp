// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless/livecounterprinter.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace tcplab;

class LiveCounterPrinterTest : public QObject
{
    Q_OBJECT
private:
    static CounterSnapshot snapshot(qint64 ns, quint64 rxPackets, quint64 rxBytes, qint64 activeOpens, quint64 busy, quint64 idle)
    {
        CounterSnapshot s;
        s.monotonicNs = ns;
        procfs::InterfaceCounters lo;
        lo.name = QStringLiteral("lo");
        lo.rxPackets = 1000000; // loopback is left out when a real interface exists
        procfs::InterfaceCounters eth;
        eth.name = QStringLiteral("eth0");
        eth.rxPackets = rxPackets;
        eth.rxBytes = rxBytes;
        s.interfaces = {lo, eth};
        s.netstat.insert(QStringLiteral("Tcp.ActiveOpens"), activeOpens);
        s.netstat.insert(QStringLiteral("Tcp.CurrEstab"), 7);
        s.cpu.total.user = busy;
        s.cpu.total.idle = idle;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void rates()
    {
        const auto a = snapshot(0, 100, 1000, 10, 100, 100);
        const auto b = snapshot(2000000000, 300, 251000, 30, 150, 250); // two seconds later
        const QStringList row = LiveCounterPrinter::formatRow(a, b);
        QCOMPARE(row.size(), LiveCounterPrinter::header().size());
        QCOMPARE(row[1], QStringLiteral("100")); // (300-100)/2 packets/s
        QCOMPARE(row[3], QStringLiteral("1.000")); // 250000 bytes * 8 / 2 s = 1 Mbit/s
        QCOMPARE(row[5], QStringLiteral("25.0")); // 50 busy of 200 ticks
        QCOMPARE(row[6], QStringLiteral("10")); // (30-10)/2 opens/s
        QCOMPARE(row[7], QStringLiteral("-")); // not in the table: unknown, not zero
        QCOMPARE(row[10], QStringLiteral("7"));
    }

    void counterGoingBackwardsIsAGap()
    {
        const auto a = snapshot(0, 500, 5000, 50, 100, 100);
        const auto b = snapshot(1000000000, 10, 100, 5, 150, 250);
        const QStringList row = LiveCounterPrinter::formatRow(a, b);
        QCOMPARE(row[1], QStringLiteral("-"));
        QCOMPARE(row[3], QStringLiteral("-"));
        QCOMPARE(row[6], QStringLiteral("-"));
    }

    void printsRowsThenFinishes()
    {
        QString text;
        QTextStream out(&text);
        LiveCounterPrinter printer(&out, 2, 100);
        QSignalSpy finished(&printer, &LiveCounterPrinter::finished);
        printer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(printer.rowsPrinted(), 2);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header and two rows
        QVERIFY(lines[0].contains(QLatin1String("rx pkt/s")));
    }
};

QTEST_GUILESS_MAIN(LiveCounterPrinterTest)
#include "livecounterprinter_test.moc"
