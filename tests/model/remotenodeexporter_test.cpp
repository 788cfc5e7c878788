// SPDX-License-Identifier: GPL-3.0-or-later
// The node_exporter source against a real prometheus-node-exporter that this test starts on
// 127.0.0.1 (netstat, netdev, cpu and sockstat collectors only), compared with local reads.
#include "remote/nodeexportersource.h"
#include "series/ratesample.h"
#include "series/sampler.h"
#include "sources/localcountersource.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tcplab;
using namespace tcplab::remote;

namespace
{
const QString kExporter = QStringLiteral("/usr/bin/prometheus-node-exporter");
}

class RemoteNodeExporterTest : public QObject
{
    Q_OBJECT
private:
    QProcess m_exporter;
    quint16 m_port = 0;
    QByteArray m_log;

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kExporter))
            QSKIP("prometheus-node-exporter is not installed (in TCPLAB_TEST_PACKAGES of scripts/packages.sh)");
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        m_exporter.setReadChannel(QProcess::StandardError); // where it logs "Listening on"
        m_exporter.start(kExporter,
                         {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                          QStringLiteral("--collector.disable-defaults"),
                          QStringLiteral("--collector.netstat"),
                          QStringLiteral("--collector.netstat.fields=.*"),
                          QStringLiteral("--collector.netdev"),
                          // Debian's default leaves loopback out; the lab's traffic is there.
                          QStringLiteral("--collector.netdev.device-exclude=^$"),
                          QStringLiteral("--collector.cpu"),
                          QStringLiteral("--collector.sockstat")});
        QVERIFY(m_exporter.waitForStarted(10000));
        while (!m_log.contains("Listening on")) {
            QVERIFY2(m_exporter.waitForReadyRead(10000), m_log.constData());
            m_log += m_exporter.readAllStandardError();
        }
    }

    void cleanupTestCase()
    {
        if (m_exporter.state() != QProcess::NotRunning) {
            m_exporter.kill(); // by its PID, through QProcess
            m_exporter.waitForFinished(10000);
        }
    }

    // The exporter reads /proc while it answers, so every counter it reports lies between a local
    // read taken before the request and one taken after: the order is the whole tolerance for
    // counters. CPU times pass through seconds (ticks / 100) and back, exactly for these sizes.
    // Socket counts (sockstat) are gauges that other programs on this machine move both ways;
    // they must lie within the range of the two local reads widened by 50 sockets, the churn a
    // busy build machine shows in a few milliseconds.
    void agreesWithLocalRead()
    {
        NodeExporterSource source(url());
        LocalCounterSource local;
        const CounterSnapshot before = local.read();
        const CounterSnapshot remote = source.read();
        const CounterSnapshot after = local.read();
        QVERIFY2(remote.errors.isEmpty(), qPrintable(remote.errors.join(QLatin1Char('\n'))));

        int compared = 0;
        for (const QString &key : before.netstat.keys()) {
            if (isGauge(key) || !remote.netstat.contains(key))
                continue;
            const qint64 value = remote.netstat.value(key);
            QVERIFY2(before.netstat.value(key) <= value && value <= after.netstat.value(key),
                     qPrintable(QStringLiteral("%1: %2 not in [%3, %4]").arg(key).arg(value).arg(before.netstat.value(key)).arg(after.netstat.value(key))));
            ++compared;
        }
        QVERIFY2(compared > 50, qPrintable(QString::number(compared)));
        QVERIFY(remote.netstat.contains(QStringLiteral("TcpExt.ListenOverflows")));
        QVERIFY(remote.netstat.contains(QStringLiteral("Tcp.ActiveOpens")));

        for (const auto &interface : remote.interfaces) {
            const auto find = [&interface](const CounterSnapshot &s) {
                for (const auto &i : s.interfaces) {
                    if (i.name == interface.name)
                        return i;
                }
                return procfs::InterfaceCounters();
            };
            const auto a = find(before);
            const auto b = find(after);
            QCOMPARE(a.name, interface.name);
            QVERIFY(a.rxBytes <= interface.rxBytes && interface.rxBytes <= b.rxBytes);
            QVERIFY(a.txPackets <= interface.txPackets && interface.txPackets <= b.txPackets);
        }
        QCOMPARE(remote.interfaces.size(), before.interfaces.size());

        QCOMPARE(remote.cpu.perCpu.size(), before.cpu.perCpu.size());
        for (qsizetype i = 0; i < remote.cpu.perCpu.size(); ++i) {
            QCOMPARE(remote.cpu.perCpu[i].name, before.cpu.perCpu[i].name);
            QVERIFY(before.cpu.perCpu[i].user <= remote.cpu.perCpu[i].user);
            QVERIFY(remote.cpu.perCpu[i].user <= after.cpu.perCpu[i].user);
            QVERIFY(before.cpu.perCpu[i].idle <= remote.cpu.perCpu[i].idle);
            QVERIFY(remote.cpu.perCpu[i].idle <= after.cpu.perCpu[i].idle + 1); // rounding of idle seconds
        }

        for (const char *key : {"TCP.inuse", "sockets.used"}) {
            const QString name = QLatin1String(key);
            QVERIFY2(remote.sockstat.contains(name), key);
            const qint64 low = qMin(before.sockstat.value(name), after.sockstat.value(name)) - 50;
            const qint64 high = qMax(before.sockstat.value(name), after.sockstat.value(name)) + 50;
            QVERIFY(low <= remote.sockstat.value(name) && remote.sockstat.value(name) <= high);
        }
    }

    // Through the sampler as the monitor uses it: rates come out, the CPU split adds up.
    void samplerRates()
    {
        NodeExporterSource source(url());
        Sampler sampler(&source);
        sampler.setIntervalMs(200);
        QSignalSpy rates(&sampler, &Sampler::ratesComputed);
        sampler.start();
        QVERIFY(rates.wait(10000));
        sampler.stop();
        const RateSample sample = rates.first().first().value<RateSample>();
        QVERIFY(sample.seconds > 0.05);
        QVERIFY(sample.values.contains(QStringLiteral("Tcp.ActiveOpens")));
    }

    // An exporter that is not there: an error snapshot within the timeout, no hang.
    void unreachable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        NodeExporterSource source(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        source.setTimeoutMs(2000);
        const CounterSnapshot snapshot = source.read();
        QCOMPARE(snapshot.errors.size(), 1);
        QVERIFY(snapshot.netstat.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RemoteNodeExporterTest)
#include "remotenodeexporter_test.moc"
