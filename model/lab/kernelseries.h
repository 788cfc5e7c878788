// SPDX-License-Identifier: GPL-3.0-or-later
// The same experiment on several kernels, one after the other: this machine's (in the sandbox)
// and kernels on the shelf (each in its virtual machine). Before a kernel's run, a calibration
// run measures its traits when none are kept for its release yet, so that the prediction beside
// each measurement is that kernel's own. The command line's --kernel and the window's "compare
// kernels" both run through it. Links Qt Core only.
#pragma once

#include "experimentrunner.h"
#include "kernelcalibration.h"

#include <QObject>

#include <optional>

namespace tcplab::lab
{

// One kernel's part of a series: its name ("host", "debian11", a kernel file's shelf name), its
// release, and the run's result, or why there is none.
struct KernelRun {
    QString name;
    QString release;
    std::optional<ExperimentResult> result;
    QString error;
};

class KernelSeries : public QObject
{
    Q_OBJECT
public:
    explicit KernelSeries(QObject *parent = nullptr);
    ~KernelSeries() override;

    // The release a kernel name stands for: this machine's for "host" (or ""), the shelf's record
    // otherwise; empty when the shelf has no such kernel.
    static QString releaseOf(const QString &name);
    // Everything checkable before anything starts, for every kernel; empty when the series can run.
    static QStringList preflight(const ExperimentSpec &spec, const RunnerOptions &options, const QStringList &kernels);

    // Starts the series; runFinished() or runFailed() per kernel, then finished(). False (after
    // failed()) when preflight() finds a problem or a series is already going.
    bool start(const ExperimentSpec &spec, const RunnerOptions &options, const QStringList &kernels);
    // Ends the series early: the current run is stopped and failed() says so.
    void stop();
    bool isRunning() const
    {
        return m_index >= 0;
    }
    // The runner of the kernels' experiment runs (not the calibrations'), for a live view.
    ExperimentRunner *runner()
    {
        return &m_runner;
    }
    const QList<KernelRun> &runs() const
    {
        return m_runs;
    }

Q_SIGNALS:
    // Kernel `index` of `count` begins: a calibration run first when `calibrating`.
    void kernelStarted(int index, int count, const QString &name, bool calibrating);
    // The whole series' progress, 0..1, with what is going on.
    void progress(double fraction, const QString &phase);
    void runFinished(int index, const tcplab::lab::ExperimentResult &result);
    void runFailed(int index, const QString &name, const QString &message);
    void finished(const QList<tcplab::lab::KernelRun> &runs);
    void failed(const QString &message);

private:
    void advance();
    void next();
    void runExperiment();
    void onProgress(qint64 elapsedMs, qint64 totalMs, const QString &phase);

    ExperimentSpec m_spec;
    RunnerOptions m_options;
    QStringList m_kernels;
    QList<KernelRun> m_runs;
    int m_index = -1;
    bool m_calibrating = false; // the current kernel's calibration run is going
    bool m_calibrated = false; // the current kernel had one
    bool m_stopping = false;
    ExperimentRunner m_runner;
    KernelCalibration m_calibration;
};

} // namespace tcplab::lab
