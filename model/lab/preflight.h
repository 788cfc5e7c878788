// SPDX-License-Identifier: GPL-3.0-or-later
// Everything about an experiment that can be checked before anything starts: the spec's own
// checks, the programs, the hosts a remote run may use, the local port range and the open-file
// limit against the client count, and, on this machine, whether the server's port is free.
#pragma once

#include "experimentspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace tcplab::lab
{

struct RunnerOptions;

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::Preflight)
public:
    // Translated messages; empty when the run can start.
    static QStringList check(const ExperimentSpec &spec, const RunnerOptions &options);

    // A new network namespace starts with ip_local_port_range 32768-60999 (inet_init_net()).
    static constexpr int kNamespacePortLow = 32768;
    static constexpr int kNamespacePortHigh = 60999;
    static constexpr int kWidePortLow = 1024;
    static constexpr int kWidePortHigh = 65535;

private:
    static QStringList checkRemote(const RunnerOptions &options);
    static QStringList checkShelfKernel(const ExperimentSpec &spec, const RunnerOptions &options);
    static QStringList checkPrograms(const ExperimentSpec &spec, const RunnerOptions &options);
    static QStringList checkPorts(const ExperimentSpec &spec, const RunnerOptions &options);
    static QStringList checkFiles(const ExperimentSpec &spec, const RunnerOptions &options);
    static QStringList checkPortFree(const ExperimentSpec &spec, const RunnerOptions &options);
};

} // namespace tcplab::lab
