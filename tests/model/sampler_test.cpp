// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/sampler.h"
#include "series/timeseriesstore.h"
#include "sources/localcountersource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;

class SamplerTest : public QObject
{
    Q_OBJECT
private:
    // A /proc-like folder whose files the test rewrites between samples.
    static void writeCounters(const QString &dir, quint64 rxPackets, qint64 overflows)
    {
        auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write("dev",
              "Inter-|   Receive                                                |  Transmit\n"
              " face |bytes    packets errs drop fifo frame compressed multicast|"
              "bytes    packets errs drop fifo colls carrier compressed\n  eth0: 0 "
                  + QByteArray::number(rxPackets) + " 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
        write("snmp", "Tcp: ActiveOpens CurrEstab\nTcp: 5 2\n");
        write("netstat", "TcpExt: ListenOverflows\nTcpExt: " + QByteArray::number(overflows) + "\n");
        write("stat", "cpu  10 0 10 80 0 0 0 0 0 0\ncpu0 10 0 10 80 0 0 0 0 0 0\n");
        write("sockstat", "sockets: used 9\nTCP: inuse 4 orphan 0 tw 3 alloc 6 mem 1\n");
        write("softirqs",
              "                    CPU0       CPU1\n      NET_TX:          1          2\n      NET_RX:        " + QByteArray::number(rxPackets)
                  + "        100\n");
    }

private Q_SLOTS:
    void intervalIsClamped()
    {
        LocalCounterSource source;
        Sampler sampler(&source);
        QCOMPARE(sampler.setIntervalMs(5), 100);
        QCOMPARE(sampler.setIntervalMs(10 * 60 * 1000), 60000);
        QCOMPARE(sampler.setIntervalMs(250), 250);
    }

    void ratesFromControlledFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeCounters(dir.path(), 100, 7);
        LocalCounterSource source(dir.path(), dir.path());
        Sampler sampler(&source);
        QList<RateSample> rates;
        connect(&sampler, &Sampler::ratesComputed, this, [&rates](const RateSample &r) {
            rates.append(r);
        });
        QSignalSpy errors(&sampler, &Sampler::sourceError);
        sampler.sampleNow();
        QCOMPARE(rates.count(), 0); // one snapshot gives no rate
        writeCounters(dir.path(), 300, 9);
        QTest::qSleep(200);
        sampler.sampleNow();
        QCOMPARE(rates.count(), 1);
        const RateSample r = rates.last();
        // About 200 ms passed: 200 packets in that time is about 1000/s.
        QVERIFY2(r.value(QStringLiteral("if.eth0.rx_packets")) > 500 && r.value(QStringLiteral("if.eth0.rx_packets")) < 1100,
                 qPrintable(QString::number(r.value(QStringLiteral("if.eth0.rx_packets")))));
        QCOMPARE(r.value(QStringLiteral("TcpExt.ListenOverflows")) * r.seconds, 2.0);
        QCOMPARE(r.value(QStringLiteral("Tcp.CurrEstab")), 2.0);
        QCOMPARE(r.value(QStringLiteral("sockstat.TCP.tw")), 3.0);
        // NET_RX grew by 200 like the packets, NET_TX not at all.
        QCOMPARE(r.value(QStringLiteral("softirq.NET_RX")), r.value(QStringLiteral("if.eth0.rx_packets")));
        QCOMPARE(r.value(QStringLiteral("softirq.NET_TX")), 0.0);
        QCOMPARE(errors.count(), 0);

        // A counter reset: a gap in the store, not a negative point.
        writeCounters(dir.path(), 5, 9);
        sampler.sampleNow();
        const RateSample reset = rates.last();
        QVERIFY(reset.gaps.contains(QStringLiteral("if.eth0.rx_packets")));

        // A file that vanishes is reported once.
        QFile::remove(dir.path() + QLatin1String("/netstat"));
        sampler.sampleNow();
        sampler.sampleNow();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QLatin1String("netstat")));
    }

    void ticksOnTheMonotonicGrid()
    {
        LocalCounterSource source;
        Sampler sampler(&source);
        sampler.setIntervalMs(100);
        TimeSeriesStore store;
        store.setRetention(60000, 100);
        connect(&sampler, &Sampler::ratesComputed, &store, &TimeSeriesStore::append);
        QSignalSpy snapshots(&sampler, &Sampler::snapshotTaken);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 11, 5000);
        sampler.stop();
        const auto *busy = store.series(QStringLiteral("cpu.busy"));
        QVERIFY(busy);
        QVERIFY(busy->size() >= 10);
        // Spacing follows the interval; the schedule does not drift by a whole interval over ten ticks.
        const qint64 span = busy->lastTime() - busy->firstTime();
        const qint64 ticks = busy->size() - 1;
        QVERIFY2(span >= ticks * 100 - 50 && span <= ticks * 100 + 100, qPrintable(QString::number(span)));
        for (qsizetype i = 0; i < busy->size(); ++i) {
            QVERIFY(busy->valueAt(i) >= 0.0);
            QVERIFY(busy->valueAt(i) <= 100.0);
        }
    }

    void storeRetentionAndGaps()
    {
        TimeSeriesStore store;
        store.setRetention(10000, 1000); // 11 points
        QCOMPARE(store.capacityPerSeries(), 11);
        QSignalSpy added(&store, &TimeSeriesStore::seriesAdded);
        for (int i = 0; i < 30; ++i) {
            RateSample s;
            s.wallMs = 1000 * i;
            s.values.insert(QStringLiteral("a"), i);
            if (i % 2 == 0)
                s.values.insert(QStringLiteral("b"), i);
            store.append(s);
        }
        QCOMPARE(added.count(), 2);
        QCOMPARE(store.series(QStringLiteral("a"))->size(), 11);
        QCOMPARE(store.series(QStringLiteral("a"))->valueAt(10), 29.0);
        // "b" has a gap wherever the sample lacked it.
        QVERIFY(std::isnan(store.series(QStringLiteral("b"))->valueAt(10)));
        QCOMPARE(store.series(QStringLiteral("b"))->valueAt(9), 28.0);
        QCOMPARE(store.memoryBytes(), 2 * 11 * 16);
        // 24 hours at 100 ms would be 864,001 points a series: capped at a day of seconds.
        store.setRetention(qint64(24) * 3600 * 1000, 100);
        QCOMPARE(store.capacityPerSeries(), TimeSeriesStore::kMaximumPoints);
        QCOMPARE(store.series(QStringLiteral("a"))->size(), 11);
        QVERIFY(!store.series(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(SamplerTest)
#include "sampler_test.moc"
