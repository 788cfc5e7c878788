// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/fixtures.h"
#include "procfs/meminfo.h"
#include "procfs/procfile.h"

#include <QTest>

using namespace tcplab::procfs;

class MemInfoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownCapture()
    {
        const QByteArray text = tcplab::test::fixture("proc_meminfo");
        const auto result = parseMemInfo(text);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        // One key per line of the file.
        QCOMPARE(result.value.size(), text.count('\n'));
        QCOMPARE(result.value.keys().first(), QStringLiteral("MemTotal"));
        QVERIFY(result.value.contains(QStringLiteral("Active(anon)")));
        const quint64 total = result.value.value(QStringLiteral("MemTotal"));
        QVERIFY(total > 0);
        QCOMPARE(total % 1024, 0u);
        QVERIFY(result.value.value(QStringLiteral("MemAvailable")) <= total);
        QVERIFY(!result.value.isCount(QStringLiteral("MemTotal")));
        QVERIFY(result.value.isCount(QStringLiteral("HugePages_Total")));
        // The first line in kB, read independently of the parser.
        const QByteArray first = text.left(text.indexOf('\n'));
        const QByteArray kB = first.mid(first.indexOf(':') + 1).trimmed().chopped(3).trimmed();
        QCOMPARE(total, kB.toULongLong() * 1024);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("values");
        QTest::addColumn<int>("warnings");
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("good") << QByteArray("MemTotal:  100 kB\nHugePages_Total: 0\n") << true << 2 << 0;
        QTest::newRow("no colon") << QByteArray("MemTotal 100 kB\nMemFree: 1 kB\n") << true << 1 << 1;
        QTest::newRow("no value") << QByteArray("MemTotal:\nMemFree: 1 kB\n") << true << 1 << 1;
        QTest::newRow("truncated unit") << QByteArray("MemTotal: 100 k\n") << false << 0 << 1;
        QTest::newRow("unknown unit") << QByteArray("MemTotal: 100 MB\n") << false << 0 << 1;
        QTest::newRow("extra column") << QByteArray("MemTotal: 100 kB x\n") << false << 0 << 1;
        QTest::newRow("not a number") << QByteArray("MemTotal: 1x0 kB\n") << false << 0 << 1;
        QTest::newRow("negative") << QByteArray("MemTotal: -1 kB\n") << false << 0 << 1;
        QTest::newRow("2^64-1 count") << QByteArray("Foo: 18446744073709551615\n") << true << 1 << 0;
        QTest::newRow("2^64") << QByteArray("Foo: 18446744073709551616\n") << false << 0 << 1;
        QTest::newRow("kB overflows bytes") << QByteArray("Foo: 18014398509481984 kB\n") << false << 0 << 1;
        QTest::newRow("largest kB") << QByteArray("Foo: 18014398509481983 kB\n") << true << 1 << 0;
        QTest::newRow("name with space") << QByteArray("Mem Total: 1 kB\n") << false << 0 << 1;
        QTest::newRow("binary junk") << QByteArray("\0\x01\xff\n:::\n", 8) << false << 0 << 2;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, values);
        QFETCH(int, warnings);
        const auto result = parseMemInfo(text);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.value.size(), values);
        QCOMPARE(result.warnings.size(), warnings);
    }

    void bytes()
    {
        const auto result = parseMemInfo(
            "MemTotal:       16318588 kB\nHugePages_Free:        7\n"
            "Hugepagesize:       2048 kB\n");
        QCOMPARE(result.value.value(QStringLiteral("MemTotal")), Q_UINT64_C(16318588) * 1024);
        QCOMPARE(result.value.value(QStringLiteral("HugePages_Free")), 7u);
        QCOMPARE(result.value.value(QStringLiteral("Hugepagesize")), 2048u * 1024);
        QCOMPARE(result.value.value(QStringLiteral("Missing"), 42), 42u);
        QCOMPARE(result.value.value(QStringLiteral("MemTotal")), 16710234112u);
    }
};

QTEST_GUILESS_MAIN(MemInfoTest)
#include "meminfo_test.moc"
