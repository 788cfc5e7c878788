// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorsession.h"

#include "procfs/tcpstate.h"
#include "sources/localcountersource.h"

namespace tcplab
{

MonitorSession::MonitorSession(QObject *parent)
    : QObject(parent)
{
    m_censusOptions.detail = sockets::CensusDetail::Listeners;
    m_store.setRetention(3600 * 1000, m_intervalMs);
    // What the views draw; the other few hundred kernel counters stay in the snapshots.
    m_store.setKeptPrefixes({QStringLiteral("if."),
                             QStringLiteral("cpu"),
                             QStringLiteral("sockets."),
                             QStringLiteral("listener."),
                             QStringLiteral("Tcp."),
                             QStringLiteral("TcpExt.Listen"),
                             QStringLiteral("TcpExt.TCPReqQ"),
                             QStringLiteral("TcpExt.Syncookies"),
                             QStringLiteral("TcpExt.TCPSynRetrans"),
                             QStringLiteral("TcpExt.TCPTimeouts"),
                             QStringLiteral("TcpExt.EmbryonicRsts"),
                             QStringLiteral("IpExt.InOctets"),
                             QStringLiteral("IpExt.OutOctets"),
                             QStringLiteral("softirq."),
                             QStringLiteral("sockstat.TCP")});
    setSource(std::make_unique<LocalCounterSource>());
}

MonitorSession::~MonitorSession() = default;

QString MonitorSession::listenerSeries(const QString &endpoint, const char *field)
{
    return QLatin1String("listener.") + endpoint + QLatin1Char('.') + QLatin1String(field);
}

void MonitorSession::setSource(std::unique_ptr<CounterSource> source, int censusSocket)
{
    const bool wasRunning = m_sampler && m_sampler->isRunning();
    m_sampler.reset();
    m_source = std::move(source);
    m_sampler = std::make_unique<Sampler>(m_source.get());
    m_sampler->setIntervalMs(m_intervalMs);
    connect(m_sampler.get(), &Sampler::snapshotTaken, this, &MonitorSession::onSnapshot);
    connect(m_sampler.get(), &Sampler::ratesComputed, this, &MonitorSession::onRates);
    connect(m_sampler.get(), &Sampler::sourceError, this, &MonitorSession::setError);
    m_store.clear();
    m_census = sockets::Census();
    m_censusReader.close();
    m_censusProvider = nullptr;
    setError(QString());
    if (censusSocket >= 0) {
        const QString error = m_censusReader.adopt(censusSocket);
        if (!error.isEmpty())
            setError(error);
    }
    if (wasRunning && !m_paused)
        m_sampler->start();
    Q_EMIT sourceChanged();
}

void MonitorSession::setIntervalMs(int intervalMs)
{
    m_intervalMs = m_sampler->setIntervalMs(intervalMs);
    m_store.setRetention(m_store.spanMs(), m_intervalMs);
}

void MonitorSession::setSpanMs(qint64 spanMs)
{
    m_store.setRetention(spanMs, m_intervalMs);
}

void MonitorSession::setCensusPort(std::optional<quint16> port)
{
    m_censusOptions.port = port;
}

void MonitorSession::start()
{
    m_paused = false;
    m_sampler->start();
}

void MonitorSession::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_sampler->stop();
    else
        m_sampler->start();
    Q_EMIT pausedChanged(paused);
}

void MonitorSession::setError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT errorChanged(message);
}

void MonitorSession::onSnapshot(const CounterSnapshot &snapshot)
{
    m_lastSnapshot = snapshot;
    const bool complete = m_censusProvider ? m_censusProvider(&m_census) : m_censusReader.takeInto(m_censusOptions, &m_census);
    if (!complete)
        setError(m_census.error);
    else if (snapshot.errors.isEmpty())
        setError(QString());
    Q_EMIT censusUpdated();
}

void MonitorSession::onRates(const RateSample &rates)
{
    RateSample sample = rates;
    if (m_census.ok()) {
        for (int n = 1; n <= procfs::TcpStateMax; ++n) {
            const auto state = procfs::tcpStateFromNumber(n);
            if (!state || *state == procfs::TcpState::NewSynRecv)
                continue;
            sample.values.insert(QLatin1String("sockets.") + procfs::tcpStateName(*state), m_census.counts[*state]);
        }
        for (const auto &listener : std::as_const(m_census.listeners)) {
            const QString endpoint = listener.local.toString();
            sample.values.insert(listenerSeries(endpoint, "recv_q"), listener.acceptQueue);
            sample.values.insert(listenerSeries(endpoint, "send_q"), listener.acceptQueueLimit);
            sample.values.insert(listenerSeries(endpoint, "syn_recv"), listener.synRecv);
        }
    }
    m_lastRates = sample;
    m_store.append(sample);
    Q_EMIT sampled(sample.wallMs);
}

} // namespace tcplab
