// SPDX-License-Identifier: GPL-3.0-or-later
// What live sampling costs: the sampler reads every counter file and takes a port-filtered socket
// census every 100 ms for a while, and the process's own CPU time (getrusage) is divided by the
// wall time. Goal: under 1 % of one core on an idle machine.
//
// Usage: tcplab-bench-sampling [--seconds S] [--interval MS] [--port P]
#include "series/sampler.h"
#include "series/timeseriesstore.h"
#include "sockets/socketcensus.h"
#include "sources/localcountersource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace
{
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to sample."), QStringLiteral("s"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("interval"), QStringLiteral("Sampling interval."), QStringLiteral("ms"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Census of this port."), QStringLiteral("port"), QStringLiteral("22")});
    parser.addHelpOption();
    parser.process(app);
    const int seconds = qMax(1, parser.value(QStringLiteral("seconds")).toInt());
    const int interval = parser.value(QStringLiteral("interval")).toInt();
    const auto port = quint16(parser.value(QStringLiteral("port")).toUInt());

    tcplab::LocalCounterSource source;
    tcplab::Sampler sampler(&source);
    sampler.setIntervalMs(interval);
    tcplab::TimeSeriesStore store;
    store.setRetention(qint64(seconds) * 1000, interval);
    QObject::connect(&sampler, &tcplab::Sampler::ratesComputed, &store, &tcplab::TimeSeriesStore::append);
    tcplab::sockets::SocketCensus census;
    tcplab::sockets::Census result;
    tcplab::sockets::CensusOptions options;
    options.port = port;
    qint64 samples = 0;
    QObject::connect(&sampler, &tcplab::Sampler::snapshotTaken, &app, [&](const tcplab::CounterSnapshot &) {
        census.takeInto(options, &result);
        ++samples;
    });

    // Warm up one sample (opens files and the netlink socket), then measure.
    sampler.sampleNow();
    const double cpuStart = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    sampler.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    sampler.stop();
    const double cpu = cpuSeconds() - cpuStart;
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    const double share = 100.0 * cpu / elapsed;
    std::printf(
        "sampling every %d ms for %.1f s: %lld samples, %d series, CPU %.3f s = %.2f %% of one core "
        "(%.0f us per sample)\n",
        interval,
        elapsed,
        static_cast<long long>(samples),
        int(store.names().size()),
        cpu,
        share,
        samples ? 1e6 * cpu / double(samples) : 0.0);
    std::printf("goal: under 1 %% of one core: %s\n", share < 1.0 ? "met" : "missed");
    return share < 1.0 ? 0 : 1;
}
