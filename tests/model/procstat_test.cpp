// SPDX-License-Identifier: GPL-3.0-or-later
#include "procfs/procfile.h"
#include "procfs/procstat.h"

#include <QTest>

using namespace tcplab::procfs;

class ProcStatTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownCapture()
    {
        QByteArray text;
        QString error;
        QVERIFY2(readProcFile(QStringLiteral(TCPLAB_FIXTURES_DIR "/proc_stat"), &text, &error), qPrintable(error));
        const auto result = parseProcStat(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.value.perCpu.isEmpty());
        QVERIFY(result.value.total.total() > 0);
        QCOMPARE(result.value.perCpu.first().name, QStringLiteral("cpu0"));
    }

    void fields()
    {
        const auto result = parseProcStat("cpu  1 2 3 4 5 6 7 8 9 10\ncpu0 1 0 0 1 0 0 0 0 0 0\nintr 5\n");
        QVERIFY(result.ok());
        const CpuTimes &t = result.value.total;
        QCOMPARE(t.user, 1u);
        QCOMPARE(t.nice, 2u);
        QCOMPARE(t.system, 3u);
        QCOMPARE(t.idle, 4u);
        QCOMPARE(t.iowait, 5u);
        QCOMPARE(t.irq, 6u);
        QCOMPARE(t.softirq, 7u);
        QCOMPARE(t.steal, 8u);
        // Guest time (9, 10) is inside user and nice already.
        QCOMPARE(t.total(), 36u);
        QCOMPARE(t.busy(), 27u);
        QCOMPARE(result.value.perCpu.size(), 1);
    }

    void oldKernel()
    {
        // 2.6.x before iowait: four fields.
        const auto result = parseProcStat("cpu 10 0 5 100\n");
        QVERIFY(result.ok());
        QCOMPARE(result.value.total.total(), 115u);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("warnings");
        QTest::newRow("empty") << QByteArray() << false << 0;
        QTest::newRow("no total") << QByteArray("cpu0 1 2 3 4\n") << false << 0;
        QTest::newRow("truncated total") << QByteArray("cpu 1 2\n") << false << 1;
        QTest::newRow("junk in cpu line") << QByteArray("cpu 1 2 3 4\ncpu1 1 x 3 4\n") << true << 1;
        QTest::newRow("huge") << QByteArray("cpu 99999999999999999999999 2 3 4\n") << false << 1;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, warnings);
        const auto result = parseProcStat(text);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.warnings.size(), warnings);
    }
};

QTEST_GUILESS_MAIN(ProcStatTest)
#include "procstat_test.moc"
