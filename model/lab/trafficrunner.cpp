// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficrunner.h"

#include "hosts/sandboxhost.h"
#include "sources/localcountersource.h"

#include <QDir>
#include <QFileInfo>

namespace tcplab::lab
{

using hosts::Role;

namespace
{

constexpr quint16 kTrafficPort = 5001;
constexpr int kTickMs = 250;
constexpr int kStartTimeoutMs = 15000;
constexpr int kPhaseGraceMs = 15000;
constexpr int kStopTimeoutMs = 5000;

// The checklist's CPU split: shares of the machine's CPU time over the phase.
QMap<QString, double> cpuShares(const CounterSnapshot &before, const CounterSnapshot &after)
{
    QMap<QString, double> cpu;
    const auto &c0 = before.cpu.total;
    const auto &c1 = after.cpu.total;
    const double total = double(c1.total()) - double(c0.total());
    if (total <= 0)
        return cpu;
    cpu.insert(QStringLiteral("user"), (double(c1.user + c1.nice) - double(c0.user + c0.nice)) / total);
    cpu.insert(QStringLiteral("system"), (double(c1.system) - double(c0.system)) / total);
    cpu.insert(QStringLiteral("softirq"), (double(c1.softirq) - double(c0.softirq)) / total);
    cpu.insert(QStringLiteral("irq"), (double(c1.irq) - double(c0.irq)) / total);
    cpu.insert(QStringLiteral("iowait"), (double(c1.iowait) - double(c0.iowait)) / total);
    cpu.insert(QStringLiteral("idle"), (double(c1.idle) - double(c0.idle)) / total);
    return cpu;
}

procfs::InterfaceCounters interfaceDelta(const procfs::InterfaceCounters &x, const procfs::InterfaceCounters &y)
{
    procfs::InterfaceCounters d;
    d.name = y.name;
    d.rxPackets = y.rxPackets - x.rxPackets;
    d.txPackets = y.txPackets - x.txPackets;
    d.rxBytes = y.rxBytes - x.rxBytes;
    d.txBytes = y.txBytes - x.txBytes;
    d.rxErrors = y.rxErrors - x.rxErrors;
    d.txErrors = y.txErrors - x.txErrors;
    d.rxDropped = y.rxDropped - x.rxDropped;
    d.txDropped = y.txDropped - x.txDropped;
    return d;
}

} // namespace

TrafficRunner::TrafficRunner(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_stopping)
            finish();
        else
            fail(tr("the traffic run did not finish in time"));
    });
    connect(&m_tick, &QTimer::timeout, this, &TrafficRunner::onTick);
}

TrafficRunner::~TrafficRunner()
{
    cleanUp();
}

QString TrafficRunner::binDirectory() const
{
    return m_binDirectory.isEmpty() ? QCoreApplication::applicationDirPath() : m_binDirectory;
}

qint64 TrafficRunner::serverPid() const
{
    return m_host ? m_host->namespacePid(Role::Server) : 0;
}

qint64 TrafficRunner::clientPid() const
{
    return m_host ? m_host->namespacePid(Role::Client) : 0;
}

void TrafficRunner::onTick()
{
    if (m_phase < 0 || m_phase >= m_phases.size())
        return;
    const double inPhase = double(monotonicNowNs() - m_phaseStartNs) / 1e9;
    const double total = m_spec.durationS * m_phases.size();
    Q_EMIT progress(qMin(total, m_phase * m_spec.durationS + inPhase),
                    total,
                    tr("%1: %2 of %3 s").arg(m_phases.at(m_phase)).arg(qMin(inPhase, m_spec.durationS), 0, 'f', 0).arg(m_spec.durationS));
}

