// SPDX-License-Identifier: GPL-3.0-or-later
#include "processhost.h"

#include "agentprocess.h"
#include "censussides.h"
#include "sources/localcountersource.h"

#include <QDir>
#include <QSysInfo>
#include <QTimer>

namespace tcplab::hosts
{

ProcessHost::~ProcessHost()
{
    killAgents();
}

QString ProcessHost::localAgentPath() const
{
    return QDir(m_binDirectory).filePath(QStringLiteral("tcplab-agent"));
}

void ProcessHost::launch(const QString &id, const QString &program, const QStringList &arguments, bool throughSsh)
{
    auto *agent = new AgentProcess(id, this);
    m_agents.insert(id, agent);
    connect(agent, &AgentProcess::line, this, &AgentHost::agentLine);
    connect(agent, &AgentProcess::exited, this, &AgentHost::agentExited);
    connect(agent, &AgentProcess::failedToStart, this, [this](const QString &, const QString &message) {
        Q_EMIT failed(message);
    });
    agent->start(program, arguments, throughSsh);
    Q_EMIT agentStarted(id, agent->pid());
}

void ProcessHost::signalAgent(const QString &id, int signalNumber)
{
    if (AgentProcess *agent = m_agents.value(id))
        agent->signal(signalNumber);
}

QList<qint64> ProcessHost::processIds() const
{
    QList<qint64> pids;
    for (const AgentProcess *agent : m_agents) {
        if (agent->pid() > 0)
            pids << agent->pid();
    }
    return pids;
}

void ProcessHost::killAgents()
{
    for (AgentProcess *agent : std::as_const(m_agents)) {
        agent->disconnect(this);
        agent->kill();
        agent->deleteLater();
    }
    m_agents.clear();
}

// ---- LoopbackHost

struct LoopbackHost::Local {
    sockets::SocketCensus census;
    std::unique_ptr<LocalCounterSource> counters;
};

LoopbackHost::LoopbackHost(const QString &binDirectory, QObject *parent)
    : ProcessHost(parent)
    , d(std::make_unique<Local>())
{
    m_binDirectory = binDirectory;
    m_info.serverBind = QStringLiteral("127.0.0.1");
    m_info.serverAddress = QStringLiteral("127.0.0.1");
}

LoopbackHost::~LoopbackHost()
{
    kill();
}

QString LoopbackHost::name() const
{
    return tr("this machine");
}

void LoopbackHost::open()
{
    QTimer::singleShot(0, this, [this] {
        m_info.kernelRelease = QSysInfo::kernelVersion();
        for (const QString &path : runSysctls()) {
            const QString text = readLocalSysctl(path);
            if (!text.isEmpty())
                m_info.sysctls.insert(path, text);
        }
        const QString error = d->census.open();
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        d->counters = std::make_unique<LocalCounterSource>();
        Q_EMIT ready();
    });
}

void LoopbackHost::startAgent(const QString &id, Role role, const QStringList &arguments)
{
    Q_UNUSED(role);
    launch(id, localAgentPath(), arguments, false);
}

PortSides LoopbackHost::sample(quint16 port)
{
    PortSides sides;
    sockets::Census census;
    if (takePortCensus(d->census, port, &census, &sides))
        addCensusSides(census, port, true, true, &sides);
    return sides;
}

bool LoopbackHost::stateCounts(Role role, procfs::TcpStateCounts *counts)
{
    Q_UNUSED(role);
    return takeStateCounts(d->census, counts);
}

std::optional<CounterSnapshot> LoopbackHost::counters(Role role)
{
    if (role == Role::Client || !d->counters)
        return std::nullopt;
    return d->counters->read();
}

void LoopbackHost::close()
{
    killAgents();
    Q_EMIT closed();
}

void LoopbackHost::kill()
{
    killAgents();
    d->census.close();
    d->counters.reset();
}

} // namespace tcplab::hosts
