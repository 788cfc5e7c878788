// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhost.h"

#include "censussides.h"
#include "sandbox/sandboxprocess.h"
#include "sources/localcountersource.h"

#include <QDir>
#include <QTimer>

#include <unistd.h>

namespace tcplab::hosts
{

SandboxHost::SandboxHost(const QString &binDirectory, const QStringList &arguments, QObject *parent)
    : AgentHost(parent)
    , m_binDirectory(binDirectory)
    , m_arguments(arguments)
    , m_twoHosts(arguments.contains(QStringLiteral("--two-hosts")))
{
    m_info.twoHosts = m_twoHosts;
    m_info.defaultPort = kDefaultPort;
}

SandboxHost::~SandboxHost()
{
    kill();
}

QString SandboxHost::name() const
{
    return QStringLiteral("tcplab-sandbox");
}

void SandboxHost::open()
{
    // The sandbox, and through its own parent-death signal everything in it, dies with us.
    m_sandbox = new sandbox::SandboxProcess(this);
    connect(m_sandbox, &sandbox::SandboxProcess::ready, this, &SandboxHost::onReady);
    connect(m_sandbox, &sandbox::SandboxProcess::programStarted, this, [this](const QString &id, qint64 pid) {
        m_agentPids.insert(id, pid);
        Q_EMIT agentStarted(id, pid);
    });
    connect(m_sandbox, &sandbox::SandboxProcess::programLine, this, &SandboxHost::agentLine);
    connect(m_sandbox, &sandbox::SandboxProcess::programExited, this, &SandboxHost::agentExited);
    connect(m_sandbox, &sandbox::SandboxProcess::failed, this, [this](const QString &message) {
        if (m_ready)
            Q_EMIT warning(message);
        else
            m_error = message;
    });
    connect(m_sandbox, &sandbox::SandboxProcess::finished, this, &SandboxHost::onFinished);
    const QString program = QDir(m_binDirectory).filePath(QStringLiteral("tcplab-sandbox"));
    if (!m_sandbox->start(program, m_arguments)) {
        const QString message = m_error.isEmpty() ? tr("cannot start %1").arg(program) : m_error;
        QTimer::singleShot(0, this, [this, message] {
            Q_EMIT failed(tr("cannot create the sandbox: %1").arg(message));
        });
    }
}

void SandboxHost::onFinished(int exitCode)
{
    if (m_closing) {
        Q_EMIT closed();
        return;
    }
    if (!m_ready)
        Q_EMIT failed(
            tr("cannot create the sandbox: %1").arg(m_error.isEmpty() ? tr("tcplab-sandbox ended unexpectedly (exit code %1)").arg(exitCode) : m_error));
    else
        Q_EMIT failed(tr("tcplab-sandbox ended unexpectedly (exit code %1)").arg(exitCode));
}

void SandboxHost::onReady(const QJsonObject &line)
{
    m_serverPid = line.value(QStringLiteral("pid")).toInteger();
    m_info.namespaceKind = line.value(QStringLiteral("namespace")).toString();
    m_info.kernelRelease = line.value(QStringLiteral("kernel")).toString();
    const QJsonObject sysctls = line.value(QStringLiteral("sysctls")).toObject();
    for (auto it = sysctls.begin(); it != sysctls.end(); ++it) {
        const QJsonValue v = it.value();
        m_info.sysctls.insert(it.key(), v.isString() ? v.toString().simplified() : QString::number(v.toInteger()));
    }
    m_info.serverBind = QStringLiteral("127.0.0.1");
    m_info.serverAddress = QStringLiteral("127.0.0.1");
    if (m_twoHosts) {
        const QJsonObject hosts = line.value(QStringLiteral("two_hosts")).toObject();
        m_clientPid = hosts.value(QStringLiteral("client_pid")).toInteger();
        m_info.serverAddress = hosts.value(QStringLiteral("server_address")).toString();
        m_info.serverBind = m_info.serverAddress;
        m_info.clientAddress = hosts.value(QStringLiteral("client_address")).toString();
        m_info.serverInterface = hosts.value(QStringLiteral("server_interface")).toString();
        m_info.clientInterface = hosts.value(QStringLiteral("client_interface")).toString();
    }
    if (!adoptCensusSockets())
        return;
    // /proc/<pid>/net is the network namespace of that process, read from outside it.
    m_serverCounters = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(m_serverPid));
    if (m_twoHosts)
        m_clientCounters = std::make_unique<LocalCounterSource>(QStringLiteral("/proc/%1/net").arg(m_clientPid));
    m_ready = true;
    Q_EMIT ready();
}

