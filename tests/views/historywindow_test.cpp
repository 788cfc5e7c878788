// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus history window against a real Prometheus that this test starts on 127.0.0.1,
// scraping two real prometheus-node-exporter processes (also started here) every second: both
// instances are charted side by side on one time range, an unknown instance is answered with the
// instances Prometheus knows, and input that cannot be sent is refused before anything is read.
#include "../common/prometheus.h"
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

namespace
{

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
    tcplab::testing::PrometheusLab m_lab;

    QString instance(int i) const
    {
        return m_lab.instance(i);
    }
    QString server() const
    {
        return m_lab.server().toString();
    }

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

    int recordedScrapes(const QString &target)
    {
        return m_lab.recordedScrapes(target);
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("historywindow-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
        const QByteArray missing = tcplab::testing::PrometheusLab::whyUnavailable();
        if (!missing.isEmpty())
            QSKIP(missing.constData());
        QString error;
        QVERIFY2(m_lab.start(2, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(recordedScrapes(instance(0)) >= kScrapes && recordedScrapes(instance(1)) >= kScrapes,
                                  m_lab.prometheus.readAll().constData(),
                                  60000);
    }

    void cleanupTestCase()
    {
        m_lab.stop();
    }

    void cleanup()
    {
        if (m_localization)
            m_localization->setPreference(QStringLiteral("en"));
    }

    void parsesInstances()
    {
        QCOMPARE(HistoryWindow::parseInstances(QStringLiteral(" a:9100, b:9100  c:9100,,a:9100 ")),
                 (QStringList{QStringLiteral("a:9100"), QStringLiteral("b:9100"), QStringLiteral("c:9100")}));
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
        w.setInstances({instance(0), instance(1)});
        w.setSpanMs(kFifteenMinutes);
        QCOMPARE(w.spanMs(), kFifteenMinutes);
        QCOMPARE(w.instances(), (QStringList{instance(0), instance(1)}));

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
        w.setInstances({instance(1)});
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
        w.setInstances({QStringLiteral("127.0.0.1:1")});
        QSignalSpy loaded(&w, &HistoryWindow::loaded);
        QVERIFY(w.open());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.columnCount(), 0);
        const QString status = w.statusText();
        QVERIFY2(status.contains(QLatin1String("127.0.0.1:1")), qPrintable(status));
        QVERIFY2(status.contains(instance(0)) && status.contains(instance(1)), qPrintable(status));

        // One known, one unknown: the known one is charted, the other named with the reason.
        w.setInstances({instance(0), QStringLiteral("127.0.0.1:1")});
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
        w.setInstances({QStringLiteral("host:9100")});
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
        remote::SavedHosts::save(
            {QStringLiteral("node:http://127.0.0.1:9100/metrics"), QStringLiteral("prom:") + server(), QStringLiteral("prom:http://other:9090")});
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
