// SPDX-License-Identifier: GPL-3.0-or-later
// Redraw cost of a monitor chart after a zoom: three series of a million points each, drawn
// through TimeSeries::decimate() (decimate, replace, render the chart view into an image) against
// handing Qt Charts the raw million points per series, in the same run. The decimated redraw has
// to fit in a frame: 16 ms.
#include "monitor/monitorchart.h"
#include "series/timeseriesstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace tcplab;

namespace
{

struct Stats {
    double min = 0;
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    if (ms.isEmpty())
        return s;
    s.min = ms.first();
    s.max = ms.last();
    const qsizetype n = ms.size();
    s.median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    return s;
}

void renderInto(MonitorChart &chart, QImage &image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(&painter);
}

// A million samples at 100 ms: a little more than a day.
constexpr int kIntervalMs = 100;
constexpr qint64 kStartMs = 1700000000000;

// Three series of random walks, `points` samples each; the time of the last sample.
qint64 fillStore(TimeSeriesStore &store, const QStringList &names, int points)
{
    store.setRetention(qint64(points) * kIntervalMs, kIntervalMs);
    QRandomGenerator random(42);
    double walk[3] = {500, 1500, 3000};
    for (int i = 0; i < points; ++i) {
        RateSample sample;
        sample.wallMs = kStartMs + qint64(i) * kIntervalMs;
        for (int s = 0; s < 3; ++s) {
            walk[s] = qMax(0.0, walk[s] + (random.generateDouble() - 0.5) * 50);
            sample.values.insert(names.at(s), walk[s]);
        }
        store.append(sample);
    }
    return kStartMs + qint64(points - 1) * kIntervalMs;
}

struct ChartBench {
    TimeSeriesStore &store;
    const QStringList &names;
    MonitorChart &chart;
    QImage &image;
    qint64 t0;
    qint64 t1;

    // Zooms to a different range each time: a quarter to three quarters of the data.
    std::pair<qint64, qint64> zoomRange(int run) const
    {
        const double widthFraction = 0.25 + 0.5 * double(run % 5) / 4.0;
        const qint64 width = qint64(double(t1 - t0) * widthFraction);
        const qint64 from = t0 + qint64(double(t1 - t0 - width) * double((run * 7) % 10) / 9.0);
        return std::make_pair(from, from + width);
    }

    QList<double> decimated(int runs, qsizetype *drawnPoints)
    {
        QList<double> ms;
        for (int run = 0; run < runs; ++run) {
            const auto [from, to] = zoomRange(run);
            QElapsedTimer timer;
            timer.start();
            chart.setTimeRange(from, to);
            chart.refresh();
            renderInto(chart, image);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            *drawnPoints = 0;
            for (int s = 0; s < 3; ++s) {
                for (const auto &segment : chart.drawnSegments(s))
                    *drawnPoints += segment.size();
            }
        }
        return ms;
    }

    // Where the decimated redraw's time goes: the decimation alone, and a render with nothing new.
    void breakdown(int runs, QList<double> *decimateOnlyMs, QList<double> *renderOnlyMs)
    {
        for (int run = 0; run < runs; ++run) {
            const auto [from, to] = zoomRange(run);
            QElapsedTimer timer;
            timer.start();
            for (int s = 0; s < 3; ++s)
                (void)store.series(names.at(s))->decimate(from, to, int(chart.chart()->plotArea().width()));
            decimateOnlyMs->append(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            renderInto(chart, image);
            renderOnlyMs->append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    // The same chart given every point: what decimation saves.
    QList<double> raw(int runs)
    {
        QList<QList<QPointF>> points(3);
        for (int s = 0; s < 3; ++s) {
            const TimeSeries *series = store.series(names.at(s));
            points[s].reserve(series->size());
            for (qsizetype i = 0; i < series->size(); ++i)
                points[s].append(QPointF(double(series->timeAt(i)), series->valueAt(i)));
        }
        QList<double> ms;
        for (int run = 0; run < runs; ++run) {
            const auto [from, to] = zoomRange(run);
            QElapsedTimer timer;
            timer.start();
            chart.timeAxis()->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
            for (int s = 0; s < 3; ++s)
                chart.lineSeries(s).first()->replace(points.at(s));
            renderInto(chart, image);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        return ms;
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Monitor chart redraw after a zoom: decimated against raw points."));
    parser.addHelpOption();
    const QCommandLineOption pointsOption(QStringLiteral("points"), QStringLiteral("Points per series."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Decimated redraws timed."), QStringLiteral("n"), QStringLiteral("25"));
    const QCommandLineOption rawRunsOption(QStringLiteral("raw-runs"), QStringLiteral("Raw redraws timed."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption goalOption(QStringLiteral("goal-ms"),
                                        QStringLiteral("Fail when the decimated median is above this."),
                                        QStringLiteral("ms"),
                                        QStringLiteral("16"));
    parser.addOptions({pointsOption, runsOption, rawRunsOption, goalOption});
    parser.process(app);
    const int points = qMax(1000, parser.value(pointsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int rawRuns = qMax(0, parser.value(rawRunsOption).toInt());
    const double goalMs = parser.value(goalOption).toDouble();

    const QStringList names{QStringLiteral("bench.a"), QStringLiteral("bench.b"), QStringLiteral("bench.c")};
    TimeSeriesStore store;
    QElapsedTimer fillTimer;
    fillTimer.start();
    const qint64 t1 = fillStore(store, names, points);
    std::printf("filled 3 series of %d points in %lld ms\n", points, static_cast<long long>(fillTimer.elapsed()));

    MonitorChart chart(&store);
    for (int s = 0; s < 3; ++s)
        chart.addSeries(names.at(s), names.at(s), 1.0, s);
    chart.setTitle(QStringLiteral("Benchmark"));
    chart.setValueTitle(QStringLiteral("value"));
    chart.resize(1280, 400);
    chart.show();
    QCoreApplication::processEvents();
    chart.setTimeRange(kStartMs, t1);
    chart.refresh();
    QCoreApplication::processEvents();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    renderInto(chart, image);

    ChartBench bench{store, names, chart, image, kStartMs, t1};
    qsizetype drawnPoints = 0;
    const Stats d = stats(bench.decimated(runs, &drawnPoints));
    QList<double> decimateOnlyMs;
    QList<double> renderOnlyMs;
    bench.breakdown(runs, &decimateOnlyMs, &renderOnlyMs);
    const Stats dOnly = stats(decimateOnlyMs);
    const Stats rOnly = stats(renderOnlyMs);
    std::printf(
        "decimated redraw (decimate + replace + render %dx%d), %d runs, ~%lld points drawn:\n"
        "  min %.2f ms  median %.2f ms  max %.2f ms\n",
        chart.width(),
        chart.height(),
        runs,
        static_cast<long long>(drawnPoints),
        d.min,
        d.median,
        d.max);
    std::printf("  of which decimate alone: median %.2f ms; render alone: median %.2f ms\n", dOnly.median, rOnly.median);
    if (rawRuns > 0) {
        const Stats r = stats(bench.raw(rawRuns));
        std::printf(
            "raw redraw (replace 3 x %d points + render), %d runs:\n"
            "  min %.2f ms  median %.2f ms  max %.2f ms\n"
            "decimation is %.0fx faster (median)\n",
            points,
            rawRuns,
            r.min,
            r.median,
            r.max,
            r.median / qMax(1e-3, d.median));
    }
    const bool met = d.median <= goalMs;
    std::printf("goal: decimated median under %.0f ms: %s\n", goalMs, met ? "met" : "NOT met");
    return met ? 0 : 1;
}
