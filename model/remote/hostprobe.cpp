// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprobe.h"

#include "remote/nodeexportersource.h"
#include "remote/sshsource.h"

namespace tcplab::remote
{

HostProbe::HostProbe(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const QString who = m_ssh ? m_ssh->target().destination() : tr("The host");
        const QString last = m_ssh ? m_ssh->stateMessage() : QString();
        finish(false,
               last.isEmpty() ? tr("%1 did not answer within %2 s").arg(who).arg(m_timeoutMs / 1000)
                              : tr("%1 did not answer within %2 s (%3)").arg(who).arg(m_timeoutMs / 1000).arg(last));
    });
}

HostProbe::~HostProbe()
{
    cancel();
}

void HostProbe::cancel()
{
    m_timeout.stop();
    if (m_ssh) {
        SshSource *ssh = m_ssh;
        m_ssh = nullptr;
        ssh->disconnect(this);
        ssh->stop();
        ssh->deleteLater();
    }
    m_running = false;
}

void HostProbe::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT finished(ok, message);
}

void HostProbe::start(const QString &host)
{
    if (host.startsWith(QLatin1String("ssh:"))) {
        SshTarget target;
        const QString error = SshCommand::parseDestination(host.mid(4), &target);
        if (!error.isEmpty()) {
            m_running = true;
            finish(false, error);
            return;
        }
        startSsh(target);
    } else if (host.startsWith(QLatin1String("node:"))) {
        startNodeExporter(QUrl(host.mid(5)));
    } else {
        m_running = true;
        finish(false, tr("a host is an SSH destination or a node_exporter address"));
    }
}

void HostProbe::startSsh(const SshTarget &target)
{
    cancel();
    m_running = true;
    auto *ssh = new SshSource(target, this);
    m_ssh = ssh;
    if (!m_agentPath.isEmpty())
        ssh->setAgentPath(m_agentPath);
    ssh->setFrameIntervalMs(1000);
    connect(ssh, &SshSource::stateChanged, this, [this, ssh](SshSource::State state, const QString &message) {
        if (state == SshSource::State::Failed)
            finish(false, message);
        else if (state == SshSource::State::Reconnecting)
            finish(false, message); // a test does not wait through the backoff: say why now
        else if (!message.isEmpty())
            Q_EMIT progress(message);
        Q_UNUSED(ssh);
    });
    connect(ssh, &SshSource::frameReceived, this, [this, ssh] {
        const CounterSnapshot snapshot = ssh->read();
        const sockets::Census census = ssh->lastCensus();
        const QString how = ssh->activeMode() == SshSource::Mode::Agent ? tr("tcplab-agent") : tr("the portable sh collector");
        const QString sockets = census.ok() ? QString::number(census.counts.total()) : tr("no");
        finish(true,
               tr("%1 answers: %2 counters, %3 interfaces, %4 TCP sockets, read with %5.")
                   .arg(ssh->target().destination())
                   .arg(snapshot.netstat.size())
                   .arg(snapshot.interfaces.size())
                   .arg(sockets, how));
    });
    m_timeout.start(m_timeoutMs);
    Q_EMIT progress(tr("Connecting to %1 ...").arg(target.destination()));
    ssh->start();
}

void HostProbe::startNodeExporter(const QUrl &url)
{
    cancel();
    m_running = true;
    const QString invalid = NodeExporterSource::validateUrl(url);
    if (!invalid.isEmpty()) {
        finish(false, invalid);
        return;
    }
    Q_EMIT progress(tr("Reading %1 ...").arg(url.toDisplayString()));
    // read() waits in a local event loop, so it runs after this call returns.
    QTimer::singleShot(0, this, [this, url] {
        if (!m_running)
            return;
        NodeExporterSource source(url);
        source.setTimeoutMs(qMin(m_timeoutMs, 10000));
        const CounterSnapshot snapshot = source.read();
        if (snapshot.netstat.isEmpty() && snapshot.interfaces.isEmpty()) {
            finish(false, snapshot.errors.isEmpty() ? tr("%1 sent no counters").arg(url.toDisplayString()) : snapshot.errors.join(QLatin1Char(' ')));
            return;
        }
        finish(true, tr("%1 answers: %2 counters, %3 interfaces.").arg(url.toDisplayString()).arg(snapshot.netstat.size()).arg(snapshot.interfaces.size()));
    });
}

} // namespace tcplab::remote