bool TrafficRunner::start(const TrafficSpec &spec)
{
    if (m_running) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("a traffic run is already going"));
        });
        return false;
    }
    QStringList problems = spec.validate();
    const QDir bin(binDirectory());
    for (const char *program : {"tcplab-agent", "tcplab-sandbox"}) {
        if (!QFileInfo(bin.filePath(QLatin1String(program))).isExecutable())
            problems << tr("%1 was not found next to tcplab (in %2)").arg(QLatin1String(program), bin.absolutePath());
    }
    if (!problems.isEmpty()) {
        const QString message = problems.join(QLatin1String("; "));
        QTimer::singleShot(0, this, [this, message] {
            Q_EMIT failed(message);
        });
        return false;
    }
    m_spec = spec;
    m_phases = spec.phases();
    m_phase = -1;
    m_result = TrafficResult();
    m_result.spec = spec;
    m_running = true;
    m_stopping = false;
    m_host = new hosts::SandboxHost(binDirectory(), spec.sandboxArguments(), this);
    connect(m_host, &hosts::AgentHost::ready, this, &TrafficRunner::onReady);
    connect(m_host, &hosts::AgentHost::agentLine, this, &TrafficRunner::onLine);
    connect(m_host, &hosts::AgentHost::agentExited, this, &TrafficRunner::onExited);
    // A load that cannot go on ends the run at once, whether the sandbox says so before or after it is up.
    const auto onError = [this](const QString &message) {
        if (!m_stopping)
            fail(tr("the two-host sandbox failed: %1").arg(message));
    };
    connect(m_host, &hosts::AgentHost::warning, this, onError);
    connect(m_host, &hosts::AgentHost::failed, this, onError);
    connect(m_host, &hosts::AgentHost::closed, this, &TrafficRunner::finish);
    m_deadline.start(kStartTimeoutMs);
    Q_EMIT progress(0, m_spec.durationS * m_phases.size(), tr("Creating the two hosts and the link"));
    m_host->open();
    return true;
}

void TrafficRunner::stop()
{
    if (m_running)
        fail(tr("the traffic run was stopped"));
}

void TrafficRunner::onReady()
{
    const hosts::HostInfo &info = m_host->info();
    m_result.kernelRelease = info.kernelRelease;
    m_result.serverAddress = info.serverAddress;
    m_result.clientAddress = info.clientAddress;
    if (!info.twoHosts || clientPid() <= 0) {
        fail(tr("tcplab-sandbox did not make the client host"));
        return;
    }
    Q_EMIT hostsReady(serverPid(), clientPid());
    m_host->startAgent(
        QStringLiteral("server"),
        Role::Server,
        {QStringLiteral("traffic-serve"), QStringLiteral("--host"), m_result.serverAddress, QStringLiteral("--port"), QString::number(kTrafficPort)});
}

void TrafficRunner::onLine(const QString &id, const QJsonObject &line)
{
    const QString event = line.value(QStringLiteral("event")).toString();
    if (id == QLatin1String("server") && event == QLatin1String("listening")) {
        m_port = quint16(line.value(QStringLiteral("port")).toInt());
        startPhase();
    } else if (event == QLatin1String("summary")) {
        m_clientSummary = line;
    } else if (event == QLatin1String("error")) {
        fail(tr("%1 failed: %2").arg(id, line.value(QStringLiteral("message")).toString()));
    }
}

void TrafficRunner::onExited(const QString &id, const QString &how)
{
    if (!m_running || m_stopping)
        return;
    if (id == QLatin1String("server")) {
        fail(tr("the traffic server ended unexpectedly (%1)").arg(how));
        return;
    }
    if (m_phase >= 0 && id == QStringLiteral("load-%1").arg(m_phase))
        endPhase();
}

void TrafficRunner::startPhase()
{
    ++m_phase;
    if (m_phase >= m_phases.size()) {
        // All phases measured: the sandbox ends its programs and exits.
        m_stopping = true;
        m_tick.stop();
        Q_EMIT hostsClosing();
        m_deadline.start(kStopTimeoutMs);
        m_host->close();
        return;
    }
    const QString phase = m_phases.at(m_phase);
    Q_EMIT phaseStarted(phase, m_phase, int(m_phases.size()));
    m_clientSummary = QJsonObject();
    m_serverBefore = m_host->counters(Role::Server).value_or(CounterSnapshot());
    m_clientBefore = m_host->counters(Role::Client).value_or(CounterSnapshot());
    m_phaseStartNs = monotonicNowNs();
    m_host->startAgent(QStringLiteral("load-%1").arg(m_phase),
                       Role::Client,
                       {QStringLiteral("traffic"),
                        QStringLiteral("--host"),
                        m_result.serverAddress,
                        QStringLiteral("--port"),
                        QString::number(m_port),
                        QStringLiteral("--pattern"),
                        phase,
                        QStringLiteral("--duration"),
                        QString::number(m_spec.durationS),
                        QStringLiteral("--size"),
                        QString::number(m_spec.size),
                        QStringLiteral("--concurrency"),
                        QString::number(m_spec.concurrency)});
    m_deadline.start(int(m_spec.durationS * 1000) + kPhaseGraceMs);
    m_tick.start(kTickMs);
}

