// SPDX-License-Identifier: GPL-3.0-or-later
// "Test" for a remote host: reads it once, as the monitor would, and says in one sentence what
// came back (or what went wrong: an unknown host key, a refused login, no answer).
#pragma once

#include "remote/sshcommand.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace tcplab::remote
{

class SshSource;

class HostProbe : public QObject
{
    Q_OBJECT
public:
    explicit HostProbe(QObject *parent = nullptr);
    ~HostProbe() override;

    // A saved host ("ssh:DESTINATION" or "node:URL"); the answer comes as finished().
    void start(const QString &host);
    void startSsh(const SshTarget &target);
    void startNodeExporter(const QUrl &url);
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }

    void setTimeoutMs(int timeoutMs)
    {
        m_timeoutMs = qMax(1000, timeoutMs);
    }
    // The tcplab-agent an SSH host gets (default: beside the running program).
    void setAgentPath(const QString &path)
    {
        m_agentPath = path;
    }

Q_SIGNALS:
    // What is happening now ("Copying tcplab-agent ..."), for a status line.
    void progress(const QString &message);
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    int m_timeoutMs = 30000;
    QString m_agentPath;
    bool m_running = false;
    QPointer<SshSource> m_ssh;
    QTimer m_timeout;
};

} // namespace tcplab::remote
