// SPDX-License-Identifier: GPL-3.0-or-later
// A notebook with 100 runs and 24 hours of 1-second samples for 200 series: how long it takes to
// open and how large the file is. Goals: open under one second, file under 100 MB.
#include "lab/experimentresult.h"
#include "notebook/notebook.h"
#include "notebook/recordingwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace tcplab;
using namespace tcplab::notebook;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 100;
    const int series = 200;
    const int seconds = 24 * 3600;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.tcplab"));
    QElapsedTimer timer;
    timer.start();
    {
        Notebook nb;
        if (!nb.create(file))
            return 1;
        for (int i = 0; i < runs; ++i) {
            lab::ExperimentResult r;
            r.spec.backlog = i + 1;
            for (int t = 0; t < 50; ++t) {
                lab::TimelineSample s;
                s.elapsedMs = t * 100;
                s.listenQueue = qMin(t, i + 1);
                s.counters[QStringLiteral("TcpExt.ListenOverflows")] = t * 3;
                r.timeline.append(s);
            }
            nb.addRun(r, QStringLiteral("remarks %1").arg(i));
        }
        const qint64 rec = nb.addRecording(QStringLiteral("24 hours"));
        RecordingWriter writer(&nb, rec);
        QRandomGenerator random(42);
        // Most series are counts and rates of whole packets or sockets; one in ten is fractional
        // (CPU shares, Mbps), stored as raw doubles.
        std::vector<double> level(series, 1000);
        const qint64 start = 1700000000000;
        for (int t = 0; t < seconds; ++t) {
            for (int s = 0; s < series; ++s) {
                level[s] = qMax(0.0, level[s] + double(random.bounded(21) - 10));
                const double v = s % 10 == 9 ? level[s] / 7.0 : level[s];
                writer.append(QStringLiteral("series.%1").arg(s), start + qint64(t) * 1000, v);
            }
        }
        writer.flush();
    }
    const double writeS = timer.elapsed() / 1000.0;
    const double sizeMb = QFileInfo(file).size() / 1e6;
    timer.restart();
    Notebook nb;
    if (!nb.open(file))
        return 1;
    const qsizetype entries = nb.entries().size();
    const double openMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const qsizetype points = nb.samples(entries, QStringLiteral("series.9")).size();
    const double readMs = timer.nsecsElapsed() / 1e6;
    out << "notebook: " << runs << " runs, " << series << " series x " << seconds << " s\n"
        << "written in " << writeS << " s; file " << sizeMb << " MB (goal < 100)\n"
        << "open + list " << entries << " entries: " << openMs << " ms (goal < 1000)\n"
        << "one series, " << points << " points: " << readMs << " ms" << Qt::endl;
    return openMs < 1000 && sizeMb < 100 ? 0 : 1;
}
