// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

#include "experimentrunner.h"
#include "hosts/agenthost.h"
#include "hosts/remotehosts.h"
#include "hosts/vmhost.h"
#include "kernels/kernelshelf.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcplab::lab
{

namespace
{

// Descriptors a server or client process needs besides its sockets (tcplab-agent keeps 32).
constexpr qint64 kReservedFds = 64;
constexpr qint64 kAgentMaxProcesses = 64; // tcplab-agent connect's limit on worker processes

// ip_local_port_range as two numbers; false when it cannot be read.
bool portRange(const QString &text, int *low, int *high)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *low = parts[0].toInt(&ok1);
    *high = parts[1].toInt(&ok2);
    return ok1 && ok2 && *high >= *low;
}

} // namespace

QStringList Preflight::check(const ExperimentSpec &spec, const RunnerOptions &givenOptions)
{
    QStringList problems = spec.validate();
    RunnerOptions options = givenOptions;
    if (options.binDirectory.isEmpty())
        options.binDirectory = QCoreApplication::applicationDirPath();
    if (options.port < -1 || options.port > 65535)
        problems << tr("The port must be between 1 and 65535 (it is %1)").arg(options.port);
    if (!problems.isEmpty())
        return problems;
    if (options.isRemote()) {
        problems = checkRemote(options);
        if (!problems.isEmpty())
            return problems;
    }
    if (options.onShelfKernel()) {
        problems = checkShelfKernel(spec, options);
        if (!problems.isEmpty())
            return problems;
    }
    return checkPrograms(spec, options) + checkPorts(spec, options) + checkFiles(spec, options) + checkPortFree(spec, options);
}

QStringList Preflight::checkRemote(const RunnerOptions &options)
{
    QStringList problems;
    for (const auto *target : {&options.serverHost, &options.clientHost}) {
        if (!*target)
            continue;
        const QString why = RemoteHosts::checkAllowed(**target, options.configuredHosts);
        if (!why.isEmpty())
            problems << why;
    }
    const bool same = options.serverHost && options.clientHost && options.serverHost->destination() == options.clientHost->destination();
    if (!same && options.serverHost && RemoteHosts::isLoopback(options.serverHost->host) && options.clientHost)
        problems << tr("The server on %1 listens on that host's loopback, which clients on another host cannot "
                       "reach; name the server host by an address the client host can reach")
                        .arg(options.serverHost->destination());
    return problems;
}

QStringList Preflight::checkShelfKernel(const ExperimentSpec &spec, const RunnerOptions &options)
{
    QStringList problems;
    if (options.isRemote())
        problems << tr("A run on a shelf kernel happens in a virtual machine on this machine, not on SSH hosts");
    if (spec.twoHosts)
        problems << tr("Two hosts are not available in a virtual machine yet; run the two hosts on this machine's kernel");
    if (!kernels::KernelShelf().find(options.kernel))
        problems << tr("The kernel \"%1\" is not on the shelf; fetch it with: tcplab kernels fetch %1").arg(options.kernel);
    if (hosts::VmHost::qemuProgram().isEmpty())
        problems << tr("QEMU (qemu-system-x86_64) is needed to boot %1").arg(options.kernel);
    return problems;
}

QStringList Preflight::checkPrograms(const ExperimentSpec &spec, const RunnerOptions &options)
{
    QStringList problems;
    const QDir bin(options.binDirectory);
    QStringList programs{QStringLiteral("tcplab-agent")};
    if (!spec.hostLoopback && !options.isRemote() && !options.onShelfKernel())
        programs << QStringLiteral("tcplab-sandbox");
    for (const QString &program : programs) {
        if (!QFileInfo(bin.filePath(program)).isExecutable())
            problems << tr("%1 was not found next to tcplab (in %2)").arg(program, bin.absolutePath());
    }
    return problems;
}

// Local ports: every connection to the one server address needs its own.
QStringList Preflight::checkPorts(const ExperimentSpec &spec, const RunnerOptions &options)
{
    if (options.onShelfKernel())
        return {}; // the guest's range is the spec's, widened as the sandbox's is

    const qint64 clients = spec.totalClients();
    int low = kWidePortLow;
    int high = kWidePortHigh;
    if (options.isRemote() && options.clientHost) {
        // The client host checks its own range: tcplab-agent connect refuses with EADDRNOTAVAIL.
        high = int(qMin<qint64>(kWidePortHigh, low + clients + 1));
    } else if (spec.hostLoopback || options.isRemote()) {
        if (!portRange(hosts::readLocalSysctl(QStringLiteral("net/ipv4/ip_local_port_range")), &low, &high)) {
            low = kNamespacePortLow;
            high = kNamespacePortHigh;
        }
    }
    const qint64 ports = qint64(high) - low + 1 - 1; // the server's own port may be inside it
    if (clients <= ports)
        return {};
    return {tr("%1 clients need as many local ports, but net.ipv4.ip_local_port_range (%2-%3) holds only %4").arg(clients).arg(low).arg(high).arg(ports)};
}

// Open files: the server keeps every accepted connection open; the clients are spread over at most
// 64 processes by tcplab-agent connect.
QStringList Preflight::checkFiles(const ExperimentSpec &spec, const RunnerOptions &options)
{
    if (options.onShelfKernel())
        return {}; // the guest's init raises its own limit

    QStringList problems;
    const qint64 clients = spec.totalClients();
    const bool remote = options.isRemote();
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    const qint64 hard = files.rlim_max == RLIM_INFINITY ? (qint64(1) << 40) : qint64(files.rlim_max);
    qint64 accepted = 0;
    if (spec.accept == AcceptMode::Immediate)
        accepted = clients;
    else if (spec.accept == AcceptMode::Delay)
        accepted = qMin<qint64>(clients, qint64(spec.observeS) * 1000 / qMax(1, spec.acceptDelayMs) + 1);
    if (accepted + kReservedFds > hard && !(remote && options.serverHost)) {
        problems << tr("The server would hold %1 accepted connections, but one process may open at most %2 "
                       "files here (RLIMIT_NOFILE)")
                        .arg(accepted)
                        .arg(hard);
    }
    if (clients > kAgentMaxProcesses * qMax<qint64>(0, hard - kReservedFds) && !(remote && options.clientHost)) {
        problems << tr("%1 clients need more than %2 processes of at most %3 open files each").arg(clients).arg(kAgentMaxProcesses).arg(hard);
    }
    return problems;
}

// On this machine the port must be free; the sandbox's namespace is empty.
QStringList Preflight::checkPortFree(const ExperimentSpec &spec, const RunnerOptions &options)
{
    if (!(spec.hostLoopback || options.isRemote()) || options.serverHost || options.port <= 0 || options.onShelfKernel())
        return {};
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return {};
    // As tcplab-agent serve binds: SO_REUSEADDR, so only a real user of the port conflicts.
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(options.port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QStringList problems;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        problems << tr("Port %1 on 127.0.0.1 is not free: %2").arg(options.port).arg(QString::fromLocal8Bit(std::strerror(error)));
    }
    ::close(fd);
    return problems;
}

} // namespace tcplab::lab
