// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusHistory against a real Prometheus that this test starts on 127.0.0.1, scraping a real
// prometheus-node-exporter (also started here) every second: the recorded history must agree with
// local reads taken before and after, show every scrape once, and chart like a live source. The
// error paths use the same servers, a closed port and a small fake server; the gap rules use
// recorded-style answers; `tcplab sample --prometheus` is run as a user runs it.
#include "../common/prometheus.h"
#include "remote/prometheushistory.h"
#include "series/monitorsession.h"
#include "series/timeseriesstore.h"
#include "sources/localcountersource.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <memory>

using namespace tcplab;
using namespace tcplab::remote;

namespace
{

// Loopback connections made while Prometheus records, so that Tcp.ActiveOpens surely moves.
constexpr int kConnections = 5;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

const procfs::InterfaceCounters *findInterface(const CounterSnapshot &snapshot, const QString &name)
{
    for (const auto &i : snapshot.interfaces) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

// The netstat counters that only ever grow (gauges such as Tcp.CurrEstab left out).
QStringList growingCounters(const CounterSnapshot &snapshot)
{
    QStringList keys;
    for (const QString &key : snapshot.netstat.keys()) {
        if (!isGauge(key) && (key.startsWith(QLatin1String("TcpExt.")) || key.startsWith(QLatin1String("Tcp."))))
            keys.append(key);
    }
    return keys;
}

QJsonArray json(const char *text)
{
    return QJsonDocument::fromJson(text).array();
}

} // namespace

class RemotePrometheusHistoryTest : public QObject
{
    Q_OBJECT
private:
    tcplab::testing::PrometheusLab m_lab;
    CounterSnapshot m_before; // a local read taken before Prometheus started
    QElapsedTimer m_recording;

    QString instance() const
    {
        return m_lab.instance(0);
    }
    QUrl server() const
    {
        return m_lab.server();
    }

    PrometheusHistoryRequest request(qint64 spanMs, qint64 stepMs = 0) const
    {
        PrometheusHistoryRequest r;
        r.server = server();
        r.instance = instance();
        r.spanMs = spanMs;
        r.stepMs = stepMs;
        r.timeoutMs = 10000;
        return r;
    }

    int recordedScrapes()
    {
        return m_lab.recordedScrapes(instance());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray missing = tcplab::testing::PrometheusLab::whyUnavailable();
        if (!missing.isEmpty())
            QSKIP(missing.constData());
        m_before = LocalCounterSource().read();
        QString error;
        QVERIFY2(m_lab.start(1, &error), qPrintable(error));
        m_recording.start();

        // A few scrapes, then traffic, then about ten seconds' worth in all.
        QTRY_VERIFY2_WITH_TIMEOUT(recordedScrapes() >= 3, m_lab.prometheus.readAll().constData(), 60000);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        for (int i = 0; i < kConnections; ++i) {
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
            QVERIFY(client.waitForConnected(5000));
            client.write("tcplab");
            QVERIFY(client.waitForBytesWritten(5000));
            client.disconnectFromHost();
        }
        QTRY_VERIFY_WITH_TIMEOUT(recordedScrapes() >= 12, 60000);
        qInfo("Prometheus recorded 12 scrapes in %lld ms", qint64(m_recording.elapsed()));
    }

    void cleanupTestCase()
    {
        m_lab.stop();
    }

    void history_data()
    {
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<qint64>("expectedStepMs");
        QTest::newRow("default step") << qint64(0) << qint64(1000);
        QTest::newRow("2 s") << qint64(2000) << qint64(2000);
    }

