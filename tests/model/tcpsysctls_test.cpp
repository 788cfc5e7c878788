// SPDX-License-Identifier: GPL-3.0-or-later
// The sysctl parser on its own, the reader on a made-up /proc/sys tree, and the reader on this
// process's own network namespace after setting values there (they touch nothing on the host).
#include "../common/netnsmain.h"
#include "procfs/tcpsysctls.h"
#include "sandbox/netns.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab::procfs;

class TcpSysctlsTest : public QObject
{
    Q_OBJECT
private:
    static void write(const QString &root, const QString &relative, const QByteArray &contents)
    {
        const QString path = root + QLatin1Char('/') + relative;
        QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
    }

private Q_SLOTS:
    void parseValue_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << QByteArray("4096\n") << true << qint64(4096);
        QTest::newRow("no newline") << QByteArray("1") << true << qint64(1);
        QTest::newRow("negative") << QByteArray("-1\n") << true << qint64(-1);
        QTest::newRow("spaces") << QByteArray("  7 \n\n") << true << qint64(7);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("blank") << QByteArray("\n") << false << qint64(0);
        QTest::newRow("two values") << QByteArray("32768\t60999\n") << false << qint64(0);
        QTest::newRow("two lines") << QByteArray("1\n2\n") << false << qint64(0);
        QTest::newRow("not a number") << QByteArray("abc\n") << false << qint64(0);
        QTest::newRow("trailing junk") << QByteArray("12x\n") << false << qint64(0);
        QTest::newRow("2^63") << QByteArray("9223372036854775808\n") << false << qint64(0);
        QTest::newRow("2^64") << QByteArray("18446744073709551616\n") << false << qint64(0);
        QTest::newRow("binary") << QByteArray("\0\xff", 2) << false << qint64(0);
    }

    void parseValue()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto result = parseSysctlValue(text);
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(result.value, value);
        else
            QVERIFY(!result.error.isEmpty());
    }

    void parseValues()
    {
        const auto range = parseSysctlValues("32768\t60999\n");
        QVERIFY(range.ok());
        QCOMPARE(range.value, QList<qint64>({32768, 60999}));
        QVERIFY(!parseSysctlValues("1 x\n").ok());
        QVERIFY(parseSysctlValues("1 x\n").value.isEmpty());
    }

    void madeUpTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        // Nothing there at all: an error.
        QVERIFY(!readTcpSysctls(root).ok());
        QVERIFY(!readTcpSysctls(root + QLatin1String("/missing")).ok());

        write(root, QStringLiteral("net/core/somaxconn"), "128\n");
        write(root, QStringLiteral("net/ipv4/tcp_max_syn_backlog"), "512\n");
        write(root, QStringLiteral("net/ipv4/tcp_syncookies"), "junk\n");
        write(root, QStringLiteral("net/ipv4/ip_local_port_range"), "1024 4999\n");
        // tcp_syn_linear_timeouts and the rest are missing, as on a 5.x kernel.
        const auto result = readTcpSysctls(root);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.somaxconn, 128);
        QCOMPARE(result.value.tcpMaxSynBacklog, 512);
        QCOMPARE(result.value.tcpSyncookies, TcpSysctls::Unknown); // unreadable value: a warning
        QCOMPARE(result.value.tcpSynLinearTimeouts, TcpSysctls::Unknown); // missing: silent
        QCOMPARE(result.value.tcpAbortOnOverflow, TcpSysctls::Unknown);
        QCOMPARE(result.value.ipLocalPortRangeLow, 1024);
        QCOMPARE(result.value.ipLocalPortRangeHigh, 4999);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QLatin1String("tcp_syncookies")));

        write(root, QStringLiteral("net/ipv4/ip_local_port_range"), "1024\n");
        QCOMPARE(readTcpSysctls(root).value.ipLocalPortRangeLow, TcpSysctls::Unknown);
        QCOMPARE(readTcpSysctls(root).warnings.size(), 2);
    }

    // The namespace's own values, set here and read back, and compared with sysctl(8).
    void ownNamespace()
    {
        using tcplab::sandbox::writeSysctl;
        QVERIFY(writeSysctl(QStringLiteral("net/core/somaxconn"), "77").isEmpty());
        QVERIFY(writeSysctl(QStringLiteral("net/ipv4/tcp_max_syn_backlog"), "99").isEmpty());
        QVERIFY(writeSysctl(QStringLiteral("net/ipv4/tcp_synack_retries"), "3").isEmpty());
        QVERIFY(writeSysctl(QStringLiteral("net/ipv4/tcp_syn_retries"), "4").isEmpty());
        QVERIFY(writeSysctl(QStringLiteral("net/ipv4/tcp_abort_on_overflow"), "1").isEmpty());
        QVERIFY(writeSysctl(QStringLiteral("net/ipv4/tcp_syncookies"), "2").isEmpty());
        QVERIFY(writeSysctl(QStringLiteral("net/ipv4/ip_local_port_range"), "20000 20999").isEmpty());
        const auto result = readTcpSysctls();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(result.value.somaxconn, 77);
        QCOMPARE(result.value.tcpMaxSynBacklog, 99);
        QCOMPARE(result.value.tcpSynackRetries, 3);
        QCOMPARE(result.value.tcpSynRetries, 4);
        QCOMPARE(result.value.tcpAbortOnOverflow, 1);
        QCOMPARE(result.value.tcpSyncookies, 2);
        QCOMPARE(result.value.ipLocalPortRangeLow, 20000);
        QCOMPARE(result.value.ipLocalPortRangeHigh, 20999);
        // tcp_syn_linear_timeouts exists from 6.5 on; either way the reader agrees with the file.
        QCOMPARE(result.value.tcpSynLinearTimeouts != TcpSysctls::Unknown, QFile::exists(QStringLiteral("/proc/sys/net/ipv4/tcp_syn_linear_timeouts")));

        QProcess sysctl;
        sysctl.start(QStringLiteral("sysctl"), {QStringLiteral("-n"), QStringLiteral("net.core.somaxconn"), QStringLiteral("net.ipv4.tcp_max_syn_backlog")});
        QVERIFY(sysctl.waitForFinished(10000));
        QCOMPARE(sysctl.readAllStandardOutput().split('\n').mid(0, 2), QList<QByteArray>({"77", "99"}));
    }
};

QTEST_NETNS_MAIN(TcpSysctlsTest)
#include "tcpsysctls_test.moc"
