// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tcplab::sandbox
{

int receiveDescriptor(int socket)
{
    char byte = 0;
    iovec iov{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    if (::recvmsg(socket, &message, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) != 1)
        return -1;
    for (cmsghdr *h = CMSG_FIRSTHDR(&message); h; h = CMSG_NXTHDR(&message, h)) {
        if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_RIGHTS && h->cmsg_len == CMSG_LEN(sizeof(int))) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(h), sizeof fd);
            return fd;
        }
    }
    return -1;
}

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
{
}

SandboxProcess::~SandboxProcess()
{
    kill();
    for (int fd : std::as_const(m_censusSockets))
        ::close(fd);
}

bool SandboxProcess::start(const QString &program, const QStringList &arguments)
{
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        Q_EMIT failed(QCoreApplication::translate("tcplab::sandbox::SandboxProcess", "cannot create a socket pair for the sandbox: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    m_censusSocket = pair[0];
    const int childEnd = pair[1];
    const pid_t parent = ::getpid();
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    // Between fork and exec: async-signal-safe calls only.
    m_process->setChildProcessModifier([childEnd, parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        if (childEnd == 3)
            ::fcntl(3, F_SETFD, 0);
        else
            ::dup2(childEnd, 3); // where tcplab-sandbox sends its sock_diag sockets
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        m_stderr = m_stderr.right(4096);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode) {
        onOutput(); // whatever it said last
        if (!m_process)
            return;
        if (m_ready.isEmpty())
            Q_EMIT failed(QCoreApplication::translate("tcplab::sandbox::SandboxProcess", "tcplab-sandbox ended before it was ready: %1")
                              .arg(QString::fromLocal8Bit(m_stderr).trimmed()));
        Q_EMIT finished(exitCode);
    });
    m_process->start();
    ::close(childEnd);
    if (!m_process->waitForStarted(10000)) {
        Q_EMIT failed(QCoreApplication::translate("tcplab::sandbox::SandboxProcess", "cannot start %1: %2").arg(program, m_process->errorString()));
        return false;
    }
    m_pid = m_process->processId();
    return true;
}

void SandboxProcess::kill()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_censusSocket >= 0) {
        ::close(m_censusSocket);
        m_censusSocket = -1;
    }
}

void SandboxProcess::exitGracefully()
{
    if (!isRunning())
        return;
    m_process->write("{\"cmd\":\"exit\"}\n");
    m_process->closeWriteChannel();
}

void SandboxProcess::spawn(const QString &id, const QStringList &argv, bool inClientHost)
{
    if (!isRunning())
        return;
    QJsonObject command{{QStringLiteral("cmd"), QStringLiteral("spawn")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
    if (inClientHost)
        command.insert(QStringLiteral("host"), QStringLiteral("client"));
    m_process->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

void SandboxProcess::signal(const QString &id, int signalNumber)
{
    if (!isRunning())
        return;
    const QJsonObject command{{QStringLiteral("cmd"), QStringLiteral("signal")},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("signal"), QString::number(signalNumber)}};
    m_process->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

QList<int> SandboxProcess::takeCensusSockets()
{
    return std::exchange(m_censusSockets, {});
}

void SandboxProcess::onOutput()
{
    if (!m_process)
        return;
    m_reader.feed(m_process->readAllStandardOutput(), [this](const QJsonObject &line) {
        onLine(line);
        return m_process != nullptr; // a slot may have ended the sandbox
    });
}

void SandboxProcess::onLine(const QJsonObject &line)
{
    const QString event = line.value(QStringLiteral("event")).toString();
    const QString id = line.value(QStringLiteral("id")).toString();
    if (line.contains(QStringLiteral("line"))) {
        if (line.value(QStringLiteral("line")).isObject())
            Q_EMIT programLine(id, line.value(QStringLiteral("line")).toObject());
    } else if (event == QLatin1String("ready")) {
        m_ready = line;
        m_clientPid = line.value(QStringLiteral("two_hosts")).toObject().value(QStringLiteral("client_pid")).toInteger();
        for (int fd; (fd = receiveDescriptor(m_censusSocket)) >= 0;)
            m_censusSockets << fd;
        ::close(m_censusSocket);
        m_censusSocket = -1;
        Q_EMIT ready(line);
    } else if (event == QLatin1String("spawned")) {
        Q_EMIT programStarted(id, line.value(QStringLiteral("pid")).toInteger());
    } else if (event == QLatin1String("error")) {
        Q_EMIT failed(line.value(QStringLiteral("message")).toString());
    } else if (event == QLatin1String("exited")) {
        const QString how = line.contains(QStringLiteral("signal"))
            ? QCoreApplication::translate("tcplab::sandbox::SandboxProcess", "signal %1").arg(line.value(QStringLiteral("signal")).toInt())
            : QCoreApplication::translate("tcplab::sandbox::SandboxProcess", "exit code %1").arg(line.value(QStringLiteral("code")).toInt());
        Q_EMIT programExited(id, how);
    }
}

} // namespace tcplab::sandbox
