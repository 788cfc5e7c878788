// SPDX-License-Identifier: GPL-3.0-or-later
// tcplab-sandbox as a child process: started with its arguments, it dies with us
// (PR_SET_PDEATHSIG) and takes everything it started with it. Its JSON lines come out as signals:
// ready() once, then each program's lines and exits; spawn() and signal() send commands. The
// sock_diag sockets it passes (one per host) are picked up at ready().
#pragma once

#include "hosts/jsonlinereader.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace tcplab::sandbox
{

// One descriptor that tcplab-sandbox sent with SCM_RIGHTS on `socket` (not waiting), or -1.
int receiveDescriptor(int socket);

class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // `program` is tcplab-sandbox's path; false (and failed()) when it cannot start.
    bool start(const QString &program, const QStringList &arguments);
    // Ends it now: everything in it dies with it.
    void kill();
    // Asks it to end its programs (SIGTERM, then SIGKILL) and exit.
    void exitGracefully();
    bool isRunning() const
    {
        return m_process && m_process->state() != QProcess::NotRunning;
    }

    // Runs argv[0] (an absolute path) in the server host (the sandbox's own namespace) or, with
    // --two-hosts, in the client host.
    void spawn(const QString &id, const QStringList &argv, bool inClientHost = false);
    void signal(const QString &id, int signalNumber);

    qint64 pid() const
    {
        return m_pid;
    }
    // With --two-hosts: a process in the client host (its /proc/<pid>/net is that host's).
    qint64 clientPid() const
    {
        return m_clientPid;
    }
    const QJsonObject &readyLine() const
    {
        return m_ready;
    }
    // The sock_diag sockets received at ready(): the server host's, then the client host's. The
    // caller takes them (and must close them).
    QList<int> takeCensusSockets();

Q_SIGNALS:
    void ready(const QJsonObject &line);
    void programStarted(const QString &id, qint64 pid);
    void programLine(const QString &id, const QJsonObject &line);
    void programExited(const QString &id, const QString &how);
    // An error line of the sandbox itself, or its exit before ready().
    void failed(const QString &message);
    void finished(int exitCode);

private:
    void onOutput();
    void onLine(const QJsonObject &line);

    QProcess *m_process = nullptr;
    int m_censusSocket = -1; // our end of the socketpair
    QList<int> m_censusSockets;
    hosts::JsonLineReader m_reader;
    QJsonObject m_ready;
    qint64 m_pid = 0;
    qint64 m_clientPid = 0;
    QByteArray m_stderr;
};

} // namespace tcplab::sandbox
