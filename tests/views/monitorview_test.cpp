// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/widgettest.h"
#include "i18n/localization.h"
#include "monitor/chartexporter.h"
#include "monitor/exportdialog.h"
#include "monitor/monitorchart.h"
#include "monitor/monitorview.h"
#include "series/monitorsession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include <cmath>

using namespace tcplab;

namespace
{

// Every series name a chart of the monitor view draws from, with the sum over interfaces and CPUs.
QStringList drawnNames()
{
    return {QStringLiteral("if.*.rx_packets"),
            QStringLiteral("if.*.tx_packets"),
            QStringLiteral("if.*.rx_bytes"),
            QStringLiteral("if.*.tx_bytes"),
            QStringLiteral("cpu.user"),
            QStringLiteral("cpu.system"),
            QStringLiteral("cpu.iowait"),
            QStringLiteral("cpu.softirq"),
            QStringLiteral("TcpExt.ListenOverflows"),
            QStringLiteral("TcpExt.ListenDrops"),
            QStringLiteral("Tcp.ActiveOpens"),
            QStringLiteral("Tcp.PassiveOpens"),
            QStringLiteral("Tcp.RetransSegs")};
}

RateSample syntheticSample(qint64 wallMs, int k)
{
    RateSample sample;
    sample.wallMs = wallMs;
    sample.seconds = 1;
    const QStringList names = drawnNames();
    for (int i = 0; i < names.size(); ++i)
        sample.values.insert(names.at(i), 10.0 * (i + 1) + k % 7);
    return sample;
}

// The store's value at exactly `timeMs`, NaN when there is none.
double storeValue(const TimeSeries *series, qint64 timeMs)
{
    const qsizetype i = series->lowerBound(timeMs);
    if (i >= series->size() || series->timeAt(i) != timeMs)
        return std::nan("");
    return series->valueAt(i);
}

int pageCount(const QByteArray &pdf)
{
    int pages = 0;
    const QByteArray needle("/Type /Page");
    for (qsizetype at = pdf.indexOf(needle); at >= 0; at = pdf.indexOf(needle, at + 1)) {
        if (pdf.mid(at + needle.size(), 1) != "s")
            ++pages;
    }
    return pages;
}

// Loopback traffic and short connections while samples are taken, so that every chart of a
// screenshot has something to show.
class LoopbackTraffic
{
public:
    LoopbackTraffic()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_bulk.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_bulk.state() == QAbstractSocket::ConnectedState && m_bulk.bytesToWrite() < (1 << 20))
                m_bulk.write(QByteArray(128 * 1024, 'x'));
            auto *shortLived = new QTcpSocket(&m_timer);
            QObject::connect(shortLived, &QTcpSocket::connected, shortLived, &QTcpSocket::disconnectFromHost);
            QObject::connect(shortLived, &QTcpSocket::disconnected, shortLived, &QObject::deleteLater);
            shortLived->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        });
        m_timer.start();
    }

private:
    QTcpServer m_server;
    QTcpSocket m_bulk;
    QTimer m_timer;
};

} // namespace

