// SPDX-License-Identifier: GPL-3.0-or-later
// What an experiment needs from a remote host over SSH: which hosts it may run on, tcplab-agent
// copied there and checked, the host's kernel and settings, and the remote command that runs an
// agent and stops it when tcplab closes the link. The calls here wait for ssh (seconds at most);
// the experiment runner makes them once before a run.
#pragma once

#include "remote/sshcommand.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace tcplab::lab
{

struct RemoteHostInfo {
    QString kernelRelease;
    QMap<QString, QString> sysctls; // "net/core/somaxconn" -> "4096", as the runner keeps them
};

class RemoteHosts
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::lab::RemoteHosts)
public:
    // An experiment sends bursts of connection attempts, so it runs only against this machine's
    // loopback or a host the user has added (`configured`: the hosts dialog's entries, as
    // destinations or host names). "" when allowed, else the reason.
    static QString checkAllowed(const remote::SshTarget &target, const QStringList &configured);
    static bool isLoopback(const QString &host);

    // Copies tcplab-agent (at `agentPath`) to the host unless an intact copy is there; its
    // SHA-256 (hex) goes to *sha256.
    static bool ensureAgent(const remote::SshTarget &target, const QString &agentPath, QByteArray *sha256, QString *error);
    // `uname -r` and the queue settings of the host.
    static bool readHost(const remote::SshTarget &target, const QStringList &sysctls, RemoteHostInfo *info, QString *error);
    // The remote command that runs the agent with `arguments` (tcplab's own: numbers, addresses
    // and option names) and sends it SIGTERM when its standard input closes, which is how tcplab
    // stops it, and also what happens when the link drops. "" when an argument holds anything
    // but letters, digits and . : _ - =.
    static QString agentCommand(const QByteArray &sha256, const QStringList &arguments);

private:
    // Runs `remoteCommand` on the host with `input` on its standard input; false with a message
    // when ssh fails or the command exits non-zero.
    static bool run(const remote::SshTarget &target, const QString &remoteCommand, const QByteArray &input, QByteArray *output, QString *error, int timeoutMs);
};

} // namespace tcplab::lab
