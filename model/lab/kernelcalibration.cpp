// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelcalibration.h"

namespace tcplab::lab
{

KernelCalibration::KernelCalibration(QObject *parent)
    : QObject(parent)
{
    connect(&m_runner, &ExperimentRunner::failed, this, &KernelCalibration::failed);
    connect(&m_runner, &ExperimentRunner::finished, this, [this](const ExperimentResult &result) {
        const KernelTraits traits = KernelTraitsStore::fromCalibration(result);
        QString error;
        if (traits.isEmpty()) {
            Q_EMIT failed(tr("the calibration run on %1 kept %2 requests in the SYN queue of backlog %3, which neither "
                             "rule of the kernel model explains")
                              .arg(result.kernelRelease)
                              .arg(result.serverStates.value(QStringLiteral("SYN_RECV")))
                              .arg(KernelTraitsStore::kCalibrationBacklog));
        } else if (!KernelTraitsStore().save(traits, &error)) {
            Q_EMIT failed(error);
        } else {
            Q_EMIT finished(traits);
        }
    });
}

bool KernelCalibration::start(const RunnerOptions &options)
{
    return m_runner.start(KernelTraitsStore::calibrationSpec(), options);
}

} // namespace tcplab::lab
