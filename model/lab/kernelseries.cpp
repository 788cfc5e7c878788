// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelseries.h"

#include "kernels/kernelshelf.h"

#include <QSysInfo>
#include <QTimer>

namespace tcplab::lab
{

namespace
{

// The share of a kernel's time that its calibration run takes, when it has one: the calibration
// watches for 2 s, the presets for 5 s to 30 s.
constexpr double kCalibrationShare = 0.3;

bool isHost(const QString &name)
{
    return name.isEmpty() || name == QLatin1String("host");
}

} // namespace

KernelSeries::KernelSeries(QObject *parent)
    : QObject(parent)
{
    connect(&m_runner, &ExperimentRunner::progress, this, &KernelSeries::onProgress);
    connect(m_calibration.runner(), &ExperimentRunner::progress, this, &KernelSeries::onProgress);
    connect(&m_runner, &ExperimentRunner::finished, this, [this](const ExperimentResult &result) {
        if (!isRunning())
            return;
        KernelRun &run = m_runs[m_index];
        run.result = result;
        run.release = result.kernelRelease;
        Q_EMIT runFinished(m_index, result);
        advance();
    });
    connect(&m_runner, &ExperimentRunner::failed, this, [this](const QString &message) {
        if (m_stopping || !isRunning())
            return;
        m_runs[m_index].error = message;
        Q_EMIT runFailed(m_index, m_runs[m_index].name, message);
        advance();
    });
    connect(&m_calibration, &KernelCalibration::finished, this, [this] {
        // After the calibration's runner has wound down.
        QTimer::singleShot(0, this, [this] {
            if (isRunning())
                runExperiment();
        });
    });
    connect(&m_calibration, &KernelCalibration::failed, this, [this](const QString &message) {
        if (m_stopping || !isRunning())
            return;
        KernelRun &run = m_runs[m_index];
        run.error = tr("the calibration run failed: %1").arg(message);
        Q_EMIT runFailed(m_index, run.name, run.error);
        advance();
    });
}

KernelSeries::~KernelSeries()
{
    // The runners' processes (and virtual machines) end with them; nothing reports from here on.
    disconnect(&m_runner, nullptr, this, nullptr);
    disconnect(&m_calibration, nullptr, this, nullptr);
    disconnect(m_calibration.runner(), nullptr, this, nullptr);
}

QString KernelSeries::releaseOf(const QString &name)
{
    if (isHost(name))
        return QSysInfo::kernelVersion();
    const auto kernel = kernels::KernelShelf().find(name);
    return kernel ? kernel->release : QString();
}

QStringList KernelSeries::preflight(const ExperimentSpec &spec, const RunnerOptions &options, const QStringList &kernels)
{
    QStringList problems;
    if (kernels.isEmpty())
        problems << tr("Choose at least one kernel to run on.");
    for (const QString &name : kernels) {
        RunnerOptions on = options;
        on.kernel = name;
        for (const QString &problem : ExperimentRunner::preflight(spec, on)) {
            if (!problems.contains(problem))
                problems << problem;
        }
    }
    return problems;
}

bool KernelSeries::start(const ExperimentSpec &spec, const RunnerOptions &options, const QStringList &kernels)
{
    if (isRunning()) {
        Q_EMIT failed(tr("A run is already going."));
        return false;
    }
    const QStringList problems = preflight(spec, options, kernels);
    if (!problems.isEmpty()) {
        Q_EMIT failed(problems.join(QLatin1Char('\n')));
        return false;
    }
    m_spec = spec;
    m_options = options;
    m_kernels = kernels;
    m_runs.clear();
    for (const QString &name : kernels)
        m_runs.append(KernelRun{name, releaseOf(name), std::nullopt, QString()});
    m_stopping = false;
    m_index = 0;
    next();
    return true;
}

void KernelSeries::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    if (m_calibration.isRunning())
        m_calibration.stop();
    if (m_runner.isRunning())
        m_runner.stop();
    m_index = -1;
    m_stopping = false;
    Q_EMIT failed(tr("The runs were stopped."));
}

void KernelSeries::advance()
{
    // The next kernel starts once the last run's runner has returned from its signal.
    const int index = ++m_index;
    QTimer::singleShot(0, this, [this, index] {
        if (m_index == index)
            next();
    });
}

void KernelSeries::next()
{
    if (m_index >= m_runs.size()) {
        m_index = -1;
        Q_EMIT progress(1, tr("Finished."));
        Q_EMIT finished(m_runs);
        return;
    }
    KernelRun &run = m_runs[m_index];
    RunnerOptions on = m_options;
    on.kernel = run.name;
    // A kernel's traits are measured once per release and kept (KernelTraitsStore).
    m_calibrating = !run.release.isEmpty() && !KernelTraitsStore().find(run.release);
    m_calibrated = m_calibrating;
    Q_EMIT kernelStarted(m_index, m_runs.size(), run.name, m_calibrating);
    if (m_calibrating)
        m_calibration.start(on); // on failure, failed() moves on to the next kernel
    else
        runExperiment();
}

void KernelSeries::runExperiment()
{
    m_calibrating = false;
    RunnerOptions on = m_options;
    on.kernel = m_runs[m_index].name;
    m_runner.start(m_spec, on); // on failure, failed() moves on to the next kernel
}

void KernelSeries::onProgress(qint64 elapsedMs, qint64 totalMs, const QString &phase)
{
    if (!isRunning() || m_runs.isEmpty())
        return;
    const double within = totalMs > 0 ? qBound(0.0, double(elapsedMs) / double(totalMs), 1.0) : 0;
    double part = within;
    if (m_calibrating)
        part = kCalibrationShare * within;
    else if (m_calibrated)
        part = kCalibrationShare + (1 - kCalibrationShare) * within;
    const QString kernel = m_runs[m_index].name;
    Q_EMIT progress((m_index + part) / double(m_runs.size()),
                    m_calibrating ? tr("%1 (%2 of %3): measuring the kernel's traits: %4").arg(kernel).arg(m_index + 1).arg(m_runs.size()).arg(phase)
                                  : tr("%1 (%2 of %3): %4").arg(kernel).arg(m_index + 1).arg(m_runs.size()).arg(phase));
}

} // namespace tcplab::lab
