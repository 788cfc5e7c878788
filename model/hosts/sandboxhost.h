// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as a host: tcplab-sandbox's private network namespace (the server's and, on one
// host, the clients' too) or, with two hosts, a second namespace for the clients joined to the
// first by a link. Its sockets are read through the sock_diag sockets the sandbox passes, its
// counters from /proc/<pid>/net of a process in each namespace.
#pragma once

#include "agenthost.h"
#include "sockets/socketcensus.h"

#include <memory>

namespace tcplab
{
class LocalCounterSource;
namespace sandbox
{
class SandboxProcess;
}
} // namespace tcplab

namespace tcplab::hosts
{

class SandboxHost : public AgentHost
{
    Q_OBJECT
public:
    // The lab log's port: the namespace is empty, so it is free.
    static constexpr int kDefaultPort = 11000;

    // `binDirectory` holds tcplab-sandbox and tcplab-agent; `arguments` are tcplab-sandbox's
    // (--sysctl ..., --two-hosts ...).
    SandboxHost(const QString &binDirectory, const QStringList &arguments, QObject *parent = nullptr);
    ~SandboxHost() override;

    QString name() const override;
    void open() override;
    void startAgent(const QString &id, Role role, const QStringList &arguments) override;
    void signalAgent(const QString &id, int signalNumber) override;
    PortSides sample(quint16 port) override;
    bool stateCounts(Role role, procfs::TcpStateCounts *counts) override;
    std::optional<CounterSnapshot> counters(Role role) override;
    void close() override;
    void kill() override;
    QList<qint64> processIds() const override;
    qint64 namespacePid(Role role) const override;
    int duplicateCensusSocket(Role role) const override;

private:
    void onReady(const QJsonObject &line);
    bool adoptCensusSockets();
    void onFinished(int exitCode);
    sockets::SocketCensus &censusOf(Role role);

    QString m_binDirectory;
    QStringList m_arguments;
    bool m_twoHosts = false;
    sandbox::SandboxProcess *m_sandbox = nullptr;
    bool m_ready = false;
    bool m_closing = false;
    QString m_error; // the sandbox's own words before it was ready
    QMap<QString, qint64> m_agentPids;
    qint64 m_serverPid = 0;
    qint64 m_clientPid = 0;
    sockets::SocketCensus m_serverCensus;
    sockets::SocketCensus m_clientCensus;
    std::unique_ptr<LocalCounterSource> m_serverCounters;
    std::unique_ptr<LocalCounterSource> m_clientCounters;
};

} // namespace tcplab::hosts