bool SandboxHost::adoptCensusSockets()
{
    const QList<int> sockets = m_sandbox->takeCensusSockets();
    const int fd = sockets.value(0, -1);
    const int clientFd = m_twoHosts ? sockets.value(1, -1) : -1;
    if (fd < 0 || (m_twoHosts && (clientFd < 0 || m_clientPid <= 0))) {
        for (int s : sockets)
            ::close(s);
        Q_EMIT failed(tr("tcplab-sandbox did not pass its socket diagnostics sockets"));
        return false;
    }
    QString error = m_serverCensus.adopt(fd);
    if (error.isEmpty() && m_twoHosts)
        error = m_clientCensus.adopt(clientFd);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

void SandboxHost::startAgent(const QString &id, Role role, const QStringList &arguments)
{
    if (!m_sandbox)
        return;
    const QString agent = QDir(m_binDirectory).filePath(QStringLiteral("tcplab-agent"));
    m_sandbox->spawn(id, QStringList{agent} + arguments, m_twoHosts && role == Role::Client);
}

void SandboxHost::signalAgent(const QString &id, int signalNumber)
{
    if (m_sandbox)
        m_sandbox->signal(id, signalNumber);
}

sockets::SocketCensus &SandboxHost::censusOf(Role role)
{
    return m_twoHosts && role == Role::Client ? m_clientCensus : m_serverCensus;
}

PortSides SandboxHost::sample(quint16 port)
{
    PortSides sides;
    sockets::Census census;
    if (!takePortCensus(m_serverCensus, port, &census, &sides))
        return sides;
    addCensusSides(census, port, true, !m_twoHosts, &sides);
    if (m_twoHosts) {
        // The server host holds only the server's end; the clients are on the other host.
        sockets::Census clients;
        if (takePortCensus(m_clientCensus, port, &clients, &sides))
            addCensusSides(clients, port, false, true, &sides);
    }
    return sides;
}

bool SandboxHost::stateCounts(Role role, procfs::TcpStateCounts *counts)
{
    return m_ready && takeStateCounts(censusOf(role), counts);
}

std::optional<CounterSnapshot> SandboxHost::counters(Role role)
{
    if (role == Role::Client)
        return m_clientCounters ? std::optional<CounterSnapshot>(m_clientCounters->read()) : std::nullopt;
    return m_serverCounters ? std::optional<CounterSnapshot>(m_serverCounters->read()) : std::nullopt;
}

void SandboxHost::close()
{
    m_closing = true;
    if (m_sandbox && m_sandbox->isRunning())
        m_sandbox->exitGracefully();
    else
        QTimer::singleShot(0, this, &SandboxHost::closed);
}

void SandboxHost::kill()
{
    if (m_sandbox) {
        m_sandbox->disconnect(this);
        m_sandbox->kill();
        m_sandbox->deleteLater();
        m_sandbox = nullptr;
    }
    m_serverCensus.close();
    m_clientCensus.close();
    m_serverCounters.reset();
    m_clientCounters.reset();
    m_ready = false;
}

QList<qint64> SandboxHost::processIds() const
{
    QList<qint64> pids;
    if (m_sandbox && m_sandbox->pid() > 0)
        pids << m_sandbox->pid();
    for (const qint64 pid : m_agentPids)
        pids << pid;
    return pids;
}

qint64 SandboxHost::namespacePid(Role role) const
{
    if (!m_ready)
        return 0;
    return role == Role::Client ? m_clientPid : m_serverPid;
}

int SandboxHost::duplicateCensusSocket(Role role) const
{
    if (!m_ready || (role == Role::Client && !m_twoHosts))
        return -1;
    return (role == Role::Client ? m_clientCensus : m_serverCensus).duplicateSocket();
}

} // namespace tcplab::hosts
