// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic lab panel runs put-then-get over a 100 Mbit link: each host's monitor draws the two
// phases with in and out swapping roles, the result table shows the runner's figures per phase and
// host, Stop ends a run, an invalid spec never starts, and no process outlives a run.
#include "../common/processes.h"
#include "../common/widgettest.h"
#include "i18n/localization.h"
#include "monitor/monitorchart.h"
#include "monitor/monitorview.h"
#include "series/monitorsession.h"
#include "traffic/trafficview.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <cmath>
#include <utility>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tcplab;

using tcplab::testing::descendants;

namespace
{

struct Means {
    double in = 0;
    double out = 0;
    int points = 0;
};

// The mean packet rates of a session's packets chart in [fromMs, toMs].
Means packetRates(MonitorView *view, const MonitorSession *session, qint64 fromMs, qint64 toMs)
{
    const MonitorChart *packets = view->chart(MonitorView::PacketsChart);
    const TimeSeries *in = session->store().series(packets->seriesStoreName(0));
    const TimeSeries *out = session->store().series(packets->seriesStoreName(1));
    Means m;
    if (!in || !out)
        return m;
    for (qsizetype i = 0; i < in->size(); ++i) {
        if (in->timeAt(i) < fromMs || in->timeAt(i) > toMs || std::isnan(in->valueAt(i)))
            continue;
        m.in += in->valueAt(i);
        ++m.points;
    }
    int outPoints = 0;
    for (qsizetype i = 0; i < out->size(); ++i) {
        if (out->timeAt(i) < fromMs || out->timeAt(i) > toMs || std::isnan(out->valueAt(i)))
            continue;
        m.out += out->valueAt(i);
        ++outPoints;
    }
    if (m.points > 0)
        m.in /= m.points;
    if (outPoints > 0)
        m.out /= outPoints;
    return m;
}

} // namespace

class TrafficViewTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        for (MonitorView *view : widget->findChildren<MonitorView *>())
            view->redrawNow();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static void prepare(TrafficView *view, const QString &pattern, double seconds)
    {
        view->setBinDirectory(QFileInfo(QStringLiteral(TCPLAB_EXECUTABLE)).absolutePath());
        lab::TrafficSpec spec;
        spec.pattern = pattern;
        spec.rate = QStringLiteral("100mbit");
        spec.durationS = seconds;
        view->setSpec(spec);
    }

    // A run that failed because this machine cannot make network namespaces skips the test.
    static void skipWithoutNamespaces(const QSignalSpy &failed)
    {
        if (!failed.isEmpty()) {
            const QString message = failed.first().first().toString();
            if (message.contains(QLatin1String("namespace")))
                QSKIP(qPrintable(message));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
        tcplab::test::useFreshSettings("trafficview-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
    }

    // Nothing of a run outlives it.
    void cleanup()
    {
        QDeadlineTimer deadline(10000);
        while (!descendants().isEmpty() && !deadline.hasExpired()) {
            while (::waitpid(-1, nullptr, WNOHANG) > 0) { }
            QTest::qWait(50);
        }
        QCOMPARE(descendants(), QList<qint64>());
    }

    void invalidSpecDoesNotStart()
    {
        TrafficView view;
        prepare(&view, QStringLiteral("congested"), 3);
        auto *runButton = view.findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *problems = view.findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(runButton->isEnabled());
        lab::TrafficSpec spec = view.spec();
        spec.rate = QStringLiteral("unlimited");
        view.setSpec(spec);
        QVERIFY(!runButton->isEnabled());
        QVERIFY(!problems->isHidden());
        QVERIFY2(problems->text().contains(QLatin1String("rate-limited")), qPrintable(problems->text()));

        QSignalSpy failed(&view, &TrafficView::runFailed);
        QSignalSpy started(&view, &TrafficView::runStarted);
        view.run();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(started.size(), 0);
        QVERIFY(!view.isRunning());
        QVERIFY(descendants().isEmpty());

        // Size and connections matter to rr and churn only.
        QVERIFY(!view.findChild<QSpinBox *>(QStringLiteral("concurrency"))->isEnabled());
        spec.pattern = QStringLiteral("rr");
        view.setSpec(spec);
        QVERIFY(view.findChild<QSpinBox *>(QStringLiteral("concurrency"))->isEnabled());
        QVERIFY(view.findChild<QSpinBox *>(QStringLiteral("size"))->isEnabled());
    }

    void putThenGetShowsThePhases()
    {
        TrafficView view;
        prepare(&view, QStringLiteral("put-then-get"), 3);
        view.resize(1500, 950);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));

        // The times the phases started and the hosts closed, to split the charts' history by phase.
        QList<qint64> phaseStarts;
        qint64 closedMs = 0;
        connect(view.runner(), &lab::TrafficRunner::phaseStarted, this, [&phaseStarts] {
            phaseStarts << QDateTime::currentMSecsSinceEpoch();
        });
        connect(view.runner(), &lab::TrafficRunner::hostsClosing, this, [&closedMs] {
            closedMs = QDateTime::currentMSecsSinceEpoch();
        });
        QSignalSpy finished(&view, &TrafficView::runFinished);
        QSignalSpy failed(&view, &TrafficView::runFailed);

        // Ctrl+R in the panel runs it.
        auto *mtu = view.findChild<QSpinBox *>(QStringLiteral("mtu"));
        mtu->setFocus();
        QTRY_VERIFY(mtu->hasFocus());
        QTest::keyClick(mtu, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(view.isRunning() || !finished.isEmpty() || !failed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 90000);
        skipWithoutNamespaces(failed);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(view.result());
        const lab::TrafficResult &result = *view.result();
        QCOMPARE(result.phases.size(), 2);
        QCOMPARE(phaseStarts.size(), 2);
        QVERIFY(closedMs > 0);

        // One column per phase and host; the figures are the runner's.
        QTableWidget *table = view.resultTable();
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->rowCount(), int(TrafficView::RowCount));
        const double putIn = *result.phases[0].server.figures.total.inPacketsPerSecond;
        const double shown = table->item(TrafficView::PacketsIn, 0)->text().toDouble();
        QVERIFY2(qAbs(shown - putIn) <= 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(putIn)));
        QVERIFY2(putIn > 4000, qPrintable(QString::number(putIn)));
        QCOMPARE(table->item(TrafficView::ThroughputInVerdict, 0)->text(), checklist::verdictName(result.phases[0].server.inThroughput));
        QVERIFY(table->horizontalHeaderItem(0)->text().contains(QLatin1String("server")));
        QVERIFY(table->horizontalHeaderItem(3)->text().contains(QLatin1String("get")));
        QVERIFY(!view.findChild<QTextBrowser *>(QStringLiteral("explanation"))->toPlainText().isEmpty());

        // Sampling stopped with the run, and what was drawn stays.
        QVERIFY(!view.serverSession()->isRunning());
        QVERIFY(!view.clientSession()->isRunning());
        const TimeSeries *serverIn = view.serverSession()->store().series(view.serverMonitor()->chart(MonitorView::PacketsChart)->seriesStoreName(0));
        QVERIFY(serverIn);
        const qsizetype points = serverIn->size();
        QVERIFY2(points >= 8, qPrintable(QString::number(points)));
        QTest::qWait(600);
        QCOMPARE(serverIn->size(), points);
        for (MonitorView *monitor : {view.serverMonitor(), view.clientMonitor()}) {
            monitor->redrawNow();
            for (int c = 0; c < monitor->chartCount(); ++c) {
                bool drawn = false;
                for (int s = 0; s < monitor->chart(c)->seriesCount(); ++s) {
                    for (const auto &segment : monitor->chart(c)->drawnSegments(s))
                        drawn = drawn || segment.size() >= 2;
                }
                QVERIFY2(drawn, qPrintable(monitor->objectName() + QLatin1Char(' ') + monitor->chartTitle(c)));
            }
        }
        QVERIFY(view.serverMonitor()->chart(MonitorView::PacketsChart)->drawnSegments(0).value(0).size() >= 8);

        // The phases swap in and out: the server host receives in the put and sends in the get;
        // the client host is its mirror. Half a second is left out at each edge.
        const Means serverPut = packetRates(view.serverMonitor(), view.serverSession(), phaseStarts[0] + 750, phaseStarts[1] - 500);
        const Means serverGet = packetRates(view.serverMonitor(), view.serverSession(), phaseStarts[1] + 750, closedMs - 500);
        const Means clientPut = packetRates(view.clientMonitor(), view.clientSession(), phaseStarts[0] + 750, phaseStarts[1] - 500);
        const Means clientGet = packetRates(view.clientMonitor(), view.clientSession(), phaseStarts[1] + 750, closedMs - 500);
        const auto describe = [](const char *what, const Means &m) {
            return QStringLiteral("%1: in %2 out %3 over %4 points").arg(QLatin1String(what)).arg(m.in).arg(m.out).arg(m.points);
        };
        for (const auto &[what, m] :
             {std::pair{"server put", serverPut}, std::pair{"server get", serverGet}, std::pair{"client put", clientPut}, std::pair{"client get", clientGet}})
            QVERIFY2(m.points >= 3, qPrintable(describe(what, m)));
        // Data at 100 Mbit are over 8,000 frames/s; the ACKs the other way are at most about half.
        const auto swapped = [](const Means &high, const Means &low, bool inFirst) {
            const double data = inFirst ? high.in : high.out;
            return data > 4000 && data > 1.5 * (inFirst ? high.out : high.in) && data > 1.5 * (inFirst ? low.in : low.out);
        };
        QVERIFY2(swapped(serverPut, serverGet, true), qPrintable(describe("server put", serverPut) + describe(" get", serverGet)));
        QVERIFY2(swapped(serverGet, serverPut, false), qPrintable(describe("server get", serverGet) + describe(" put", serverPut)));
        QVERIFY2(swapped(clientPut, clientGet, false), qPrintable(describe("client put", clientPut) + describe(" get", clientGet)));
        QVERIFY2(swapped(clientGet, clientPut, true), qPrintable(describe("client get", clientGet) + describe(" put", clientPut)));
        qInfo("%s", qPrintable(describe("server put", serverPut)));
        qInfo("%s", qPrintable(describe("server get", serverGet)));

        saveScreenshot(&view, QStringLiteral("traffic_en.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        const QString packetsTitle = QStringLiteral("Packets per second");
        QTRY_VERIFY(view.serverMonitor()->chartTitle(MonitorView::PacketsChart) != packetsTitle);
        QCOMPARE(table->rowCount(), int(TrafficView::RowCount));
        QCOMPARE(table->columnCount(), 4);
        saveScreenshot(&view, QStringLiteral("traffic_ja.png"));
        QVERIFY(m_localization->setPreference(QStringLiteral("en")));
        QTRY_COMPARE(view.serverMonitor()->chartTitle(MonitorView::PacketsChart), packetsTitle);
    }

    void stopEndsTheRun()
    {
        TrafficView view;
        prepare(&view, QStringLiteral("put"), 60);
        view.resize(1200, 800);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QSignalSpy ready(view.runner(), &lab::TrafficRunner::hostsReady);
        QSignalSpy failed(&view, &TrafficView::runFailed);
        QSignalSpy finished(&view, &TrafficView::runFinished);
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
        skipWithoutNamespaces(failed);
        QVERIFY(failed.isEmpty());
        QVERIFY(view.isRunning());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("stopButton"))->isEnabled());
        QVERIFY(view.serverSession()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(view.serverSession()->store().names().size() > 0, 5000);

        // Esc in the panel stops it.
        auto *stopButton = view.findChild<QPushButton *>(QStringLiteral("stopButton"));
        stopButton->setFocus();
        QTRY_VERIFY(stopButton->hasFocus());
        QTest::keyClick(stopButton, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRunning(), 20000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 0);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("stopButton"))->isEnabled());
        QVERIFY(!view.serverSession()->isRunning());
        QVERIFY(!view.clientSession()->isRunning());
        QVERIFY(!view.result());
        QCOMPARE(view.resultTable()->columnCount(), 0);
    }
};

QTEST_MAIN(TrafficViewTest)
#include "trafficview_test.moc"
