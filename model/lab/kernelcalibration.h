// SPDX-License-Identifier: GPL-3.0-or-later
// Measures a kernel's traits (KernelTraits) with a short calibration run where it runs experiments
// (the sandbox on this machine's kernel, or a shelf kernel's virtual machine) and keeps them for
// its release, so that every later prediction for that kernel uses what it really does.
#pragma once

#include "experimentrunner.h"
#include "kerneltraits.h"

#include <QObject>

namespace tcplab::lab
{

class KernelCalibration : public QObject
{
    Q_OBJECT
public:
    explicit KernelCalibration(QObject *parent = nullptr);

    // Runs the calibration with `options` (options.kernel names the kernel); finished() or failed().
    bool start(const RunnerOptions &options);
    void stop()
    {
        m_runner.stop();
    }
    bool isRunning() const
    {
        return m_runner.isRunning();
    }
    // The calibration's runner, for its progress.
    ExperimentRunner *runner()
    {
        return &m_runner;
    }

Q_SIGNALS:
    void finished(const tcplab::lab::KernelTraits &traits);
    void failed(const QString &message);

private:
    ExperimentRunner m_runner;
};

} // namespace tcplab::lab