    // The last ten seconds: a point about every step, counters that never go back, and values
    // between a local read before Prometheus started and one taken now.
    void history()
    {
        QFETCH(qint64, stepMs);
        QFETCH(qint64, expectedStepMs);
        const qint64 spanMs = 10000;
        PrometheusHistory history;
        QElapsedTimer timer;
        timer.start();
        const PrometheusHistoryResult result = history.fetchAndWait(request(spanMs, stepMs));
        qInfo("history read in %lld ms", qint64(timer.elapsed()));
        const CounterSnapshot now = LocalCounterSource().read();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.stepMs, expectedStepMs);
        QCOMPARE(result.endMs - result.startMs, spanMs);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));

        // span / step + 1 steps; a step grid that runs beside the scrapes may reach one twice.
        const auto &snapshots = result.snapshots;
        const qsizetype steps = spanMs / expectedStepMs + 1;
        QVERIFY2(snapshots.size() >= steps - 3 && snapshots.size() <= steps, qPrintable(QString::number(snapshots.size())));
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            const CounterSnapshot &s = snapshots[i];
            QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(QLatin1Char('\n'))));
            QVERIFY(s.netstat.contains(QStringLiteral("Tcp.ActiveOpens")));
            QVERIFY(s.netstat.contains(QStringLiteral("TcpExt.ListenOverflows")));
            QVERIFY(findInterface(s, QStringLiteral("lo")));
            QVERIFY(s.cpu.total.total() > 0);
            QVERIFY(s.sockstat.contains(QStringLiteral("TCP.inuse")));
            const qint64 t = PrometheusHistory::wallMs(s);
            // The first step may reach back to the scrape before the span.
            QVERIFY(t > result.startMs - expectedStepMs - 1500 && t <= result.endMs);
            if (i == 0)
                continue;
            const CounterSnapshot &p = snapshots[i - 1];
            const qint64 spacing = t - PrometheusHistory::wallMs(p);
            QVERIFY2(spacing >= expectedStepMs - 600 && spacing <= 2 * expectedStepMs + 600, qPrintable(QString::number(spacing)));
            for (const QString &key : growingCounters(p))
                QVERIFY2(s.netstat.value(key) >= p.netstat.value(key), qPrintable(key));
            for (const auto &before : p.interfaces) {
                const auto *after = findInterface(s, before.name);
                QVERIFY(after);
                QVERIFY(after->rxBytes >= before.rxBytes && after->rxPackets >= before.rxPackets);
                QVERIFY(after->txBytes >= before.txBytes && after->txPackets >= before.txPackets);
                QVERIFY(after->rxDropped >= before.rxDropped && after->rxErrors >= before.rxErrors);
            }
        }

        const CounterSnapshot &newest = snapshots.last();
        int compared = 0;
        for (const QString &key : growingCounters(newest)) {
            if (!m_before.netstat.contains(key) || !now.netstat.contains(key))
                continue;
            const qint64 value = newest.netstat.value(key);
            QVERIFY2(m_before.netstat.value(key) <= value && value <= now.netstat.value(key),
                     qPrintable(QStringLiteral("%1: %2 not in [%3, %4]").arg(key).arg(value).arg(m_before.netstat.value(key)).arg(now.netstat.value(key))));
            ++compared;
        }
        QVERIFY2(compared > 50, qPrintable(QString::number(compared)));
        const auto *lo = findInterface(newest, QStringLiteral("lo"));
        const auto *loBefore = findInterface(m_before, QStringLiteral("lo"));
        const auto *loNow = findInterface(now, QStringLiteral("lo"));
        QVERIFY(lo && loBefore && loNow);
        QVERIFY(loBefore->rxPackets <= lo->rxPackets && lo->rxPackets <= loNow->rxPackets);
        QVERIFY(loBefore->txBytes <= lo->txBytes && lo->txBytes <= loNow->txBytes);
        QCOMPARE(newest.cpu.perCpu.size(), now.cpu.perCpu.size());
        QVERIFY(m_before.cpu.total.user <= newest.cpu.total.user && newest.cpu.total.user <= now.cpu.total.user);
    }

    // The whole recording into a store, as the monitor's charts read it: one point per rate, no
    // gaps, and the rates add up to what the counters moved (no spike, nothing lost).
    void chartsARecordedSpan()
    {
        PrometheusHistory history;
        const PrometheusHistoryResult result = history.fetchAndWait(request(5 * 60 * 1000, 1000));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto &snapshots = result.snapshots;
        QVERIFY2(snapshots.size() >= 12, qPrintable(QString::number(snapshots.size())));
        const qint64 opened =
            snapshots.last().netstat.value(QStringLiteral("Tcp.ActiveOpens")) - snapshots.first().netstat.value(QStringLiteral("Tcp.ActiveOpens"));
        QVERIFY2(opened >= kConnections, qPrintable(QString::number(opened)));

        TimeSeriesStore store;
        PrometheusHistory::fillStore(result, &store);
        for (const char *name : {"Tcp.ActiveOpens", "TcpExt.ListenOverflows", "if.lo.rx_packets", "if.*.rx_bytes", "cpu.busy", "sockstat.TCP.inuse"}) {
            const TimeSeries *series = store.series(QLatin1String(name));
            QVERIFY2(series, name);
            QCOMPARE(series->size(), snapshots.size() - 1);
            for (qsizetype i = 0; i < series->size(); ++i) {
                QCOMPARE(series->timeAt(i), PrometheusHistory::wallMs(snapshots[i + 1]));
                QVERIFY2(std::isfinite(series->valueAt(i)), name);
            }
        }
        const TimeSeries *opens = store.series(QStringLiteral("Tcp.ActiveOpens"));
        double sum = 0;
        for (qsizetype i = 0; i < opens->size(); ++i) {
            const double seconds = double(opens->timeAt(i) - PrometheusHistory::wallMs(snapshots[i])) / 1000.0;
            sum += opens->valueAt(i) * seconds;
        }
        QVERIFY2(std::abs(sum - double(opened)) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(opened)));

        // The monitor's own store keeps the series its charts draw.
        MonitorSession session;
        PrometheusHistory::fillStore(result, &session.store());
        QVERIFY(session.store().contains(QStringLiteral("if.*.rx_packets")));
        QVERIFY(session.store().contains(QStringLiteral("TcpExt.ListenOverflows")));
        QCOMPARE(session.store().series(QStringLiteral("cpu.busy"))->size(), snapshots.size() - 1);
        QCOMPARE(session.store().lastTimeMs(), PrometheusHistory::wallMs(snapshots.last()));
    }

    void wrongInstance()
    {
        PrometheusHistoryRequest r = request(10000);
        r.instance = QStringLiteral("127.0.0.1:1");
        const PrometheusHistoryResult result = PrometheusHistory().fetchAndWait(r);
        QVERIFY(!result.ok());
        QVERIFY(result.snapshots.isEmpty());
        QCOMPARE(result.knownInstances, QStringList{instance()});
        QVERIFY2(result.error.contains(QLatin1String("\"127.0.0.1:1\"")), qPrintable(result.error));
        QVERIFY2(result.error.contains(instance()), qPrintable(result.error));
    }

    void refused()
    {
        PrometheusHistoryRequest r = request(10000);
        r.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        QElapsedTimer timer;
        timer.start();
        const PrometheusHistoryResult result = PrometheusHistory().fetchAndWait(r);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("refused the connection")), qPrintable(result.error));
        QVERIFY(timer.elapsed() < r.timeoutMs);
    }

    // A wrong path prefix: Prometheus' own 404.
    void httpError()
    {
        PrometheusHistoryRequest r = request(10000);
        r.server.setPath(QStringLiteral("/no-such-prefix"));
        const PrometheusHistoryResult result = PrometheusHistory().fetchAndWait(r);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("HTTP 404")), qPrintable(result.error));
    }

    // The exporter's address given as the server's.
    void notPrometheus()
    {
        PrometheusHistoryRequest r = request(10000);
        r.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_lab.exporterPorts.value(0)));
        const PrometheusHistoryResult result = PrometheusHistory().fetchAndWait(r);
        QVERIFY(!result.ok());
        QVERIFY2(!result.error.isEmpty(), qPrintable(result.error));
    }

    // A server that answers as Prometheus does when it refuses a query, and one that never answers.
    void statusErrorAndTimeout()
    {
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        bool answer = true;
        QList<QTcpSocket *> held;
        connect(&fake, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = fake.nextPendingConnection()) {
                if (!answer) {
                    held.append(socket);
                    continue;
                }
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray body =
                        R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory in query execution"})";
                    socket->write(
                        "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        PrometheusHistoryRequest r = request(10000);
        r.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort()));
        PrometheusHistoryResult result = PrometheusHistory().fetchAndWait(r);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("answered with an error: query processing would load too many samples")), qPrintable(result.error));

        answer = false;
        r.timeoutMs = 500;
        QElapsedTimer timer;
        timer.start();
        result = PrometheusHistory().fetchAndWait(r);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("did not answer within 0.5 s")), qPrintable(result.error));
        QVERIFY(timer.elapsed() < 5000);
        qDeleteAll(held);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("instanceName");
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<QString>("error"); // a part of the message, or "" for none
        QTest::newRow("fine") << "http://prom:9090"
                              << "host:9100" << qint64(900000) << qint64(0) << "";
        QTest::newRow("prefix") << "https://example.org/prometheus/"
                                << "h" << qint64(3600000) << qint64(15000) << "";
        QTest::newRow("ftp") << "ftp://prom:9090"
                             << "h" << qint64(60000) << qint64(0) << "http:// or https://";
        QTest::newRow("no host") << "http://"
                                 << "h" << qint64(60000) << qint64(0) << "URL";
        QTest::newRow("password") << "http://me:secret@prom:9090"
                                  << "h" << qint64(60000) << qint64(0) << "password";
        QTest::newRow("no instance") << "http://prom:9090"
                                     << " " << qint64(60000) << qint64(0) << "instance";
        QTest::newRow("control") << "http://prom:9090"
                                 << "a\nb" << qint64(60000) << qint64(0) << "control";
        QTest::newRow("short span") << "http://prom:9090"
                                    << "h" << qint64(500) << qint64(0) << "span";
        QTest::newRow("long span") << "http://prom:9090"
                                   << "h" << qint64(400) * 86400000 << qint64(0) << "span";
        QTest::newRow("short step") << "http://prom:9090"
                                    << "h" << qint64(60000) << qint64(100) << "at least 1 s";
        QTest::newRow("step over span") << "http://prom:9090"
                                        << "h" << qint64(60000) << qint64(120000) << "longer";
        QTest::newRow("too many points") << "http://prom:9090"
                                         << "h" << qint64(86400000) << qint64(1000) << "choose a step of at least 8 s";
    }

    void validate()
    {
        QFETCH(QString, url);
        QFETCH(QString, instanceName);
        QFETCH(qint64, spanMs);
        QFETCH(qint64, stepMs);
        QFETCH(QString, error);
        PrometheusHistoryRequest r;
        r.server = QUrl(url);
        r.instance = instanceName;
        r.spanMs = spanMs;
        r.stepMs = stepMs;
        const QString message = PrometheusHistory::validate(r);
        if (error.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(error), qPrintable(message));
    }

    // A request that is not valid still ends with finished(), after fetch() returned.
    void invalidRequestFinishes()
    {
        PrometheusHistory history;
        PrometheusHistoryRequest r = request(10000);
        r.instance.clear();
        bool finished = false;
        connect(&history, &PrometheusHistory::finished, this, [&finished](const PrometheusHistoryResult &result) {
            finished = true;
            QVERIFY(!result.ok());
        });
        history.fetch(r);
        QVERIFY(!finished);
        QTRY_VERIFY(finished);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: not a duration
        QTest::newRow("seconds") << "30s" << qint64(30000);
        QTest::newRow("minutes") << "15m" << qint64(900000);
        QTest::newRow("hours") << "2h" << qint64(7200000);
        QTest::newRow("mixed") << "1h30m" << qint64(5400000);
        QTest::newRow("days") << "1d" << qint64(86400000);
        QTest::newRow("ms") << "500ms" << qint64(500);
        QTest::newRow("plain") << "90" << qint64(90000);
        QTest::newRow("plain fraction") << "1.5" << qint64(1500);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("unit only") << "m" << qint64(-1);
        QTest::newRow("unknown unit") << "5y" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("trailing") << "5m x" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = PrometheusHistory::parseDurationMs(text);
        if (ms < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(-1), ms);
    }

    void defaultStep()
    {
        QCOMPARE(PrometheusHistory::defaultStepMs(10000), qint64(1000));
        QCOMPARE(PrometheusHistory::defaultStepMs(15 * 60000), qint64(1000));
        QCOMPARE(PrometheusHistory::defaultStepMs(2 * 3600000), qint64(8000));
        QCOMPARE(PrometheusHistory::defaultStepMs(24 * 3600000), qint64(87000));
    }

    // Answers shaped as query_range gives them, around a target that was down for two steps, a
    // step that reached the same scrape twice, and twenty seconds in which Prometheus did not
    // scrape: gaps where data is missing, the true rate everywhere else, never a spike.
    void gapsInRecordedAnswers()
    {
        // Steps every second from t = 1000 s; scrapes 0.3 s before each step; Tcp.ActiveOpens
        // grows by 10 a second of scrape time.
        QJsonArray opens;
        QJsonArray packets;
        QJsonArray scrapes;
        const auto add = [&](int step, double scrape, bool targetUp) {
            const qint64 value = qint64(std::llround((scrape - 999.7) * 10)) + 100;
            scrapes.append(QJsonArray{step, QString::number(scrape, 'f', 3)});
            if (targetUp) {
                opens.append(QJsonArray{step, QString::number(value)});
                packets.append(QJsonArray{step, QString::number(value * 3)});
            }
        };
        for (int t = 1000; t <= 1003; ++t)
            add(t, t - 0.3, true);
        add(1004, 1003.7, false); // the exporter did not answer: stale, but `up` has a time
        add(1005, 1004.7, false);
        add(1006, 1005.7, true);
        add(1007, 1006.7, true);
        add(1008, 1006.7, true); // the same scrape again
        add(1009, 1008.7, true);
        add(1010, 1009.7, true);
        for (int t = 1011; t <= 1014; ++t)
            add(t, 1009.7, true); // Prometheus stopped: the look-back repeats the last scrape
        add(1030, 1029.7, true);

        QJsonObject opensSeries{{QStringLiteral("metric"),
                                 QJsonObject{{QStringLiteral("__name__"), QStringLiteral("node_netstat_Tcp_ActiveOpens")},
                                             {QStringLiteral("instance"), QStringLiteral("h:9100")},
                                             {QStringLiteral("job"), QStringLiteral("node")}}},
                                {QStringLiteral("values"), opens}};
        QJsonObject packetsSeries{{QStringLiteral("metric"),
                                   QJsonObject{{QStringLiteral("__name__"), QStringLiteral("node_network_receive_packets_total")},
                                               {QStringLiteral("device"), QStringLiteral("lo")},
                                               {QStringLiteral("instance"), QStringLiteral("h:9100")},
                                               {QStringLiteral("job"), QStringLiteral("node")}}},
                                  {QStringLiteral("values"), packets}};
        // A second job scraping the same instance is left out, with a warning.
        QJsonObject otherJob = opensSeries;
        otherJob[QStringLiteral("metric")] = QJsonObject{{QStringLiteral("__name__"), QStringLiteral("node_netstat_Tcp_ActiveOpens")},
                                                         {QStringLiteral("instance"), QStringLiteral("h:9100")},
                                                         {QStringLiteral("job"), QStringLiteral("zz-other")}};
        otherJob[QStringLiteral("values")] = json(R"([[1000, "999999999"], [1001, "1"]])");
        QJsonObject scrapeSeries{{QStringLiteral("metric"), QJsonObject{{QStringLiteral("job"), QStringLiteral("node")}}}, {QStringLiteral("values"), scrapes}};

        QStringList warnings;
        const QList<CounterSnapshot> snapshots =
            PrometheusHistory::snapshotsFromMatrices({QJsonArray{opensSeries, otherJob}, QJsonArray{packetsSeries}, {}, {}},
                                                     QJsonArray{scrapeSeries},
                                                     &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("zz-other")));

        // 1000-1003, gap, 1006, 1007, 1009, 1010, gap, 1030 (1008 and 1011-1014 repeat a scrape).
        QList<qint64> times;
        QList<bool> gaps;
        for (const CounterSnapshot &s : snapshots) {
            times.append(PrometheusHistory::wallMs(s));
            gaps.append(!s.errors.isEmpty());
        }
        const QList<qint64> expectedTimes{999700, 1000700, 1001700, 1002700, 1004000, 1005700, 1006700, 1008700, 1009700, 1019700, 1029700};
        QCOMPARE(times, expectedTimes);
        QCOMPARE(gaps, (QList<bool>{false, false, false, false, true, false, false, false, false, true, false}));
        QCOMPARE(snapshots[1].netstat.value(QStringLiteral("Tcp.ActiveOpens")), qint64(110));
        QVERIFY(snapshots[4].netstat.isEmpty() && snapshots[4].interfaces.isEmpty());

        const QList<RateSample> rates = PrometheusHistory::rates(snapshots);
        QCOMPARE(rates.size(), snapshots.size() - 1);
        int withValue = 0;
        for (const RateSample &rate : rates) {
            if (rate.has(QStringLiteral("Tcp.ActiveOpens"))) {
                QCOMPARE(rate.value(QStringLiteral("Tcp.ActiveOpens")), 10.0);
                QCOMPARE(rate.value(QStringLiteral("if.lo.rx_packets")), 30.0);
                ++withValue;
            }
        }
        // 1000-1001-1002-1003 and 1006-1007-1009-1010.
        QCOMPARE(withValue, 6);
        TimeSeriesStore store;
        for (const RateSample &rate : rates)
            store.append(rate);
        const TimeSeries *series = store.series(QStringLiteral("Tcp.ActiveOpens"));
        QVERIFY(series);
        int nan = 0;
        for (qsizetype i = 0; i < series->size(); ++i)
            nan += std::isnan(series->valueAt(i)) ? 1 : 0;
        QVERIFY(nan >= 3); // into the gap, out of it, and the same around the second
    }

    // `tcplab sample --prometheus` as a user runs it: JSON lines, the first without rates.
    void commandLine()
    {
        if (!QFile::exists(QStringLiteral(TCPLAB_EXECUTABLE)))
            QSKIP("the tcplab executable is not built");
        QProcess process;
        process.start(QStringLiteral(TCPLAB_EXECUTABLE),
                      {QStringLiteral("sample"),
                       QStringLiteral("--prometheus"),
                       server().toString(),
                       QStringLiteral("--instance"),
                       instance(),
                       QStringLiteral("--span"),
                       QStringLiteral("10s"),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, errors.constData());
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.size() >= 8 && lines.size() <= 11, qPrintable(QString::number(lines.size())));
        QString previousTime;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
            const QString time = line[QLatin1String("time")].toString();
            QVERIFY(time > previousTime); // ISO times sort as text
            previousTime = time;
            QVERIFY(line[QLatin1String("counters")][QLatin1String("Tcp.ActiveOpens")].toDouble() > 0);
            QVERIFY(line[QLatin1String("interfaces")][QLatin1String("lo")][QLatin1String("rx_packets")].toDouble() > 0);
            if (i == 0) {
                QVERIFY(line[QLatin1String("rates")].isNull());
                continue;
            }
            QVERIFY(line[QLatin1String("seconds")].toDouble() > 0.3);
            QVERIFY(line[QLatin1String("rates")][QLatin1String("Tcp.ActiveOpens")].toDouble(-1) >= 0);
            QVERIFY(line[QLatin1String("rates")][QLatin1String("if.lo.rx_packets")].toDouble(-1) >= 0);
            QVERIFY(line[QLatin1String("cpu")][QLatin1String("busy")].isDouble());
        }

        // Text lines, one per point.
        process.start(QStringLiteral(TCPLAB_EXECUTABLE),
                      {QStringLiteral("sample"),
                       QStringLiteral("--prometheus"),
                       server().toString(),
                       QStringLiteral("--instance"),
                       instance(),
                       QStringLiteral("--span"),
                       QStringLiteral("10"),
                       QStringLiteral("--step"),
                       QStringLiteral("2s")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> text = process.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(text.size() >= 4 && text.size() <= 6, qPrintable(QString::number(text.size())));
        QVERIFY(text.first().contains("rx_pkt/s=- "));
        QVERIFY(text.last().contains("Tcp.ActiveOpens/s="));
    }

    void commandLineErrors()
    {
        if (!QFile::exists(QStringLiteral(TCPLAB_EXECUTABLE)))
            QSKIP("the tcplab executable is not built");
        const auto run = [](const QStringList &arguments, QByteArray *errors) {
            QProcess process;
            process.start(QStringLiteral(TCPLAB_EXECUTABLE), QStringList{QStringLiteral("sample")} + arguments);
            if (!process.waitForFinished(30000))
                return -1;
            *errors = process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray errors;
        QCOMPARE(run({QStringLiteral("--prometheus"),
                      server().toString(),
                      QStringLiteral("--instance"),
                      instance(),
                      QStringLiteral("--node-exporter"),
                      QStringLiteral("http://127.0.0.1:9100")},
                     &errors),
                 2);
        QVERIFY2(errors.contains("--prometheus"), errors.constData());
        QCOMPARE(run({QStringLiteral("--prometheus"),
                      server().toString(),
                      QStringLiteral("--instance"),
                      instance(),
                      QStringLiteral("--ssh"),
                      QStringLiteral("somewhere")},
                     &errors),
                 2);
        QCOMPARE(run({QStringLiteral("--prometheus"),
                      server().toString(),
                      QStringLiteral("--instance"),
                      instance(),
                      QStringLiteral("--span"),
                      QStringLiteral("soon")},
                     &errors),
                 2);
        QVERIFY2(errors.contains("--span"), errors.constData());
        QCOMPARE(run({QStringLiteral("--instance"), instance()}, &errors), 2);
        QCOMPARE(run({QStringLiteral("--prometheus"), server().toString(), QStringLiteral("--instance"), QStringLiteral("nowhere:9100")}, &errors), 1);
        QVERIFY2(errors.contains(instance().toUtf8()), errors.constData());
    }
};

QTEST_GUILESS_MAIN(RemotePrometheusHistoryTest)
#include "remoteprometheushistory_test.moc"
