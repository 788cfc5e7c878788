// SPDX-License-Identifier: GPL-3.0-or-later
// A run on SSH hosts: the server on one host, the clients on another or the same, either of them
// possibly this machine. tcplab-agent is copied to each remote host and checked by its SHA-256;
// the server host's kernel and settings are read, not changed; the remote hosts' sockets and
// counters come from `tcplab-agent watch --port` over ssh, this machine's side from its own census.
// Remote agents stop when their ssh link closes, which is also what happens when tcplab dies.
#pragma once

#include "processhost.h"
#include "remote/sshcommand.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace tcplab::remote
{
class SshSource;
}

namespace tcplab::hosts
{

class SshHost : public ProcessHost
{
    Q_OBJECT
public:
    // Either target may be missing, which means this machine (not both).
    SshHost(const QString &binDirectory,
            const std::optional<remote::SshTarget> &server,
            const std::optional<remote::SshTarget> &client,
            QObject *parent = nullptr);
    ~SshHost() override;

    QString name() const override;
    void open() override;
    void startAgent(const QString &id, Role role, const QStringList &arguments) override;
    void watchPort(quint16 port) override;
    PortSides sample(quint16 port) override;
    bool stateCounts(Role role, procfs::TcpStateCounts *counts) override;
    std::optional<CounterSnapshot> counters(Role role) override;
    void close() override;
    void kill() override;

private:
    void prepare();
    bool copyAgents(QString *error);
    bool readServerHost(QString *error);
    bool chooseAddresses(QString *error);
    remote::SshSource *makeWatch(const remote::SshTarget &target, quint16 port);
    void onFrame();
    void stopWatches();

    std::optional<remote::SshTarget> m_server;
    std::optional<remote::SshTarget> m_client;
    bool m_sameHost = false;
    QByteArray m_agentSha256;
    remote::SshSource *m_serverWatch = nullptr;
    remote::SshSource *m_clientWatch = nullptr;
    bool m_watching = false;
    QTimer m_watchDeadline;
    struct Local;
    std::unique_ptr<Local> d; // this machine's side, where one of the roles runs here
};

} // namespace tcplab::hosts
