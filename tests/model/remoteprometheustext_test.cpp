// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus text format parser and the mapping of node_exporter's families onto a snapshot.
#include "remote/nodeexportersource.h"
#include "remote/prometheustext.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace tcplab;
using namespace tcplab::remote;

class RemotePrometheusTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void families()
    {
        const auto result = parsePrometheusText(
            "# HELP node_netstat_Tcp_ActiveOpens Statistic TcpActiveOpens.\n"
            "# TYPE node_netstat_Tcp_ActiveOpens untyped\n"
            "node_netstat_Tcp_ActiveOpens 1234\n"
            "# HELP odd A \\\\ backslash and\\na newline.\n"
            "# a plain comment\n"
            "\n"
            "# HELPER is not HELP\n");
        QVERIFY(result.ok());
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.value.samples.size(), 1);
        QCOMPARE(result.value.types.value(QStringLiteral("node_netstat_Tcp_ActiveOpens")), QStringLiteral("untyped"));
        QCOMPARE(result.value.help.value(QStringLiteral("odd")), QStringLiteral("A \\ backslash and\na newline."));
        QCOMPARE(result.value.samples[0].toUnsigned(), std::optional<quint64>(1234));
    }

    void labels()
    {
        const auto result = parsePrometheusText(
            "node_network_receive_bytes_total{device=\"eth0\"} 1.5e+06\n"
            "m{a=\"C:\\\\dir\\\\\",b=\"say \\\"hi\\\"\\nbye\",c=\"\",} 2\n"
            "m { a = \"x\" , b=\"}{,=\" } 3 1700000000000\n"
            "m{} -4 -5\n");
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        const auto &samples = result.value.samples;
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples[0].label(QStringLiteral("device")), QStringLiteral("eth0"));
        QCOMPARE(samples[0].toUnsigned(), std::optional<quint64>(1500000));
        QCOMPARE(samples[1].label(QStringLiteral("a")), QStringLiteral("C:\\dir\\"));
        QCOMPARE(samples[1].label(QStringLiteral("b")), QStringLiteral("say \"hi\"\nbye"));
        QCOMPARE(samples[1].labels.size(), 3);
        QCOMPARE(samples[2].label(QStringLiteral("b")), QStringLiteral("}{,="));
        QCOMPARE(samples[2].timestampMs, std::optional<qint64>(1700000000000));
        QCOMPARE(samples[3].value, -4.0);
        QCOMPARE(samples[3].timestampMs, std::optional<qint64>(-5));
        QVERIFY(!samples[3].toUnsigned());
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("exact"); // -1: no unsigned value
        QTest::newRow("int") << QByteArray("42") << 42.0 << qint64(42);
        QTest::newRow("float") << QByteArray("0.25") << 0.25 << qint64(0);
        QTest::newRow("exp") << QByteArray("1.2345e+09") << 1.2345e9 << qint64(1234500000);
        QTest::newRow("NaN") << QByteArray("NaN") << qQNaN() << qint64(-1);
        QTest::newRow("+Inf") << QByteArray("+Inf") << qInf() << qint64(-1);
        QTest::newRow("-Inf") << QByteArray("-Inf") << -qInf() << qint64(-1);
        QTest::newRow("overflow") << QByteArray("1e999") << qInf() << qint64(-1);
        QTest::newRow("underflow") << QByteArray("1e-999") << 0.0 << qint64(0);
        QTest::newRow("2^64 as float") << QByteArray("1.8446744073709552e+19") << 18446744073709551616.0 << qint64(-1);
    }
    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        QFETCH(qint64, exact);
        const auto result = parsePrometheusText(QByteArray("m " + text + "\n"));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.value.samples.size(), 1);
        const PrometheusSample &sample = result.value.samples[0];
        if (std::isnan(value))
            QVERIFY(std::isnan(sample.value));
        else
            QCOMPARE(sample.value, value);
        if (exact < 0)
            QVERIFY(!sample.toUnsigned());
        else
            QCOMPARE(sample.toUnsigned(), std::optional<quint64>(quint64(exact)));
    }

    // Integers beyond 2^53 keep every digit when they are written as integers.
    void hugeIntegers()
    {
        const auto result = parsePrometheusText("m 18446744073709551615\nn 9007199254740993\n");
        QCOMPARE(result.value.samples[0].toUnsigned(), std::optional<quint64>(18446744073709551615ULL));
        QCOMPARE(result.value.samples[1].toUnsigned(), std::optional<quint64>(9007199254740993ULL));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("no value") << QByteArray("m");
        QTest::newRow("word value") << QByteArray("m many");
        QTest::newRow("three words") << QByteArray("m 1 2 3");
        QTest::newRow("bad timestamp") << QByteArray("m 1 1.5");
        QTest::newRow("unclosed value") << QByteArray("m{a=\"x} 1");
        QTest::newRow("unquoted") << QByteArray("m{a=x} 1");
        QTest::newRow("no name") << QByteArray("{a=\"x\"} 1");
        QTest::newRow("digit name") << QByteArray("1m 1");
        QTest::newRow("no equals") << QByteArray("m{a \"x\"} 1");
        QTest::newRow("no comma") << QByteArray("m{a=\"x\" b=\"y\"} 1");
        QTest::newRow("label name") << QByteArray("m{=\"x\"} 1");
        QTest::newRow("hex") << QByteArray("m 0x10");
        QTest::newRow("dot only") << QByteArray("m .");
    }
    void badLines()
    {
        QFETCH(QByteArray, line);
        const auto result = parsePrometheusText(QByteArray(QByteArray("good 1\n") + line + "\nalso_good 2\n"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.samples.size(), 2);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings[0].startsWith(QLatin1String("line 2")));
        QVERIFY(!parsePrometheusText(line).ok());
    }

    void emptyAndFuzz()
    {
        QVERIFY(parsePrometheusText("").ok());
        QVERIFY(parsePrometheusText("").value.samples.isEmpty());
        QVERIFY(!parsePrometheusText("<html>404 page not found</html>").ok());
        const QByteArray alphabet("m_{}=\",\\\n #HELPTYPE0123456789.eE+-NaInf\t\r");
        QRandomGenerator random(6);
        for (int round = 0; round < 3000; ++round) {
            QByteArray text(int(random.bounded(200)), Qt::Uninitialized);
            for (char &c : text)
                c = round % 2 ? alphabet[random.bounded(int(alphabet.size()))] : char(random.bounded(256));
            parsePrometheusText(text); // must neither crash nor hang
        }
    }

    void nodeExporterMapping()
    {
        const auto parsed = parsePrometheusText(
            "node_netstat_TcpExt_ListenOverflows 7\n"
            "node_netstat_Tcp_ActiveOpens 1.234567e+06\n"
            "node_netstat_Tcp_MaxConn -1\n"
            "node_netstat_Ip6_InOctets 12\n"
            "node_netstat_Tcp_Broken NaN\n"
            "node_netstat_NoGroup 1\n"
            "node_network_receive_bytes_total{device=\"lo\"} 1000\n"
            "node_network_transmit_colls_total{device=\"lo\"} 3\n"
            "node_network_receive_bytes_total{device=\"eth0\"} 2e+10\n"
            "node_network_up{device=\"eth0\"} 1\n"
            "node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 12.34\n"
            "node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 100\n"
            "node_cpu_seconds_total{cpu=\"10\",mode=\"system\"} 0.01\n"
            "node_cpu_seconds_total{cpu=\"2\",mode=\"steal\"} 1\n"
            "node_cpu_guest_seconds_total{cpu=\"0\",mode=\"user\"} 5\n"
            "node_sockstat_TCP_inuse 5\n"
            "node_sockstat_TCP_mem 3\n"
            "node_sockstat_TCP_mem_bytes 12288\n"
            "node_sockstat_sockets_used 40\n"
            "node_sockstat_TCP6_inuse 2\n");
        QStringList warnings;
        const CounterSnapshot snapshot = snapshotFromMetrics(parsed.value, &warnings);
        QCOMPARE(snapshot.netstat.value(QStringLiteral("TcpExt.ListenOverflows")), 7);
        QCOMPARE(snapshot.netstat.value(QStringLiteral("Tcp.ActiveOpens")), 1234567);
        QCOMPARE(snapshot.netstat.value(QStringLiteral("Tcp.MaxConn")), -1);
        QCOMPARE(snapshot.netstat.value(QStringLiteral("Ip6.InOctets")), 12);
        QCOMPARE(warnings.size(), 1); // the NaN
        QCOMPARE(snapshot.interfaces.size(), 2);
        QCOMPARE(snapshot.interfaces[0].name, QStringLiteral("lo"));
        QCOMPARE(snapshot.interfaces[0].rxBytes, 1000u);
        QCOMPARE(snapshot.interfaces[0].txCollisions, 3u);
        QCOMPARE(snapshot.interfaces[1].rxBytes, 20000000000u);
        // Seconds back to USER_HZ ticks, CPUs in numeric order, the total their sum.
        QCOMPARE(snapshot.cpu.perCpu.size(), 3);
        QCOMPARE(snapshot.cpu.perCpu[0].name, QStringLiteral("cpu0"));
        QCOMPARE(snapshot.cpu.perCpu[0].user, 1234u);
        QCOMPARE(snapshot.cpu.perCpu[0].idle, 10000u);
        QCOMPARE(snapshot.cpu.perCpu[1].name, QStringLiteral("cpu2"));
        QCOMPARE(snapshot.cpu.perCpu[2].name, QStringLiteral("cpu10"));
        QCOMPARE(snapshot.cpu.perCpu[2].system, 1u);
        QCOMPARE(snapshot.cpu.total.user, 1234u);
        QCOMPARE(snapshot.cpu.total.total(), 1234u + 10000u + 1u + 100u);
        QCOMPARE(snapshot.sockstat.value(QStringLiteral("TCP.inuse")), 5);
        QCOMPARE(snapshot.sockstat.value(QStringLiteral("TCP.mem")), 3);
        QVERIFY(!snapshot.sockstat.contains(QStringLiteral("TCP.mem_bytes")));
        QCOMPARE(snapshot.sockstat.value(QStringLiteral("sockets.used")), 40);
        QCOMPARE(snapshot.sockstat.value(QStringLiteral("TCP6.inuse")), 2);
    }

    void urls()
    {
        QVERIFY(NodeExporterSource::validateUrl(QUrl(QStringLiteral("http://127.0.0.1:9100/metrics"))).isEmpty());
        QVERIFY(!NodeExporterSource::validateUrl(QUrl(QStringLiteral("file:///etc/passwd"))).isEmpty());
        QVERIFY(!NodeExporterSource::validateUrl(QUrl(QStringLiteral("http://user:secret@host/"))).isEmpty());
        QVERIFY(!NodeExporterSource::validateUrl(QUrl(QStringLiteral("http:///metrics"))).isEmpty());
        QCOMPARE(NodeExporterSource(QUrl(QStringLiteral("http://127.0.0.1:9100"))).url().path(), QStringLiteral("/metrics"));
    }
};

QTEST_GUILESS_MAIN(RemotePrometheusTextTest)
#include "remoteprometheustext_test.moc"
