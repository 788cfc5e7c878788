// SPDX-License-Identifier: GPL-3.0-or-later
// One tcplab-agent started by this machine as a child process: the program itself (loopback runs)
// or ssh running it on another host. Its JSON lines come out as line(); it dies with us
// (PR_SET_PDEATHSIG). Through ssh its standard input stays open: the remote wrapper stops the agent
// when that closes, which is how signal() asks it to end.
#pragma once

#include "jsonlinereader.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>

namespace tcplab::hosts
{

class AgentProcess : public QObject
{
    Q_OBJECT
public:
    AgentProcess(const QString &id, QObject *parent = nullptr);
    ~AgentProcess() override;

    // `throughSsh`: `program` is ssh and the agent's end of the link is its standard input.
    void start(const QString &program, const QStringList &arguments, bool throughSsh);
    // Through ssh, SIGKILL ends the link and any other signal closes the agent's standard input.
    void signal(int signalNumber);
    // Ends it now (waits up to 2 s for the process to go).
    void kill();
    qint64 pid() const
    {
        return m_pid;
    }
    bool isRunning() const
    {
        return m_process.state() != QProcess::NotRunning;
    }

Q_SIGNALS:
    void line(const QString &id, const QJsonObject &event);
    // "exit code 0", "a crash": how it ended, translated.
    void exited(const QString &id, const QString &how);
    void failedToStart(const QString &id, const QString &message);

private:
    QString m_id;
    QProcess m_process;
    JsonLineReader m_reader;
    bool m_throughSsh = false;
    bool m_killed = false;
    qint64 m_pid = 0;
};

} // namespace tcplab::hosts
