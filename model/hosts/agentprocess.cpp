// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentprocess.h"

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace tcplab::hosts
{

AgentProcess::AgentProcess(const QString &id, QObject *parent)
    : QObject(parent)
    , m_id(id)
{
    m_process.setStandardErrorFile(QProcess::nullDevice()); // the same words come as error events
    const pid_t parentPid = ::getpid();
    m_process.setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parentPid)
            ::_exit(1);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_reader.feed(m_process.readAllStandardOutput(), [this](const QJsonObject &event) {
            Q_EMIT line(m_id, event);
            return !m_killed; // a slot may have ended the run
        });
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failedToStart(m_id, tr("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        Q_EMIT exited(m_id, status == QProcess::CrashExit ? tr("a crash") : tr("exit code %1").arg(code));
    });
}

AgentProcess::~AgentProcess()
{
    kill();
}

void AgentProcess::start(const QString &program, const QStringList &arguments, bool throughSsh)
{
    m_throughSsh = throughSsh;
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    if (!throughSsh)
        m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(throughSsh ? QIODevice::ReadWrite : QIODevice::ReadOnly);
    m_pid = m_process.processId();
}

void AgentProcess::signal(int signalNumber)
{
    if (!isRunning())
        return;
    if (m_throughSsh) {
        // The remote wrapper sends SIGTERM when its standard input closes; SIGKILL ends the link.
        if (signalNumber == SIGKILL)
            m_process.kill();
        else
            m_process.closeWriteChannel();
    } else if (m_pid > 0) {
        ::kill(pid_t(m_pid), signalNumber);
    }
}

void AgentProcess::kill()
{
    m_killed = true;
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace tcplab::hosts
