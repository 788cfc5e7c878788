// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhost.h"

#include "experimentrunner.h"
#include "hosts/processhost.h"
#include "hosts/sandboxhost.h"
#include "hosts/sshhost.h"
#include "hosts/vmhost.h"
#include "kernels/kernelshelf.h"
#include "preflight.h"

namespace tcplab::lab
{

QStringList sysctlSettings(const ExperimentSpec &spec)
{
    QStringList settings;
    auto put = [&settings](const char *path, int value) {
        if (value != -1)
            settings << QStringLiteral("%1=%2").arg(QLatin1String(path)).arg(value);
    };
    put("net/core/somaxconn", spec.kernel.somaxconn);
    put("net/ipv4/tcp_max_syn_backlog", spec.kernel.maxSynBacklog);
    put("net/ipv4/tcp_syncookies", spec.kernel.syncookies);
    put("net/ipv4/tcp_abort_on_overflow", spec.kernel.abortOnOverflow);
    put("net/ipv4/tcp_synack_retries", spec.kernel.synackRetries);
    put("net/ipv4/tcp_syn_retries", spec.kernel.synRetries);
    // Every client needs its own local port towards the one server address.
    if (spec.totalClients() > Preflight::kNamespacePortHigh - Preflight::kNamespacePortLow + 1)
        settings << QStringLiteral("net/ipv4/ip_local_port_range=%1 %2").arg(Preflight::kWidePortLow).arg(Preflight::kWidePortHigh);
    return settings;
}

QStringList sandboxArguments(const ExperimentSpec &spec)
{
    QStringList args;
    for (const QString &setting : sysctlSettings(spec))
        args << QStringLiteral("--sysctl") << setting;
    if (spec.twoHosts) // an unlimited link: timing as on one host, packets as on a LAN
        args << QStringLiteral("--two-hosts") << QStringLiteral("--rate") << QStringLiteral("unlimited");
    return args;
}

hosts::AgentHost *makeRunHost(const ExperimentSpec &spec, const RunnerOptions &options, QObject *parent)
{
    if (options.onShelfKernel()) {
        // Preflight made sure the kernel is on the shelf.
        const std::optional<kernels::ShelfKernel> kernel = kernels::KernelShelf().find(options.kernel);
        return new hosts::VmHost(options.binDirectory, kernel.value_or(kernels::ShelfKernel()), sysctlSettings(spec), {}, parent);
    }
    if (options.isRemote())
        return new hosts::SshHost(options.binDirectory, options.serverHost, options.clientHost, parent);
    if (spec.hostLoopback)
        return new hosts::LoopbackHost(options.binDirectory, parent);
    return new hosts::SandboxHost(options.binDirectory, sandboxArguments(spec), parent);
}

} // namespace tcplab::lab
