// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus history window against a real Prometheus that this test starts on 127.0.0.1,
// scraping two real prometheus-node-exporter processes (also started here) every second: both
// instances are charted side by side on one time range, an unknown instance is answered with the
// instances Prometheus knows, and input that cannot be sent is refused before anything is read.
#include "../common/widgettest.h"
#include "history/historywindow.h"
#include "i18n/localization.h"
#include "monitor/monitorchart.h"
#include "monitor/monitorview.h"
#include "remote/savedhosts.h"
#include "series/timeseriesstore.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace tcplab;

namespace {

const QString kPrometheus = QStringLiteral("/usr/bin/prometheus");
const QString kExporter = QStringLiteral("/usr/bin/prometheus-node-exporter");
constexpr int kScrapes = 8;
constexpr qint64 kFifteenMinutes = 15 * 60 * 1000;

// Points a chart draws, over all its series.
qsizetype drawnPoints(const MonitorChart *chart)
{
    qsizetype points = 0;
    for (int s = 0; s < chart->seriesCount(); ++s) {
        for (const QList<QPointF> &segment : chart->drawnSegments(s))
            points += segment.size();
    }
    return points;
}

} // namespace

class HistoryWindowTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;
    QTemporaryDir m_dir;
    QProcess m_exporters[2];
    QProcess m_prometheus;
    quint16 m_exporterPorts[2] = { 0, 0 };
    quint16 m_prometheusPort = 0;
    QNetworkAccessManager m_network;

    QString instance(int i) const { return QStringLiteral("127.0.0.1:%1").arg(m_exporterPorts[i]); }
    QString server() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort); }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        // A language change arrives as posted events and queues relayouts; let both run so the
        // picture is what a user sees.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // Three different free loopback ports.
    static QList<quint16> freePorts()
    {
        QList<quint16> ports;
        QTcpServer probes[3];
        for (QTcpServer &probe : probes) {
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return {};
            ports.append(probe.serverPort());
        }
        return ports;
    }

    // Successful scrapes Prometheus holds for an exporter (-1 while it cannot say).
    int recordedScrapes(const QString &target)
    {
        QUrl url(server());
        url.setPath(QStringLiteral("/api/v1/query"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("query"),
                           QStringLiteral("count_over_time(node_netstat_Tcp_ActiveOpens{instance=\"%1\"}[10m])").arg(target));
        url.setQuery(query);
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
            return -1;
        const QJsonArray result =
            QJsonDocument::fromJson(reply->readAll())[QLatin1String("data")][QLatin1String("result")].toArray();
        if (result.isEmpty())
            return 0;
        return result[0][QLatin1String("value")][1].toString().toInt();
    }

    static void stop(QProcess &process)
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // by its PID, through QProcess
            process.waitForFinished(10000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("historywindow-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
        if (!QFile::exists(kPrometheus))
            QSKIP("prometheus is not installed (in TCPLAB_TEST_PACKAGES of scripts/packages.sh)");
        if (!QFile::exists(kExporter))
            QSKIP("prometheus-node-exporter is not installed (in TCPLAB_TEST_PACKAGES of scripts/packages.sh)");
        QVERIFY(m_dir.isValid());

        const QList<quint16> ports = freePorts();
        QCOMPARE(ports.size(), 3);
        m_exporterPorts[0] = ports[0];
        m_exporterPorts[1] = ports[1];
        m_prometheusPort = ports[2];
        for (int i = 0; i < 2; ++i) {
            m_exporters[i].setProcessChannelMode(QProcess::MergedChannels);
            m_exporters[i].start(kExporter,
                                 { QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_exporterPorts[i]),
                                   QStringLiteral("--collector.disable-defaults"), QStringLiteral("--collector.netstat"),
                                   QStringLiteral("--collector.netstat.fields=.*"), QStringLiteral("--collector.netdev"),
                                   // Debian's default leaves loopback out; the lab's traffic is there.
                                   QStringLiteral("--collector.netdev.device-exclude=^$"),
                                   QStringLiteral("--collector.cpu"), QStringLiteral("--collector.sockstat") });
            QVERIFY(m_exporters[i].waitForStarted(10000));
        }

        // scrape_timeout must not be longer than the interval, and its default is 10 s.
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n"
                                    "  scrape_interval: 1s\n"
                                    "  scrape_timeout: 1s\n"
                                    "scrape_configs:\n"
                                    "  - job_name: node\n"
                                    "    static_configs:\n"
                                    "      - targets: ['%1', '%2']\n")
                         .arg(instance(0), instance(1))
                         .toUtf8());
        config.close();
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(kPrometheus, { QStringLiteral("--config.file=") + config.fileName(),
                                          QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort) });
        QVERIFY(m_prometheus.waitForStarted(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(recordedScrapes(instance(0)) >= kScrapes && recordedScrapes(instance(1)) >= kScrapes,
                                  m_prometheus.readAll().constData(), 60000);
    }

    void cleanupTestCase()
    {
        stop(m_prometheus);
        stop(m_exporters[0]);
        stop(m_exporters[1]);
    }

    void cleanup()
    {
        if (m_localization)
            m_localization->setPreference(QStringLiteral("en"));
    }

    void parsesInstances()
    {
        QCOMPARE(HistoryWindow::parseInstances(QStringLiteral(" a:9100, b:9100  c:9100,,a:9100 ")),
                 (QStringList { QStringLiteral("a:9100"), QStringLiteral("b:9100"), QStringLiteral("c:9100") }));
        QVERIFY(HistoryWindow::parseInstances(QStringLiteral(" , ")).isEmpty());
    }

    // Two hosts side by side: a column each, charts with lines, one time range for both.
    void twoInstancesSideBySide()
    {
        HistoryWindow w;
        w.resize(1400, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Prometheus History"));
        QVERIFY(w.isWindow());
        w.setServer(server());
        w.setInstances({ instance(0), instance(1) });
        w.setSpanMs(kFifteenMinutes);
        QCOMPARE(w.spanMs(), kFifteenMinutes);
        QCOMPARE(w.instances(), (QStringList { instance(0), instance(1) }));

        QSignalSpy loaded(&w, &HistoryWindow::loaded);
        QVERIFY(w.open());
        QVERIFY(w.isLoading());
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Reading 1 of 2: ") + instance(0)), qPrintable(w.statusText()));
        QCOMPARE(w.cursor().shape(), Qt::BusyCursor);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!w.isLoading());
        QVERIFY2(w.statusText().startsWith(QLatin1String("Done: 2 of 2 instances")), qPrintable(w.statusText()));
        QCOMPARE(w.cursor().shape(), Qt::ArrowCursor);

        QCOMPARE(w.columnCount(), 2);
        QVERIFY(!w.view(2));
        for (int c = 0; c < 2; ++c) {
            QCOMPARE(w.columnInstance(c), instance(c));
            QVERIFY2(w.columnDetails(c).contains(QLatin1String("point")), qPrintable(w.columnDetails(c)));
            MonitorView *view = w.view(c);
            QVERIFY(view);
            QVERIFY(!view->isFollowing());
            view->redrawNow();
            QCOMPARE(view->chartCount(), int(MonitorView::ChartCount));
            for (int i = 0; i < view->chartCount(); ++i) {
                const qsizetype points = drawnPoints(view->chart(i));
                // At least a point per series for the scrapes recorded before the reading.
                QVERIFY2(points >= view->chart(i)->seriesCount() * (kScrapes - 2),
                         qPrintable(QStringLiteral("column %1 chart %2: %3 points").arg(c).arg(i).arg(points)));
            }
        }
        // One time range, the span asked for.
        QCOMPARE(w.view(0)->fromMs(), w.view(1)->fromMs());
        QCOMPARE(w.view(0)->toMs(), w.view(1)->toMs());
        QCOMPARE(w.view(0)->toMs() - w.view(0)->fromMs(), kFifteenMinutes);
        QCOMPARE(w.view(0)->chart(0)->fromMs(), w.view(1)->chart(3)->fromMs());

        // Zooming one column zooms the other (here to the recorded seconds, which are a sliver at
        // the right edge of the span); Home shows the whole span again.
        const qint64 end = w.view(0)->toMs();
        const TimeSeries *recorded = w.view(0)->chart(0)->store()->series(QStringLiteral("cpu.busy"));
        QVERIFY(recorded && !recorded->isEmpty());
        const qint64 from = recorded->firstTime() - 2000;
        Q_EMIT w.view(1)->chart(0)->rangeRequested(from, end);
        QCOMPARE(w.view(0)->fromMs(), from);
        QCOMPARE(w.view(1)->fromMs(), from);
        QCOMPARE(w.view(1)->toMs(), end);
        // Loopback, where the scrapes travel: the sum of the other interfaces is idle here.
        for (int c = 0; c < 2; ++c) {
            w.view(c)->setInterfaceName(QStringLiteral("lo"));
            QCOMPARE(w.view(c)->interfaceName(), QStringLiteral("lo"));
            w.view(c)->redrawNow();
            QVERIFY(drawnPoints(w.view(c)->chart(MonitorView::PacketsChart)) > 0);
        }
        saveScreenshot(&w, QStringLiteral("history_en.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        QCoreApplication::processEvents();
        QVERIFY(w.view(0)->chart(0)->title() != QLatin1String("Packets per second"));
        saveScreenshot(&w, QStringLiteral("history_ja.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("en")));
        w.view(0)->followLive();
        QCOMPARE(w.view(0)->toMs() - w.view(0)->fromMs(), kFifteenMinutes);
        QCOMPARE(w.view(1)->toMs() - w.view(1)->fromMs(), kFifteenMinutes);
        QVERIFY(!w.view(0)->isFollowing());

        // Reopening replaces the columns.
        w.setInstances({ instance(1) });
        QVERIFY(w.open());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.columnCount(), 1);
        QCOMPARE(w.columnInstance(0), instance(1));
        QVERIFY2(w.statusText().startsWith(QLatin1String("Done: 1 of 1 instances")), qPrintable(w.statusText()));
    }

    // An instance Prometheus does not scrape: the status names the ones it does.
    void unknownInstance()
    {
        HistoryWindow w;
        w.setServer(server());
        w.setInstances({ QStringLiteral("127.0.0.1:1") });
        QSignalSpy loaded(&w, &HistoryWindow::loaded);
        QVERIFY(w.open());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.columnCount(), 0);
        const QString status = w.statusText();
        QVERIFY2(status.contains(QLatin1String("127.0.0.1:1")), qPrintable(status));
        QVERIFY2(status.contains(instance(0)) && status.contains(instance(1)), qPrintable(status));

        // One known, one unknown: the known one is charted, the other named with the reason.
        w.setInstances({ instance(0), QStringLiteral("127.0.0.1:1") });
        QVERIFY(w.open());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.columnCount(), 1);
        QVERIFY2(w.statusText().startsWith(QLatin1String("Read 1 of 2 instances")), qPrintable(w.statusText()));
        QVERIFY2(w.statusText().contains(QLatin1String("127.0.0.1:1: ")), qPrintable(w.statusText()));
    }

    // Input that cannot be sent is refused with the reason, and nothing starts.
    void invalidInput()
    {
        HistoryWindow w;
        QSignalSpy loaded(&w, &HistoryWindow::loaded);
        w.setServer(QStringLiteral("file:///x"));
        w.setInstances({ QStringLiteral("host:9100") });
        QVERIFY(!w.open());
        QVERIFY(!w.isLoading());
        QVERIFY2(w.statusText().contains(QLatin1String("http://")), qPrintable(w.statusText()));
        w.setServer(QStringLiteral("http://user:secret@host:9090"));
        QVERIFY(w.statusText().isEmpty()); // the old reason goes with the edit
        QVERIFY(!w.open());
        QVERIFY(w.statusText().contains(QLatin1String("password")));
        w.setServer(server());
        w.setInstances({});
        QVERIFY(!w.open());
        QVERIFY(w.statusText().contains(QLatin1String("instance")));
        QCOMPARE(w.columnCount(), 0);
        QCOMPARE(loaded.count(), 0);
    }

    // The server box offers the saved Prometheus servers; Return and Ctrl+O open.
    void savedServersAndKeys()
    {
        remote::SavedHosts::save({ QStringLiteral("node:http://127.0.0.1:9100/metrics"), QStringLiteral("prom:") + server(),
                                   QStringLiteral("prom:http://other:9090") });
        HistoryWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *box = w.findChild<QComboBox *>(QStringLiteral("historyServer"));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        QCOMPARE(w.server(), server());
        auto *instances = w.findChild<QLineEdit *>(QStringLiteral("historyInstances"));
        QVERIFY(instances);
        instances->setFocus();
        QTest::keyClicks(instances, instance(0));
        QSignalSpy loaded(&w, &HistoryWindow::loaded);
        QTest::keyClick(instances, Qt::Key_Return);
        QVERIFY(w.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.columnCount(), 1);
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(w.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.columnCount(), 1);
        remote::SavedHosts::save({});
    }
};

QTEST_MAIN(HistoryWindowTest)
#include "historywindow_test.moc"