class MonitorViewTest : public QObject
{
    Q_OBJECT
private:
    Localization *m_localization = nullptr;

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        // A language change queues relayouts; let them run so the picture is what a user sees.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // Starts a real session at 100 ms and waits for `samples` samples.
    static void runSession(MonitorSession &session, int samples)
    {
        QSignalSpy sampled(&session, &MonitorSession::sampled);
        session.setIntervalMs(100);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= samples, 20000);
        QVERIFY(session.store().series(QStringLiteral("if.*.rx_packets")));
    }

    static void showView(MonitorView &view)
    {
        view.resize(1000, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private Q_SLOTS:
    void initTestCase()
    {
        tcplab::test::useFreshSettings("monitorview-test");
        m_localization = new Localization(this);
        m_localization->apply(QStringLiteral("en"));
    }

    void cleanup()
    {
        m_localization->setPreference(QStringLiteral("en"));
    }

    // A real session: every chart draws every one of its series, with the store's values.
    void chartsShowTheStoresValues()
    {
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        QCOMPARE(view.chartCount(), 4);
        runSession(session, 6);
        session.setPaused(true);
        view.redrawNow();
        QVERIFY(view.isFollowing());
        QCOMPARE(view.toMs(), session.store().lastTimeMs());

        for (int c = 0; c < view.chartCount(); ++c) {
            MonitorChart *chart = view.chart(c);
            QVERIFY(!view.chartTitle(c).isEmpty());
            QVERIFY(!chart->valueTitle().isEmpty());
            for (int s = 0; s < chart->seriesCount(); ++s) {
                const QString name = chart->seriesStoreName(s);
                const TimeSeries *series = session.store().series(name);
                QVERIFY2(series, qPrintable(name));
                const auto segments = chart->drawnSegments(s);
                QVERIFY2(!segments.isEmpty(), qPrintable(name));
                int drawn = 0;
                for (const auto &segment : segments) {
                    for (const QPointF &p : segment) {
                        const double expected = storeValue(series, qint64(p.x())) * chart->seriesFactor(s);
                        QVERIFY2(qFuzzyCompare(1.0 + p.y(), 1.0 + expected),
                                 qPrintable(name + QLatin1String(": ") + QString::number(p.y()) + QLatin1String(" vs ") + QString::number(expected)));
                        ++drawn;
                    }
                }
                // Few samples: decimation hands them all over.
                QCOMPARE(drawn, int(series->size()));
            }
        }
        // The combo boxes offer what the store has seen.
        auto *interfaces = view.findChild<QComboBox *>(QStringLiteral("monitorInterfaces"));
        QVERIFY(interfaces);
        QVERIFY(interfaces->count() >= 2);
        const QString first = interfaces->itemData(1).toString();
        view.setInterfaceName(first);
        view.redrawNow();
        QCOMPARE(view.chart(MonitorView::PacketsChart)->seriesStoreName(0), QLatin1String("if.") + first + QLatin1String(".rx_packets"));
        QVERIFY(!view.chart(MonitorView::PacketsChart)->drawnSegments(0).isEmpty());
        view.setCpu(0);
        view.redrawNow();
        QCOMPARE(view.chart(MonitorView::CpuChart)->seriesStoreName(1), QStringLiteral("cpu0.system"));
        QVERIFY(!view.chart(MonitorView::CpuChart)->drawnSegments(1).isEmpty());
    }

    // A sample without a series leaves a gap in the store, and the chart a break in the line:
    // two pieces, nothing drawn at the gap, never a drop to zero.
    void gapShowsAsBreak()
    {
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        TimeSeriesStore &store = session.store();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 20000;
        const QString rx = QStringLiteral("if.*.rx_packets");
        const int redrawsBefore = view.redrawCount();
        for (int k = 0; k < 10; ++k) {
            RateSample sample = syntheticSample(t0 + k * 1000, k);
            if (k == 5)
                sample.values.remove(rx);
            store.append(sample);
        }
        // Ten samples at once are one redraw.
        QTRY_VERIFY(view.redrawCount() > redrawsBefore);
        QCOMPARE(view.redrawCount(), redrawsBefore + 1);

        MonitorChart *packets = view.chart(MonitorView::PacketsChart);
        const auto in = packets->drawnSegments(0);
        QCOMPARE(in.size(), 2);
        QCOMPARE(in.at(0).size(), 5);
        QCOMPARE(in.at(1).size(), 4);
        QCOMPARE(qint64(in.at(0).last().x()), t0 + 4000);
        QCOMPARE(qint64(in.at(1).first().x()), t0 + 6000);
        for (const auto &segment : in) {
            for (const QPointF &p : segment)
                QVERIFY(p.y() >= 10.0);
        }
        const auto out = packets->drawnSegments(1);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).size(), 10);
        // The second piece has no legend entry of its own.
        QCOMPARE(packets->chart()->legend()->markers(packets->lineSeries(0).at(1)).first()->isVisible(), false);

        // The CSV leaves the cell empty.
        const QStringList lines = view.chartCsv(MonitorView::PacketsChart).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QVERIFY2(lines.at(6).split(QLatin1Char(',')).at(1).isEmpty(), qPrintable(lines.at(6)));

        // The gap fills no more once the series is back, and a lone sample between gaps is a dot.
        store.append(syntheticSample(t0 + 10000, 10));
        RateSample missing = syntheticSample(t0 + 11000, 11);
        missing.values.remove(rx);
        store.append(missing);
        store.append(syntheticSample(t0 + 12000, 12));
        view.redrawNow();
        const auto pieces = packets->drawnSegments(0);
        QCOMPARE(pieces.size(), 3);
        QCOMPARE(pieces.at(1).size(), 5);
        QCOMPARE(pieces.at(2).size(), 1);
        QVERIFY(packets->lineSeries(0).at(2)->pointsVisible());
    }

    // Following shows the newest span; zooming or panning freezes the range until Home.
    void followAndFrozenRange()
    {
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        QSignalSpy following(&view, &MonitorView::followingChanged);
        TimeSeriesStore &store = session.store();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 600000;
        for (int k = 0; k < 300; ++k)
            store.append(syntheticSample(t0 + k * 1000, k));
        view.setSpanMs(60000);
        view.redrawNow();
        QVERIFY(view.isFollowing());
        QCOMPARE(view.toMs(), t0 + 299000);
        QCOMPARE(view.fromMs(), t0 + 239000);
        for (int c = 0; c < view.chartCount(); ++c)
            QCOMPARE(view.chart(c)->timeAxis()->max().toMSecsSinceEpoch(), t0 + 299000);

        // The span is clamped to [1 min, 24 h].
        view.setSpanMs(1000);
        QCOMPARE(view.spanMs(), MonitorView::kMinimumSpanMs);

        // Wheel up over the packets chart: zoom in around the pointer, on every chart.
        MonitorChart *packets = view.chart(MonitorView::PacketsChart);
        const QRectF plot = packets->chart()->plotArea();
        const QPointF centre = packets->mapFromScene(plot.center());
        QWheelEvent wheel(centre, packets->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(packets->viewport(), &wheel);
        QVERIFY(!view.isFollowing());
        QCOMPARE(following.size(), 1);
        const qint64 zoomedFrom = view.fromMs();
        const qint64 zoomedTo = view.toMs();
        QVERIFY(zoomedTo - zoomedFrom < 60000);
        QVERIFY(zoomedTo - zoomedFrom > 40000);
        QTRY_COMPARE(view.chart(MonitorView::TcpChart)->timeAxis()->min().toMSecsSinceEpoch(), zoomedFrom);

        // New samples do not move a frozen range.
        for (int k = 300; k < 310; ++k)
            store.append(syntheticSample(t0 + k * 1000, k));
        view.redrawNow();
        QCOMPARE(view.fromMs(), zoomedFrom);
        QCOMPARE(view.toMs(), zoomedTo);

        // Arrow keys pan by a tenth of the range.
        packets->setFocus();
        QTest::keyClick(packets, Qt::Key_Left);
        QCOMPARE(view.fromMs(), zoomedFrom - (zoomedTo - zoomedFrom) / 10);

        // A rubber band over the middle half of the plot zooms to it.
        view.redrawNow();
        const qint64 bandFrom = view.fromMs();
        const qint64 bandWidth = view.toMs() - view.fromMs();
        const QRectF area = packets->chart()->plotArea();
        const QPoint start = packets->mapFromScene(QPointF(area.left() + area.width() / 4, area.center().y()));
        const QPoint end = packets->mapFromScene(QPointF(area.left() + area.width() * 3 / 4, area.center().y()));
        QTest::mousePress(packets->viewport(), Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(packets->viewport(), end);
        QTest::mouseRelease(packets->viewport(), Qt::LeftButton, Qt::NoModifier, end);
        QVERIFY(qAbs(view.fromMs() - (bandFrom + bandWidth / 4)) < bandWidth / 50);
        QVERIFY(qAbs(view.toMs() - view.fromMs() - bandWidth / 2) < bandWidth / 25);

        // Home follows again, at the newest sample.
        QTest::keyClick(packets, Qt::Key_Home);
        QVERIFY(view.isFollowing());
        view.redrawNow();
        QCOMPARE(view.toMs(), t0 + 309000);
        QCOMPARE(view.chart(MonitorView::CpuChart)->timeAxis()->max().toMSecsSinceEpoch(), t0 + 309000);
    }

    // The hover read-out names the time and every series' nearest value.
    void hoverReadout()
    {
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 30000;
        for (int k = 0; k < 10; ++k)
            session.store().append(syntheticSample(t0 + k * 1000, k));
        view.redrawNow();
        const QStringList lines = view.chart(MonitorView::TcpChart)->readout(t0 + 3400);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0 + 3000), QStringLiteral("HH:mm:ss")));
        QCOMPARE(lines.at(1), QStringLiteral("ListenOverflows: 93.0"));
        // Moving over one chart shows the time on every chart.
        MonitorChart *cpu = view.chart(MonitorView::CpuChart);
        QTest::mouseMove(cpu->viewport(), cpu->mapFromScene(cpu->chart()->plotArea().center()));
        QTRY_VERIFY(view.chart(MonitorView::PacketsChart)->hoverTime() > 0);
        QCOMPARE(view.currentChart(), int(MonitorView::CpuChart));
    }

    void exportsEveryFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        runSession(session, 4);
        session.setPaused(true);
        const TimeSeriesStore &store = session.store();

        for (int c = 0; c < view.chartCount(); ++c) {
            const QString stem = dir.filePath(QStringLiteral("chart%1").arg(c));
            QString error;

            // PNG: the asked size in pixels, the DPI in the file, something drawn.
            QVERIFY2(view.exportChart(c, ExportFormat::Png, stem + QLatin1String(".png"), QSize(900, 500), 144, &error), qPrintable(error));
            const QImage png(stem + QLatin1String(".png"));
            QCOMPARE(png.size(), QSize(900, 500));
            QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 144);
            QSet<QRgb> colours;
            for (int y = 0; y < png.height(); y += 7) {
                for (int x = 0; x < png.width(); x += 7)
                    colours.insert(png.pixel(x, y));
            }
            QVERIFY(colours.size() > 8);

            // SVG: well-formed XML that Qt SVG renders, with the title as text.
            QVERIFY2(view.exportChart(c, ExportFormat::Svg, stem + QLatin1String(".svg"), QSize(900, 500), 96, &error), qPrintable(error));
            QFile svgFile(stem + QLatin1String(".svg"));
            QVERIFY(svgFile.open(QIODevice::ReadOnly));
            const QByteArray svg = svgFile.readAll();
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(QSvgRenderer(svg).isValid());
            QVERIFY(svg.contains(view.chartTitle(c).toUtf8()));

            // PDF: one page.
            QVERIFY2(view.exportChart(c, ExportFormat::Pdf, stem + QLatin1String(".pdf"), QSize(1200, 700), 150, &error), qPrintable(error));
            QFile pdfFile(stem + QLatin1String(".pdf"));
            QVERIFY(pdfFile.open(QIODevice::ReadOnly));
            const QByteArray pdf = pdfFile.readAll();
            QVERIFY(pdf.startsWith("%PDF"));
            QCOMPARE(pageCount(pdf), 1);

            // CSV: every sample of the range, in the chart's units, the same numbers as the store.
            QVERIFY2(view.exportChart(c, ExportFormat::Csv, stem + QLatin1String(".csv"), QSize(), 96, &error), qPrintable(error));
            QFile csvFile(stem + QLatin1String(".csv"));
            QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
            const QString csv = QString::fromUtf8(csvFile.readAll());
            QCOMPARE(csv, view.chartCsv(c));
            const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            MonitorChart *chart = view.chart(c);
            const QStringList header = lines.first().split(QLatin1Char(','));
            QCOMPARE(header.size(), chart->seriesCount() + 1);
            QVERIFY(header.at(1).startsWith(chart->seriesLabel(0)));
            const TimeSeries *first = store.series(chart->seriesStoreName(0));
            QVERIFY(first);
            QCOMPARE(lines.size() - 1, int(first->size()));
            for (int row = 1; row < lines.size(); ++row) {
                const QStringList cells = lines.at(row).split(QLatin1Char(','));
                QCOMPARE(cells.size(), chart->seriesCount() + 1);
                const QDateTime when = QDateTime::fromString(cells.at(0), Qt::ISODateWithMs);
                QVERIFY2(when.isValid(), qPrintable(cells.at(0)));
                const qint64 t = when.toMSecsSinceEpoch();
                for (int s = 0; s < chart->seriesCount(); ++s) {
                    const double expected = storeValue(store.series(chart->seriesStoreName(s)), t) * chart->seriesFactor(s);
                    if (std::isnan(expected)) {
                        QVERIFY(cells.at(s + 1).isEmpty());
                        continue;
                    }
                    bool ok = false;
                    QCOMPARE(cells.at(s + 1).toDouble(&ok), expected);
                    QVERIFY(ok);
                }
            }
        }

        // Copy puts the same CSV on the clipboard.
        view.copyChartData(MonitorView::ThroughputChart);
        QCOMPARE(QGuiApplication::clipboard()->text(), view.chartCsv(MonitorView::ThroughputChart));

        // An unwritable path is an error with a message, not a crash.
        QString error;
        QVERIFY(!view.exportChart(0, ExportFormat::Png, QStringLiteral("/nonexistent/dir/x.png"), QSize(400, 300), 96, &error));
        QVERIFY(!error.isEmpty());
    }

    // Ctrl+Shift+E opens the dialog for the focused chart; the dialog remembers its folder.
    void exportShortcutAndDialog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 30000;
        for (int k = 0; k < 10; ++k)
            session.store().append(syntheticSample(t0 + k * 1000, k));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.chart(MonitorView::ThroughputChart)->setFocus();

        const QString path = dir.filePath(QStringLiteral("throughput.csv"));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            dialog->setFormat(ExportFormat::Csv);
            QVERIFY(dialog->path().endsWith(QLatin1String(".csv")));
            dialog->setPath(path);
            dialog->accept();
        });
        QTest::keyClick(view.chart(MonitorView::ThroughputChart), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dialogSeen);
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().contains("Mbit/s"));

        ExportDialog again(QStringLiteral("Throughput"), QStringLiteral("tcplab-throughput"));
        QCOMPARE(again.format(), ExportFormat::Csv);
        QCOMPARE(QFileInfo(again.path()).absolutePath(), QFileInfo(path).absolutePath());
        again.setFormat(ExportFormat::Pdf);
        QCOMPARE(QFileInfo(again.path()).fileName(), QStringLiteral("tcplab-throughput.pdf"));
    }

    // A dark palette gives the charts a dark theme and light lines.
    void followsThePalette()
    {
        MonitorSession session;
        MonitorView view(&session);
        showView(view);
        MonitorChart *chart = view.chart(MonitorView::PacketsChart);
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(dark);
        QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(chart->lineSeries(0).first()->pen().color().lightnessF() > 0.5);
        QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        runSession(session, 4);
        view.redrawNow();
        saveScreenshot(&view, QStringLiteral("monitor_dark.png"));
    }

    // English and Japanese screenshots after a few real samples, and an exported chart in
    // Japanese.
    void screenshots()
    {
        MonitorSession session;
        MonitorView view(&session);
        view.setSpanMs(60000);
        showView(view);
        LoopbackTraffic traffic;
        runSession(session, 25);
        view.setInterfaceName(QStringLiteral("lo"));
        QCOMPARE(view.interfaceName(), QStringLiteral("lo"));
        view.redrawNow();
        saveScreenshot(&view, QStringLiteral("monitor_en.png"));
        // The hover read-out, as the pointer over the middle of a chart shows it.
        for (int c = 0; c < view.chartCount(); ++c)
            view.chart(c)->setHoverTime((view.fromMs() + view.toMs()) / 2);
        saveScreenshot(&view, QStringLiteral("monitor_hover_en.png"));
        for (int c = 0; c < view.chartCount(); ++c)
            view.chart(c)->setHoverTime(-1);

        QVERIFY(m_localization->setPreference(QStringLiteral("ja")));
        QTRY_COMPARE(view.chartTitle(MonitorView::PacketsChart), QStringLiteral("秒あたりのパケット数"));
        view.redrawNow();
        saveScreenshot(&view, QStringLiteral("monitor_ja.png"));
        QString error;
        QVERIFY2(view.exportChart(MonitorView::CpuChart,
                                  ExportFormat::Png,
                                  QStringLiteral(TCPLAB_SCREENSHOT_DIR "/monitor_export_ja.png"),
                                  QSize(1200, 600),
                                  144,
                                  &error),
                 qPrintable(error));
        QVERIFY(
            view.exportChart(MonitorView::CpuChart, ExportFormat::Pdf, QStringLiteral(TCPLAB_SCREENSHOT_DIR "/monitor_export_ja.pdf"), QSize(1200, 600), 144));
        QVERIFY(
            view.exportChart(MonitorView::CpuChart, ExportFormat::Svg, QStringLiteral(TCPLAB_SCREENSHOT_DIR "/monitor_export_ja.svg"), QSize(1200, 600), 144));
    }
};

QTEST_MAIN(MonitorViewTest)
#include "monitorview_test.moc"