TrafficHost TrafficRunner::measure(Role role, const CounterSnapshot &before, const CounterSnapshot &after) const
{
    TrafficHost h;
    h.host = role == Role::Server ? QStringLiteral("server") : QStringLiteral("client");
    h.interfaceName = role == Role::Server ? m_host->info().serverInterface : m_host->info().clientInterface;
    // Only the link's interface: loopback traffic inside a host (none here) is not the link's.
    CounterSnapshot b = before;
    CounterSnapshot a = after;
    const auto keepLink = [&h](QList<procfs::InterfaceCounters> *list) {
        list->removeIf([&h](const procfs::InterfaceCounters &i) {
            return i.name != h.interfaceName;
        });
    };
    keepLink(&b.interfaces);
    keepLink(&a.interfaces);
    h.figures = checklist::compute(b, a);
    if (!a.interfaces.isEmpty() && !b.interfaces.isEmpty())
        h.link = interfaceDelta(b.interfaces.first(), a.interfaces.first());
    const double linkMbps = double(m_spec.rateBits()) / 1e6;
    if (linkMbps > 0 && h.figures.seconds > 0) {
        h.inThroughput = checklist::throughputVerdict(double(h.link.rxBytes) * 8 / h.figures.seconds / 1e6, linkMbps, checklist::LinkKind::FullDuplex);
        h.outThroughput = checklist::throughputVerdict(double(h.link.txBytes) * 8 / h.figures.seconds / 1e6, linkMbps, checklist::LinkKind::FullDuplex);
    }
    h.cpu = cpuShares(before, after);
    for (const QString &counter : TrafficResult::tcpCounters()) {
        if (after.netstat.contains(counter))
            h.tcp.insert(counter, after.netstat.value(counter) - before.netstat.value(counter));
    }
    procfs::TcpStateCounts counts;
    if (m_host->stateCounts(role, &counts)) {
        for (int n = 1; n <= procfs::TcpStateMax; ++n) {
            if (counts.counts[size_t(n)] != 0)
                h.states.insert(procfs::tcpStateName(procfs::TcpState(n)), counts.counts[size_t(n)]);
        }
    }
    return h;
}

void TrafficRunner::endPhase()
{
    m_tick.stop();
    const CounterSnapshot serverAfter = m_host->counters(Role::Server).value_or(CounterSnapshot());
    const CounterSnapshot clientAfter = m_host->counters(Role::Client).value_or(CounterSnapshot());
    TrafficPhase phase;
    phase.name = m_phases.at(m_phase);
    phase.seconds = double(serverAfter.monotonicNs - m_serverBefore.monotonicNs) / 1e9;
    phase.load = m_clientSummary;
    phase.server = measure(Role::Server, m_serverBefore, serverAfter);
    phase.client = measure(Role::Client, m_clientBefore, clientAfter);
    m_result.phases.append(phase);
    if (m_clientSummary.isEmpty())
        m_result.warnings << tr("the load of phase %1 reported no summary").arg(phase.name);
    else if (m_clientSummary.value(QStringLiteral("connections")).toInt() == 0)
        m_result.warnings << tr("the load of phase %1 made no connection").arg(phase.name);
    startPhase();
}

void TrafficRunner::finish()
{
    if (!m_running)
        return;
    TrafficResult result = m_result;
    cleanUp();
    Q_EMIT finished(result);
}

void TrafficRunner::fail(const QString &message)
{
    if (!m_running)
        return;
    if (clientPid() > 0)
        Q_EMIT hostsClosing();
    cleanUp();
    Q_EMIT failed(message);
}

void TrafficRunner::cleanUp()
{
    m_running = false;
    m_deadline.stop();
    m_tick.stop();
    if (m_host) {
        m_host->disconnect(this);
        m_host->kill();
        m_host->deleteLater();
        m_host = nullptr;
    }
}

} // namespace tcplab::lab
