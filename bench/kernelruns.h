// SPDX-License-Identifier: GPL-3.0-or-later
// What the shelf-kernel benchmarks share: the shelf they use (and the XDG cache folder that makes a
// child tcplab use the same one), the kernels fetched before anything is measured, and
// `tcplab experiment ... --kernel ... --json` run as a child process, its {"runs": [...]} read back
// into each run's comparisons, measured beside the model's range.
#pragma once

#include "kernels/kernelshelf.h"
#include "lab/experimentresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace tcplab::bench
{

// The catalogue kernels, oldest first: the shelf the benchmarks compare.
QStringList shelfKernelNames();

// `--shelf DIR`: DIR must be CACHE/tcplab/kernels, because tcplab finds its shelf, its measured
// kernel traits and the KVM verdict through XDG_CACHE_HOME; XDG_CACHE_HOME=CACHE is set for this
// process and its children. False with *error when DIR has another shape.
bool useShelf(const QString &directory, QString *error);

// The kernels `names` from the shelf, each fetched (and verified) first when missing. False with
// *error when one cannot be had.
bool ensureOnShelf(const QStringList &names, QList<kernels::ShelfKernel> *found, QString *error);

// One entry of {"runs": [...]}: one kernel's run, read back into the model's comparisons.
struct KernelRun {
    QString kernelName; // "debian11"
    QString release; // "5.10.0-32-cloud-amd64"
    QString accelerator; // "tcg", "kvm"
    QString acceleratorNote;
    QString error; // the run failed, and why; nothing else is set then
    QList<lab::Comparison> comparisons;
    int reportedDifferences = 0; // the JSON's own "differences", to check the reading against
    QMap<QString, qint64> countersDelta;
    QStringList warnings;

    QList<lab::Comparison> outOfRange() const;
};

// One `tcplab experiment ARGUMENTS...` (ARGUMENTS ending in --json) as a child process.
struct ExperimentCall {
    bool finished = false; // ended by itself within the time allowed
    int exitCode = -1;
    double wallMs = 0; // from starting the process to its end
    QList<KernelRun> runs;
    QString problem; // why the output cannot be used; empty when it can
    QByteArray standardError;
};

ExperimentCall runExperiment(const QString &tcplab, const QStringList &arguments, int timeoutMs);

// The runs of `document` ({"runs": [...]}); *problem says what did not read as a run.
QList<KernelRun> readRuns(const QJsonObject &document, QString *problem);
// A range as Range::toJson() writes it: a number, or {"min": .., "max": ..}.
lab::Range readRange(const QJsonValue &value);
// "10" or "10..12", in ASCII so that columns line up.
QString rangeText(const lab::Range &range);

// Median, minimum and maximum of some values.
struct Spread {
    double median = 0;
    double min = 0;
    double max = 0;
};
Spread spreadOf(std::vector<double> values);

} // namespace tcplab::bench
