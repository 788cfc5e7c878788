// SPDX-License-Identifier: GPL-3.0-or-later
// The part that hosts whose agents are child processes of tcplab share (this machine's loopback,
// SSH hosts): one AgentProcess per program, their lines and exits passed on as the host's.
#pragma once

#include "agenthost.h"

namespace tcplab::hosts
{

class AgentProcess;

class ProcessHost : public AgentHost
{
    Q_OBJECT
public:
    using AgentHost::AgentHost;
    ~ProcessHost() override;

    void signalAgent(const QString &id, int signalNumber) override;
    QList<qint64> processIds() const override;

protected:
    // Runs `program arguments` as agent `id` (see AgentProcess for `throughSsh`).
    void launch(const QString &id, const QString &program, const QStringList &arguments, bool throughSsh);
    void killAgents();
    // Where tcplab-agent is on this machine.
    QString localAgentPath() const;
    QString m_binDirectory;

private:
    QMap<QString, AgentProcess *> m_agents;
};

// This machine: the agents run here and talk over loopback; its own settings are read, not changed.
class LoopbackHost : public ProcessHost
{
    Q_OBJECT
public:
    explicit LoopbackHost(const QString &binDirectory, QObject *parent = nullptr);
    ~LoopbackHost() override;

    QString name() const override;
    void open() override;
    void startAgent(const QString &id, Role role, const QStringList &arguments) override;
    PortSides sample(quint16 port) override;
    bool stateCounts(Role role, procfs::TcpStateCounts *counts) override;
    std::optional<CounterSnapshot> counters(Role role) override;
    void close() override;
    void kill() override;

private:
    struct Local;
    std::unique_ptr<Local> d;
};

} // namespace tcplab::hosts
